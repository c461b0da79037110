import type { EventEnvelope, EventType } from '#kernel';

/** What subscribers (the live stream, the events API) see of a domain event. */
export interface StreamEvent {
  id: string;
  type: EventType;
  /** The worker the event concerns: the aggregate for worker events, `data.workerId` for events about things on a worker; null otherwise. */
  workerId: string | null;
  /** When it happened (ISO 8601 UTC). */
  at: string;
  data: Record<string, unknown>;
}

// Payloads are designed secret-free; this is the second line of defence for a field added carelessly.
const SECRET_KEY = /token|password|passwd|secret|credential|authorization|cookie|api[-_]?key|private[-_]?key/i;

/** A deep copy of `value` without any key that names a secret (token, password, secret, ...). */
export function sanitise<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v) => sanitise(v)) as T;
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (!SECRET_KEY.test(k)) out[k] = sanitise(v);
    return out as T;
  }
  return value;
}

/** The one mapping from the stored envelope to what leaves the process. */
export function toStreamEvent(event: EventEnvelope): StreamEvent {
  const data = sanitise((event.data ?? {}) as Record<string, unknown>);
  const named = (event.data as Record<string, unknown> | undefined)?.workerId;
  const workerId = event.aggregateType === 'worker' ? event.aggregateId : typeof named === 'string' ? named : null;
  return { id: event.id, type: event.type, workerId, at: event.occurredAt, data };
}
