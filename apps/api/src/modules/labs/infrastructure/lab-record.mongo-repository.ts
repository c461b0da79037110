import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import type { Collection, Document } from 'mongodb';
import type { Connection } from 'mongoose';
import { ConcurrencyError } from '#kernel';
import { DuplicateAggregateError, MongoAggregateStore, OutboxRelay } from '#persistence';
import { MongoConnectionSupervisor } from '../../../platform/database/database.module.js';
import type { LabRecord } from '../domain/lab-record.aggregate.js';
import { labRecordId } from '../domain/lab-record-id.js';
import { LabRecordRepository } from '../domain/lab-record.repository.port.js';
import { type LabRecordDocument, labRecordMapper } from './lab-record.mapper.js';

export const LABS_COLLECTION = 'labs';

@Injectable()
export class LabRecordMongoRepository extends LabRecordRepository implements OnModuleInit {
  private readonly collection: Collection<Document>;
  private readonly store: MongoAggregateStore<LabRecord, LabRecordDocument>;

  constructor(
    @InjectConnection() connection: Connection,
    relay: OutboxRelay,
    private readonly db: MongoConnectionSupervisor,
  ) {
    super();
    this.collection = connection.collection(LABS_COLLECTION) as unknown as Collection<Document>;
    this.store = new MongoAggregateStore(this.collection, 'lab', labRecordMapper, relay);
  }

  onModuleInit(): void {
    this.db.whenReady('Lab record indexes', async () => {
      // The id is derived from (workerId, labId) already; the unique index also guards records written by other means.
      await this.collection.createIndex({ workerId: 1, labId: 1 }, { unique: true, name: 'worker_lab_unique' });
      // One index per list filter, each ending in the default sort (title).
      await this.collection.createIndex({ presence: 1, workerId: 1, title: 1 });
      await this.collection.createIndex({ presence: 1, state: 1, title: 1 });
      await this.collection.createIndex({ presence: 1, ownerUsername: 1, title: 1 });
      await this.collection.createIndex({ presence: 1, title: 1 });
      await this.collection.createIndex({ presence: 1, modifiedAt: -1 });
    });
  }

  find(workerId: string, labId: string): Promise<LabRecord | undefined> {
    return this.store.findById(labRecordId(workerId, labId));
  }

  async forSync(workerId: string, labIds: string[]): Promise<LabRecord[]> {
    const docs = await this.collection
      .find({ workerId, $or: [{ presence: 'present' }, { labId: { $in: labIds } }] }, { projection: { _outbox: 0 } })
      .toArray();
    return docs.map(({ _id, version, ...state }) => labRecordMapper.fromDocument(String(_id), Number(version), state as LabRecordDocument));
  }

  async save(record: LabRecord): Promise<void> {
    try {
      await this.store.save(record);
    } catch (err) {
      // Someone else created the record first (a concurrent sync): the caller retries on the stored one.
      if (err instanceof DuplicateAggregateError) throw new ConcurrencyError('lab', record.id);
      throw err;
    }
  }
}
