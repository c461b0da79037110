/**
 * What other modules (notifications) may use of the action-links module: the service that makes the
 * one-click links of a notification. Import ActionLinksModule to have it injected.
 */
export { ActionLinkService, type LinksForInput } from './application/action-links.service.js';
export { ActionLinkErrors } from './domain/action-link.errors.js';
