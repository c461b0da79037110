import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

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

export class ListEventsQueryDto extends EventFilterQueryDto {
  @ApiPropertyOptional({ description: 'Events after this event id, oldest first; without it, the newest events' })
  @IsOptional()
  @Matches(EVENT_ID_PATTERN, { message: `after ${EVENT_ID_MESSAGE}` })
  after?: string;

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
