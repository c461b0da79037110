/** What other modules may use of the notifications module: the port the action-links module implements, and the kinds. */
export { ActionLinkPort, type ActionLinkRequest } from './application/ports/action-link.port.js';
export { NOTIFICATION_CATALOGUE, NOTIFICATION_KINDS, type NotificationKind } from './domain/notification-kind.js';
