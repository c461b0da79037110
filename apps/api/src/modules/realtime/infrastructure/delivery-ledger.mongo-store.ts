import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import type { Collection } from 'mongodb';
import type { Connection } from 'mongoose';
import { Clock } from '#kernel';
import { MongoConnectionSupervisor } from '../../../platform/database/database.module.js';
import { type DeliveryCursor, DeliveryLedger } from '../application/ports/delivery-ledger.port.js';

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

/** `cloudevent_cursors` (one document) and `cloudevent_deliveries` (recently delivered event ids). */
@Injectable()
export class MongoDeliveryLedger extends DeliveryLedger implements OnModuleInit {
  private readonly cursors: Collection<CursorDoc>;
  private readonly deliveries: Collection<DeliveryDoc>;

  constructor(
    @InjectConnection() connection: Connection,
    private readonly clock: Clock,
    private readonly db: MongoConnectionSupervisor,
  ) {
    super();
    this.cursors = connection.collection('cloudevent_cursors') as unknown as Collection<CursorDoc>;
    this.deliveries = connection.collection('cloudevent_deliveries') as unknown as Collection<DeliveryDoc>;
  }

  onModuleInit(): void {
    // Records are pruned as the cursor moves; the TTL index only sweeps up after a sink that was dropped.
    this.db.whenReady('CloudEvents delivery indexes', async () => {
      await this.deliveries.createIndex({ deliveredAt: 1 }, { expireAfterSeconds: 7 * 24 * 3600 });
    });
  }

  async cursor(sink: string): Promise<DeliveryCursor | undefined> {
    const doc = await this.cursors.findOne({ _id: CURSOR_ID });
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
    const docs = await this.deliveries.find({ _id: { $in: ids } }, { projection: { _id: 1 } }).toArray();
    return new Set(docs.map((d) => d._id));
  }

  async forget(beforeId: string): Promise<void> {
    await this.deliveries.deleteMany({ _id: { $lt: beforeId } });
  }
}
