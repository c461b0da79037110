import type { components } from './api-types';

type StreamEvent = components['schemas']['StreamEventResponse'];

/** The `type` and `data` of any one of the union's events, kept together (distributes over the union). */
type PayloadOf<E> = E extends { type: infer T; data: infer D } ? { type: T; data: D } : never;

/**
 * Any domain event as the API publishes it: its type and the payload schema that type carries, so
 * `switch (e.type)` narrows `e.data`. Stream frames, `GET /api/events` and a worker's timeline all fit.
 */
export type EventPayload = PayloadOf<StreamEvent>;
