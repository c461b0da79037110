import type { components } from '../../../lib/api-types';

/**
 * The notifications API as the console uses it (GET /api/notifications, POST
 * /api/notifications/{id}/read and /read-all, GET/PUT /api/notifications/preferences, the live
 * event `notification.created`), named from the types generated from the OpenAPI document.
 */
type S = components['schemas'];

export type NotificationResponse = S['NotificationResponse'];
export type NotificationAction = S['NotificationActionResponse'];
export type NotificationListResponse = S['NotificationListResponse'];
export type NotificationPreferences = S['NotificationPreferencesResponse'];
export type NotificationKind = NotificationResponse['kind'];
export type NotificationSeverity = NotificationResponse['severity'];
export type NotificationScope = NotificationPreferences['scope'];
/** The payload of the live event `notification.created`. */
export type NotificationCreated = S['NotificationCreatedEventData'];

/** Every kind, in the order the preferences page lists them. */
export const NOTIFICATION_KINDS = [
  'stop-warning',
  'start-failed',
  'start-fell-back',
  'status-checks-impaired',
  'controller-unavailable',
  'license-problem',
  'license-not-released',
  'budget-threshold',
] as const satisfies readonly NotificationKind[];

// A kind the server adds fails the type-check here until the list names it.
type Missing = Exclude<NotificationKind, (typeof NOTIFICATION_KINDS)[number]>;
const everyKindListed: [Missing] extends [never] ? true : Missing = true;
void everyKindListed;
