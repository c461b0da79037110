export * from './actor.js';
export * from './aggregate-root.js';
export * from './domain-error.js';
export * from './events/domain-event.js';
export * from './events/event-map.js';
export * from './events/worker-events.js';
export * from './ids.js';
export * from './ports.js';
