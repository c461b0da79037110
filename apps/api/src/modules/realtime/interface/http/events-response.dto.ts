import { ApiProperty } from '@nestjs/swagger';
import type { EventMap, EventType } from '#kernel';
import { EventEnvelope } from '../../../../platform/http/event-envelope.js';

/**
 * One event as the stream's frames and the events listing carry it. `type` and `data` are
 * published as one variant per event type with that event's payload schema (@EventEnvelope).
 */
@EventEnvelope()
export class StreamEventResponse {
  @ApiProperty({ example: '0193b2c4-5d6e-7000-8000-00000000abcd', description: 'Event id (UUIDv7, time-ordered); also the SSE `id:`' }) id!: string;
  @ApiProperty({ type: String, example: 'worker.status-changed' }) type!: EventType;
  @ApiProperty({ example: '0193b2c4-1111-7000-8000-000000000001', nullable: true, type: String, description: 'The worker the event concerns, if any' })
  workerId!: string | null;
  @ApiProperty({ example: '2026-11-25T10:00:00.000Z', description: 'When it happened' }) at!: string;
  @ApiProperty({ type: 'object', additionalProperties: true, description: "The event's payload (replaced by one variant per event type)" }) data!: EventMap[EventType];
}

/** Who caused an event. */
export class EventActorResponse {
  @ApiProperty({ enum: ['user', 'service', 'system'], description: 'A signed-in person, an API client (service account) or the product itself' }) kind!: string;
  @ApiProperty({ example: 'system:idle-detection', description: 'Stable id: the token subject for people and clients, `system:<job>` for the product' }) id!: string;
  @ApiProperty({ example: 'idle-detection', description: 'Username, client id, or the job that acted' }) name!: string;
}

/** An event of the log: the stream's fields and who caused it. */
@EventEnvelope()
export class LoggedEventResponse extends StreamEventResponse {
  @ApiProperty({ type: EventActorResponse }) actor!: EventActorResponse;
}

export class EventListingResponse {
  @ApiProperty({ type: [LoggedEventResponse], description: 'Oldest first; newest first with `before` or `order=newest-first`' }) items!: LoggedEventResponse[];
  @ApiProperty({ nullable: true, type: String, description: 'Pass as `after` to get newer events (the newest id read)' }) nextAfter!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Pass as `before` to get older events; null when nothing older matches (and with `after`)' }) nextBefore!: string | null;
}
