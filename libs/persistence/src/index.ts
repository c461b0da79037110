export * from './aggregate-document.schema.js';
export * from './document-fit.js';
export * from './event-log.js';
export * from './event-log.schema.js';
export * from './grouped-updates.js';
export * from './mongo-aggregate.store.js';
export * from './mongo-errors.js';
export * from './outbox-relay.js';
