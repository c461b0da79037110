import type { components } from '../../../lib/api-types';

/**
 * The notification-channels API as the console uses it (GET/POST /api/notification-channels,
 * GET/PUT/DELETE /api/notification-channels/{id}, POST /api/notification-channels/{id}/test; admins),
 * named from the types generated from the OpenAPI document.
 */
type S = components['schemas'];

export type NotificationChannel = S['NotificationChannelResponse'];
export type NotificationChannelList = S['NotificationChannelListResponse'];
export type NotificationChannelBody = S['NotificationChannelBodyDto'];
export type ChannelDelivery = S['ChannelDeliveryResponse'];
export type ChannelKind = NotificationChannel['kind'];
export type ChannelTestQueued = S['ChannelTestResponse'];

/** Every kind of channel, in the order the form offers them. */
export const CHANNEL_KINDS = ['webhook', 'slack', 'teams', 'email'] as const satisfies readonly ChannelKind[];

// A kind the server adds fails the type-check here until the list names it.
type Missing = Exclude<ChannelKind, (typeof CHANNEL_KINDS)[number]>;
const everyKindListed: [Missing] extends [never] ? true : Missing = true;
void everyKindListed;
