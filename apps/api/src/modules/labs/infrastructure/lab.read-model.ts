import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model, QueryFilter } from 'mongoose';
import { LabReadModel, type LabListFilter, type LabSortField, type LabView, type Page } from '../application/lab.view.js';
import { labRecordId } from '../domain/lab-record-id.js';
import { type StoredLabRecord, toView } from './lab-record.mapper.js';
import { LAB_RECORD_MODEL } from './lab-record.schema.js';

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

/** Queries over the labs collection; every filter, sort and page is done by MongoDB. Reads are lean and leave out the outbox. */
@Injectable()
export class LabMongoReadModel extends LabReadModel {
  constructor(@InjectModel(LAB_RECORD_MODEL) private readonly model: Model<StoredLabRecord>) {
    super();
  }

  async list(filter: LabListFilter): Promise<Page<LabView>> {
    const f: QueryFilter<StoredLabRecord> = {};
    if (!filter.includeGone) f.presence = 'present';
    if (filter.workerId) f.workerId = filter.workerId;
    if (filter.states?.length) f.state = { $in: filter.states };
    if (filter.owner) f.ownerUsername = filter.owner;
    if (filter.q?.trim()) f.title = { $regex: escapeRegex(filter.q.trim()), $options: 'i' };
    const [docs, total] = await Promise.all([
      this.model
        // Lists leave out the state history (up to LAB_STATE_HISTORY_LIMIT entries per lab); single records carry it.
        .find(f, { stateHistory: 0 })
        .sort({ [SORT_FIELDS[filter.sort.field]]: filter.sort.direction, _id: 1 })
        .skip((filter.page - 1) * filter.pageSize)
        .limit(filter.pageSize)
        .lean<StoredLabRecord[]>(),
      this.model.countDocuments(f),
    ]);
    return { items: docs.map(toView), total, page: filter.page, pageSize: filter.pageSize };
  }

  async get(workerId: string, labId: string): Promise<LabView | undefined> {
    const doc = await this.model.findById(labRecordId(workerId, labId)).lean<StoredLabRecord>();
    return doc ? toView(doc) : undefined;
  }
}
