import type { EventEnvelope } from '#kernel';

/**
 * Carries the events this instance relayed to every other instance of the app (Redis pub/sub);
 * a no-op for a single instance. Receiving is the adapter's business: it hands what arrives to the hub.
 */
export abstract class EventFanOut {
  abstract publish(event: EventEnvelope): void;
}
