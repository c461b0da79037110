import type { NotificationAction } from '../../domain/notification.aggregate.js';
import type { NotificationKind, NotificationSeverity } from '../../domain/notification-kind.js';

/** What goes out, whatever the channel: the notification's content and links. */
export interface OutgoingMessage {
  /** Stable per notification and target: receivers may deduplicate by it. */
  id: string;
  kind: NotificationKind;
  severity: NotificationSeverity;
  title: string;
  body: string;
  workerId?: string;
  workerName?: string;
  actions: NotificationAction[];
  createdAt: string;
}

/** Where one delivery goes: a channel (its URL, secret and address read when sending), or one person's e-mail address. */
export type DeliveryTarget = { type: 'channel'; channelId: string; channelName: string } | { type: 'person'; username: string; email: string };

export type DeliveryStatus = 'pending' | 'sent' | 'failed';

export interface Delivery {
  id: string;
  target: DeliveryTarget;
  message: OutgoingMessage;
  status: DeliveryStatus;
  attempts: number;
  nextAttemptAt: string;
  lastAttemptAt?: string;
  lastError?: string;
  sentAt?: string;
  createdAt: string;
}

/**
 * The durable outbox of notifications to send (ADR 0036): written when a notification is made,
 * sent by the `notification-delivery` job, never inline, so a channel that is down holds up nothing.
 */
export abstract class DeliveryOutbox {
  /** Adds deliveries; one whose id exists is left as it is (the same event handled twice). */
  abstract enqueue(deliveries: Delivery[]): Promise<void>;
  /** Pending deliveries due at `now`, oldest first. */
  abstract due(now: Date, limit: number): Promise<Delivery[]>;
  abstract hasDue(now: Date): Promise<boolean>;
  abstract recordAttempt(id: string, update: Pick<Delivery, 'status' | 'attempts' | 'nextAttemptAt' | 'lastAttemptAt' | 'lastError' | 'sentAt'>): Promise<void>;
  /** The deliveries of a channel, newest first (for its status in the API). */
  abstract recentForChannel(channelId: string, limit: number): Promise<Delivery[]>;
}
