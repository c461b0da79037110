import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { ConcurrencyError } from '#kernel';
import { type AggregateDocument, DuplicateAggregateError, MongoAggregateStore, OutboxRelay } from '#persistence';
import type { LabRecord } from '../domain/lab-record.aggregate.js';
import { labRecordId } from '../domain/lab-record-id.js';
import { LabRecordRepository } from '../domain/lab-record.repository.port.js';
import { type LabRecordDocument, labRecordMapper } from './lab-record.mapper.js';
import { LAB_RECORD_MODEL } from './lab-record.schema.js';

/** Lab records, one document each with their outbox (`lab-record.schema.ts`, whose indexes the database module creates). */
@Injectable()
export class LabRecordMongoRepository extends LabRecordRepository {
  private readonly store: MongoAggregateStore<LabRecord, LabRecordDocument>;

  constructor(
    @InjectModel(LAB_RECORD_MODEL) private readonly model: Model<AggregateDocument<LabRecordDocument>>,
    relay: OutboxRelay,
  ) {
    super();
    this.store = new MongoAggregateStore(model, 'lab', labRecordMapper, relay);
  }

  find(workerId: string, labId: string): Promise<LabRecord | undefined> {
    return this.store.findById(labRecordId(workerId, labId));
  }

  async forSync(workerId: string, labIds: string[]): Promise<LabRecord[]> {
    const docs = await this.model.find({ workerId, $or: [{ presence: 'present' }, { labId: { $in: labIds } }] }).lean<AggregateDocument<LabRecordDocument>[]>();
    return docs.map((doc) => this.store.fromStored(doc));
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
