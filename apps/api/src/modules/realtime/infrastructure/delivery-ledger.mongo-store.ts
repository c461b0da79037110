import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { Clock } from '#kernel';
import { type DeliveryCursor, DeliveryLedger } from '../application/ports/delivery-ledger.port.js';
import { CLOUD_EVENT_CURSOR_MODEL, CLOUD_EVENT_DELIVERY_MODEL } from './cloud-event-delivery.schema.js';

interface CursorDoc {
  _id: string;
  sink: string;
  position: string;
  origin: string;
  updatedAt: Date;
}

interface DeliveryDoc {
  _id: string;
  deliveredAt: Date;
}

const CURSOR_ID = 'cloudevents';

/** `cloudevent_cursors` (one document) and `cloudevent_deliveries` (recently delivered event ids): `cloud-event-delivery.schema.ts`. */
@Injectable()
export class MongoDeliveryLedger extends DeliveryLedger {
  constructor(
    @InjectModel(CLOUD_EVENT_CURSOR_MODEL) private readonly cursors: Model<CursorDoc>,
    @InjectModel(CLOUD_EVENT_DELIVERY_MODEL) private readonly deliveries: Model<DeliveryDoc>,
    private readonly clock: Clock,
  ) {
    super();
  }

  async cursor(sink: string): Promise<DeliveryCursor | undefined> {
    const doc = await this.cursors.findById(CURSOR_ID).lean<CursorDoc>();
    return doc && doc.sink === sink ? { position: doc.position, origin: doc.origin } : undefined;
  }

  async begin(sink: string, position: string): Promise<void> {
    await this.deliveries.deleteMany({});
    await this.cursors.replaceOne({ _id: CURSOR_ID }, { sink, position, origin: position, updatedAt: this.clock.now() }, { upsert: true });
  }

  async delivered(sink: string, eventId: string): Promise<void> {
    await this.deliveries.updateOne({ _id: eventId }, { $setOnInsert: { deliveredAt: this.clock.now() } }, { upsert: true });
    await this.cursors.updateOne({ _id: CURSOR_ID, sink, position: { $lt: eventId } }, { $set: { position: eventId, updatedAt: this.clock.now() } });
  }

  async deliveredAmong(ids: string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const docs = await this.deliveries.find({ _id: { $in: ids } }, { _id: 1 }).lean<Pick<DeliveryDoc, '_id'>[]>();
    return new Set(docs.map((d) => d._id));
  }

  async forget(beforeId: string): Promise<void> {
    await this.deliveries.deleteMany({ _id: { $lt: beforeId } });
  }
}
