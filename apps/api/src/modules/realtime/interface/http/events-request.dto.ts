import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';

export const EVENT_ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// `?types=a&types=b` arrives as an array: read it like `?types=a,b`.
const joined = ({ value }: { value: unknown }) => (Array.isArray(value) ? value.join(',') : value);

const EVENT_ID_MESSAGE = 'must be an event id (a UUID) as sent in the id field of an event';

/** Shared by the stream and the listing: parsed and checked against the event map by StreamFilter. */
export class EventFilterQueryDto {
  @ApiPropertyOptional({ description: 'Worker ids, comma-separated: events of these workers, or naming them (`data.workerId`)', example: '0193b2c4-1111-7000-8000-000000000001' })
  @IsOptional()
  @Transform(joined)
  @IsString()
  @MaxLength(4000)
  workerIds?: string;

  @ApiPropertyOptional({ description: 'Event types, comma-separated; a trailing `*` matches a prefix', example: 'worker.status-changed,worker.license-*' })
  @IsOptional()
  @Transform(joined)
  @IsString()
  @MaxLength(2000)
  types?: string;
}

export class StreamQueryDto extends EventFilterQueryDto {
  @ApiPropertyOptional({ description: 'Resume after this event id, like the Last-Event-ID header (which wins when both are sent)' })
  @IsOptional()
  @Matches(EVENT_ID_PATTERN, { message: `lastEventId ${EVENT_ID_MESSAGE}` })
  lastEventId?: string;
}

// A day (UTC midnight) or a moment with its zone: a time without a zone would mean the server's.
const MOMENT = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2}))?$/i;
const MOMENT_MESSAGE = (field: string) => `${field} must be an ISO 8601 time with a zone (e.g. 2026-12-01T09:00:00Z) or a day (2026-12-01, midnight UTC)`;
export const EVENT_ORDERS = ['oldest-first', 'newest-first'] as const;

/** The narrowing the listing and its CSV share: who caused the events and when they occurred. */
export class EventNarrowingQueryDto extends EventFilterQueryDto {
  @ApiPropertyOptional({ description: 'Who caused the events: an actor id or name exactly as events carry it (`actor.id`, `actor.name`): a username, a client id, `system:<job>` or a job name such as `idle-detection`', example: 'admin' })
  @IsOptional()
  @IsString({ message: 'actor must be text: an actor id or name' })
  @MinLength(1, { message: 'actor must not be empty' })
  @MaxLength(200, { message: 'actor must be at most 200 characters' })
  actor?: string;

  @ApiPropertyOptional({ description: 'Events that occurred at or after this moment (ISO 8601 with a zone, or a day: midnight UTC)', example: '2026-11-25T00:00:00Z' })
  @IsOptional()
  @Matches(MOMENT, { message: MOMENT_MESSAGE('from') })
  @IsISO8601({ strict: true }, { message: MOMENT_MESSAGE('from') })
  from?: string;

  @ApiPropertyOptional({ description: 'Events that occurred at or before this moment (ISO 8601 with a zone, or a day: midnight UTC)', example: '2026-11-26T00:00:00Z' })
  @IsOptional()
  @Matches(MOMENT, { message: MOMENT_MESSAGE('to') })
  @IsISO8601({ strict: true }, { message: MOMENT_MESSAGE('to') })
  to?: string;
}

export class ListEventsQueryDto extends EventNarrowingQueryDto {
  @ApiPropertyOptional({ description: 'Events after this event id, oldest first (catch-up); not with `before`' })
  @IsOptional()
  @Matches(EVENT_ID_PATTERN, { message: `after ${EVENT_ID_MESSAGE}` })
  after?: string;

  @ApiPropertyOptional({ description: 'Events before this event id, newest first (paging back: pass `nextBefore`); not with `after`' })
  @IsOptional()
  @Matches(EVENT_ID_PATTERN, { message: `before ${EVENT_ID_MESSAGE}` })
  before?: string;

  @ApiPropertyOptional({ enum: EVENT_ORDERS, default: 'oldest-first', description: 'Without a cursor, the newest `limit` events in this order; `before` is always newest first, `after` always oldest first' })
  @IsOptional()
  @IsIn(EVENT_ORDERS, { message: `order must be one of ${EVENT_ORDERS.join(', ')}` })
  order?: (typeof EVENT_ORDERS)[number];

  @ApiPropertyOptional({ default: 100, minimum: 1, maximum: 1000 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'limit must be a whole number' })
  @Min(1, { message: 'limit must be between 1 and 1000' })
  @Max(1000, { message: 'limit must be between 1 and 1000' })
  limit?: number;
}

export function isEventId(value: string): boolean {
  return EVENT_ID_PATTERN.test(value);
}

export const LAST_EVENT_ID_MESSAGE = `Last-Event-ID ${EVENT_ID_MESSAGE}`;
