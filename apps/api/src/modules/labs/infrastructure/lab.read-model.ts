import { Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import type { Collection, Filter } from 'mongodb';
import type { Connection } from 'mongoose';
import { LabReadModel, type LabListFilter, type LabSortField, type LabView, type Page } from '../application/lab.view.js';
import { labRecordId } from '../domain/lab-record-id.js';
import { type StoredLabRecord, toView } from './lab-record.mapper.js';
import { LABS_COLLECTION } from './lab-record.mongo-repository.js';

const SORT_FIELDS: Record<LabSortField, string> = {
  title: 'title',
  state: 'state',
  owner: 'ownerUsername',
  nodes: 'nodeCount',
  links: 'linkCount',
  created: 'createdAt',
  modified: 'modifiedAt',
  lastSynced: 'lastSyncedAt',
};

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Queries over the labs collection; every filter, sort and page is done by MongoDB. */
@Injectable()
export class LabMongoReadModel extends LabReadModel {
  private readonly collection: Collection<StoredLabRecord>;

  constructor(@InjectConnection() connection: Connection) {
    super();
    this.collection = connection.collection(LABS_COLLECTION) as unknown as Collection<StoredLabRecord>;
  }

  async list(filter: LabListFilter): Promise<Page<LabView>> {
    const f: Filter<StoredLabRecord> = {};
    if (!filter.includeGone) f.presence = 'present';
    if (filter.workerId) f.workerId = filter.workerId;
    if (filter.states?.length) f.state = { $in: filter.states };
    if (filter.owner) f.ownerUsername = filter.owner;
    if (filter.q?.trim()) f.title = { $regex: escapeRegex(filter.q.trim()), $options: 'i' };
    const [docs, total] = await Promise.all([
      this.collection
        // Lists leave out the state history (up to LAB_STATE_HISTORY_LIMIT entries per lab); single records carry it.
        .find(f, { projection: { _outbox: 0, stateHistory: 0 } })
        .sort({ [SORT_FIELDS[filter.sort.field]]: filter.sort.direction, _id: 1 })
        .skip((filter.page - 1) * filter.pageSize)
        .limit(filter.pageSize)
        .toArray(),
      this.collection.countDocuments(f),
    ]);
    return { items: docs.map(toView), total, page: filter.page, pageSize: filter.pageSize };
  }

  async get(workerId: string, labId: string): Promise<LabView | undefined> {
    const doc = await this.collection.findOne({ _id: labRecordId(workerId, labId) }, { projection: { _outbox: 0 } });
    return doc ? toView(doc) : undefined;
  }
}
