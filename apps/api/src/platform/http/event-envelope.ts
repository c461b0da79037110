import { ApiExtension } from '@nestjs/swagger';

/** The schema extension that marks an event envelope DTO (removed from the published document). */
export const EVENT_ENVELOPE_EXTENSION = 'x-event-envelope';

/**
 * Marks a response DTO that carries one domain event as `type` + `data`: the OpenAPI document
 * publishes it as a union discriminated by `type`, one variant per event of the kernel's event
 * map with that event's payload schema (bootstrap/openapi-events.ts), instead of a loose `data` object.
 */
export const EventEnvelope = (): ClassDecorator => ApiExtension(EVENT_ENVELOPE_EXTENSION, true) as ClassDecorator;
