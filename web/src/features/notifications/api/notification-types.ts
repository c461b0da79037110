/**
 * The notifications API as the console uses it (issue 14: GET /api/notifications, POST
 * /api/notifications/{id}/read and /read-all, GET/PUT /api/notifications/preferences, the live
 * event `notification.created`).
 *
 * TODO: switch to the generated types (`components['schemas']['NotificationResponse']` ... in
 * web/src/lib/api-types.ts) once the notifications module is merged and `npm run gen:web-types`
 * has run; these are written by hand from the agreed contract until then.
 */

export const NOTIFICATION_KINDS = [
  'stop-warning',
  'start-failed',
  'start-fell-back',
  'status-checks-impaired',
  'controller-unavailable',
  'license-problem',
  'license-not-released',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export type NotificationSeverity = 'info' | 'warning' | 'critical';

export interface NotificationAction {
  label: string;
  url: string;
}

export interface NotificationResponse {
  id: string;
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

export interface NotificationListResponse {
  items: NotificationResponse[];
  /** Unread notifications of the caller, all of them (not only those in `items`). */
  unread: number;
}

export type NotificationScope = 'owned' | 'all';

export interface NotificationPreferences {
  email?: string;
  kinds: NotificationKind[];
  scope: NotificationScope;
}

/** The payload of the live event `notification.created`. */
export type NotificationCreated = NotificationResponse & { recipient?: string };
