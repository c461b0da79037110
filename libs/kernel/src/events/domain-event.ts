import type { IEvent } from '@nestjs/cqrs';
import type { Actor } from '../actor.js';
import type { EventMap, EventType } from './event-map.js';

/** The serialisable form of an event: what the outbox, the event log, SSE and CloudEvents carry. */
export interface EventEnvelope<T extends EventType = EventType> {
  /** Unique, time-ordered (UUIDv7); consumers deduplicate by it. */
  id: string;
  type: T;
  aggregateType: string;
  aggregateId: string;
  /** The aggregate's version after this event. */
  aggregateVersion: number;
  /** ISO 8601 UTC. */
  occurredAt: string;
  actor: Actor;
  data: EventMap[T];
}

/**
 * Base of every domain event class. Events are classes (one per type) so the @nestjs/cqrs
 * event bus can route them to `@EventsHandler(...)`; the class is found from the type
 * string when an envelope is read back from storage.
 */
export abstract class DomainEvent<T extends EventType = EventType> implements EventEnvelope<T>, IEvent {
  readonly id!: string;
  readonly type!: T;
  readonly aggregateType!: string;
  readonly aggregateId!: string;
  readonly aggregateVersion!: number;
  readonly occurredAt!: string;
  readonly actor!: Actor;
  readonly data!: EventMap[T];

  constructor(envelope: EventEnvelope<T>) {
    Object.assign(this, envelope);
  }

  toEnvelope(): EventEnvelope<T> {
    const { id, type, aggregateType, aggregateId, aggregateVersion, occurredAt, actor, data } = this;
    return { id, type, aggregateType, aggregateId, aggregateVersion, occurredAt, actor, data };
  }
}

export interface DomainEventClass<T extends EventType = EventType> {
  new (envelope: EventEnvelope<T>): DomainEvent<T>;
  readonly type: T;
}

const registry = new Map<string, DomainEventClass>();

function className(type: string): string {
  return type
    .split(/[.-]/)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}

/** Declares the event class for a type, e.g. `export const WorkerImported = defineEvent('worker.imported')`. */
export function defineEvent<T extends EventType>(type: T): DomainEventClass<T> {
  const existing = registry.get(type);
  if (existing) return existing as unknown as DomainEventClass<T>;
  const cls = class extends DomainEvent<T> {
    static readonly type: T = type;
  };
  Object.defineProperty(cls, 'name', { value: className(type) });
  registry.set(type, cls as unknown as DomainEventClass);
  return cls;
}

/** Turns a stored envelope back into its event class (a generic one if the type is unknown here). */
export function eventFromEnvelope<T extends EventType>(envelope: EventEnvelope<T>): DomainEvent<T> {
  const cls = (registry.get(envelope.type) ?? defineEvent(envelope.type)) as unknown as DomainEventClass<T>;
  return new cls(envelope);
}

/** The @nestjs/cqrs event id provider: routes by the `type` string, not by class identity. */
export const eventTypeIdProvider = {
  getEventId(event: unknown): string | null {
    if (typeof event === 'function') return (event as { type?: string }).type ?? null;
    if (event && typeof event === 'object') return (event as { type?: string }).type ?? null;
    return null;
  },
};
