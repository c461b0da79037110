import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { isDuplicateKeyError } from '#persistence';
import { type Delivery, DeliveryOutbox } from '../../application/ports/delivery-outbox.port.js';
import { NOTIFICATION_DELIVERY_MODEL } from './notifications.schemas.js';

type DeliveryDocument = Omit<Delivery, 'id'> & { _id: string };

const toDelivery = ({ _id, ...doc }: DeliveryDocument): Delivery => ({ id: _id, ...doc, message: { ...doc.message, actions: doc.message.actions ?? [] } });
const defined = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

/** The delivery outbox in MongoDB: one document per message and target. */
@Injectable()
export class DeliveryMongoOutbox extends DeliveryOutbox {
  constructor(@InjectModel(NOTIFICATION_DELIVERY_MODEL) private readonly model: Model<DeliveryDocument>) {
    super();
  }

  async enqueue(deliveries: Delivery[]): Promise<void> {
    // One by one: the stand-in has no transactions, and a duplicate (the same event again) must not stop the others.
    for (const { id, ...d } of deliveries) {
      try {
        await this.model.collection.insertOne({ _id: id, ...defined({ ...d, target: defined(d.target), message: defined(d.message) }) } as never);
      } catch (err) {
        if (!isDuplicateKeyError(err)) throw err;
      }
    }
  }

  async due(now: Date, limit: number): Promise<Delivery[]> {
    const docs = await this.model.find({ status: 'pending', nextAttemptAt: { $lte: now.toISOString() } }).sort({ nextAttemptAt: 1 }).limit(limit).lean<DeliveryDocument[]>();
    return docs.map(toDelivery);
  }

  async hasDue(now: Date): Promise<boolean> {
    return (await this.model.exists({ status: 'pending', nextAttemptAt: { $lte: now.toISOString() } })) !== null;
  }

  async recordAttempt(id: string, update: Pick<Delivery, 'status' | 'attempts' | 'nextAttemptAt' | 'lastAttemptAt' | 'lastError' | 'sentAt'>): Promise<void> {
    const set = defined(update);
    const unset = update.lastError === undefined ? { $unset: { lastError: '' } } : {};
    await this.model.collection.updateOne({ _id: id } as never, { $set: set, ...unset });
  }

  async recentForChannel(channelId: string, limit: number): Promise<Delivery[]> {
    const docs = await this.model.find({ 'target.channelId': channelId }).sort({ createdAt: -1 }).limit(limit).lean<DeliveryDocument[]>();
    return docs.map(toDelivery);
  }
}
