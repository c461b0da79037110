import { AggregateRoot, type ChangeContext } from '#kernel';
import type { NotificationKind, NotificationSeverity } from './notification-kind.js';

export interface NotificationAction {
  label: string;
  url: string;
}

/** One person's in-app notification. */
export interface NotificationState {
  recipient: string;
  kind: NotificationKind;
  severity: NotificationSeverity;
  title: string;
  body: string;
  workerId?: string;
  workerName?: string;
  actions: NotificationAction[];
  createdAt: string;
  readAt?: string;
}

/** An in-app notification: created for one recipient (announced on the live stream to them only), then read. */
export class Notification extends AggregateRoot<NotificationState> {
  readonly aggregateType = 'notification';

  constructor(id: string, state: NotificationState, version: number) {
    super(id, state, version);
  }

  static create(id: string, content: Omit<NotificationState, 'createdAt' | 'readAt'>, ctx: ChangeContext): Notification {
    const createdAt = ctx.now.toISOString();
    const n = new Notification(id, { ...content, actions: content.actions.map((a) => ({ ...a })), createdAt }, 0);
    const { recipient, kind, severity, title, body, workerId, workerName, actions } = n.state;
    n.raise(
      'notification.created',
      { id, kind, severity, title, body, ...(workerId ? { workerId } : {}), ...(workerName ? { workerName } : {}), actions: actions.map((a) => ({ ...a })), createdAt, recipient },
      ctx,
    );
    return n;
  }

  get recipient(): string {
    return this.state.recipient;
  }

  /** Marks it read (once; reading again keeps the first time). No event: only its recipient cares. */
  markRead(now: Date): void {
    if (this.state.readAt) return;
    this.state.readAt = now.toISOString();
    this.touch();
  }
}
