import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { type AggregateDocument, DuplicateAggregateError, type AggregateMapper, MongoAggregateStore, OutboxRelay } from '#persistence';
import { Notification, type NotificationState } from '../../domain/notification.aggregate.js';
import { NotificationRepository, type NotificationView } from '../../application/ports/notification-repository.port.js';
import { NOTIFICATION_MODEL } from './notifications.schemas.js';

const mapper: AggregateMapper<Notification, NotificationState> = {
  toDocument: (n) => n.snapshot() as NotificationState,
  fromDocument: (id, version, doc) => new Notification(id, { ...doc, actions: doc.actions ?? [] }, version),
};

const view = (doc: AggregateDocument<NotificationState>): NotificationView => {
  const { _id, version: _version, _outbox, ...state } = doc as AggregateDocument<NotificationState> & { _outbox?: unknown };
  return { id: String(_id), ...state, actions: state.actions ?? [] };
};

/** In-app notifications, one document each with its outbox. */
@Injectable()
export class NotificationMongoRepository extends NotificationRepository {
  private readonly store: MongoAggregateStore<Notification, NotificationState>;

  constructor(@InjectModel(NOTIFICATION_MODEL) private readonly model: Model<AggregateDocument<NotificationState>>, relay: OutboxRelay) {
    super();
    this.store = new MongoAggregateStore(model, 'notification', mapper, relay);
  }

  async add(notification: Notification): Promise<boolean> {
    try {
      await this.store.save(notification);
      return true;
    } catch (err) {
      if (err instanceof DuplicateAggregateError) return false;
      throw err;
    }
  }

  find(id: string): Promise<Notification | undefined> {
    return this.store.findById(id);
  }

  save(notification: Notification): Promise<void> {
    return this.store.save(notification);
  }

  async list(recipient: string, { unreadOnly, limit }: { unreadOnly: boolean; limit: number }): Promise<NotificationView[]> {
    const filter = unreadOnly ? { recipient, readAt: { $exists: false } } : { recipient };
    const docs = await this.model.find(filter).sort({ createdAt: -1, _id: -1 }).limit(limit).lean<AggregateDocument<NotificationState>[]>();
    return docs.map(view);
  }

  unreadCount(recipient: string): Promise<number> {
    return this.model.countDocuments({ recipient, readAt: { $exists: false } });
  }

  async markAllRead(recipient: string, at: Date): Promise<number> {
    // The version moves with the change, as a save would move it, so a concurrent save of one of them conflicts.
    const res = await this.model.collection.updateMany({ recipient, readAt: { $exists: false } }, { $set: { readAt: at.toISOString() }, $inc: { version: 1 } });
    return res.modifiedCount;
  }
}
