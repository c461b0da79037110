export * from './event-log.js';
export * from './mongo-aggregate.store.js';
export * from './mongo-errors.js';
export * from './outbox-relay.js';
