import type { Notification, NotificationState } from '../../domain/notification.aggregate.js';

/** A stored notification as the centre lists it. */
export interface NotificationView extends NotificationState {
  id: string;
}

/** In-app notifications, one per recipient. */
export abstract class NotificationRepository {
  /** Stores a new notification; false when one with its id exists (the same event handled again). */
  abstract add(notification: Notification): Promise<boolean>;
  abstract find(id: string): Promise<Notification | undefined>;
  abstract save(notification: Notification): Promise<void>;
  /** The recipient's newest first, at most `limit`. */
  abstract list(recipient: string, options: { unreadOnly: boolean; limit: number }): Promise<NotificationView[]>;
  abstract unreadCount(recipient: string): Promise<number>;
  abstract markAllRead(recipient: string, at: Date): Promise<number>;
}
