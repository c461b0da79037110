import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsDefined, IsIn, IsInt, IsISO8601, IsNumber, IsObject, IsOptional, IsString, IsUUID, Length, MaxLength, ValidateNested } from 'class-validator';
import { SCHEDULE_BEHAVIOURS } from '../../domain/schedule.rule.js';
import { WEEKDAYS } from '../../domain/zoned-time.js';

const SELECTOR_SCHEMA = {
  type: 'object',
  additionalProperties: { type: 'array', items: { type: 'string' } },
  example: { team: ['ccna'] },
  description: 'EC2 tags: every key must be present with one of its values',
} as const;
const ISO_MESSAGE = (field: string) => `${field} must be an ISO 8601 time with a zone, e.g. 2026-12-08T09:00:00+01:00`;

export class WeeklyPeriodDto {
  @ApiProperty({ enum: WEEKDAYS, isArray: true, example: ['mon', 'tue', 'wed', 'thu', 'fri'], description: 'The days a period starts on' })
  @IsArray({ message: 'days must be a list such as ["mon", "tue"]' })
  @ArrayMaxSize(7)
  @IsString({ each: true })
  days!: string[];

  @ApiProperty({ example: '08:00', description: "Wall-clock time in the schedule's zone, HH:mm" })
  @IsString()
  @MaxLength(5)
  start!: string;

  @ApiProperty({ example: '18:00', description: 'HH:mm (24:00 allowed); at or before `start`: ends the next day' })
  @IsString()
  @MaxLength(5)
  end!: string;
}

export class AssignmentDto {
  @ApiPropertyOptional({ type: [String], example: ['0193b2c4-0000-7000-8000-000000000000'], description: 'Workers it applies to by id' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(1000)
  @IsUUID('all', { each: true, message: 'assignment.workerIds must be worker ids (UUIDs)' })
  workerIds?: string[];

  @ApiPropertyOptional(SELECTOR_SCHEMA)
  @IsOptional()
  @IsObject({ message: 'assignment.selector must be an object of tag keys with lists of values, e.g. {"team": ["ccna"]}' })
  selector?: Record<string, string[]>;
}

export class ScheduleBodyDto {
  @ApiProperty({ example: 'CCNA classroom' })
  @IsString()
  @Length(1, 100, { message: 'name must be 1 to 100 characters' })
  name!: string;

  @ApiProperty({ example: 'Europe/Berlin', description: 'IANA time zone of the periods' })
  @IsString()
  @MaxLength(64)
  timezone!: string;

  @ApiProperty({ type: [WeeklyPeriodDto] })
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => WeeklyPeriodDto)
  periods!: WeeklyPeriodDto[];

  @ApiProperty({ enum: SCHEDULE_BEHAVIOURS, example: 'start-stop', description: 'start-stop: starts when a window opens, stops when it closes; start-only; stop-only' })
  @IsIn([...SCHEDULE_BEHAVIOURS], { message: `behaviour must be one of ${SCHEDULE_BEHAVIOURS.join(', ')}` })
  behaviour!: 'start-stop' | 'start-only' | 'stop-only';

  @ApiPropertyOptional({ description: 'Holiday calendar whose days are skipped' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  calendarId?: string;

  @ApiProperty({ type: AssignmentDto })
  @IsDefined({ message: 'assignment: name workerIds, a tag selector, or both, e.g. {"workerIds": [], "selector": {"team": ["ccna"]}}' })
  @IsObject({ message: 'assignment must be an object with workerIds and/or selector' })
  @ValidateNested()
  @Type(() => AssignmentDto)
  assignment!: AssignmentDto;
}

export class HolidayDto {
  @ApiProperty({ example: '2026-12-25', description: 'YYYY-MM-DD' })
  @IsString()
  @MaxLength(10)
  date!: string;

  @ApiPropertyOptional({ example: 'Christmas Day' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  name?: string;
}

export class HolidayCalendarBodyDto {
  @ApiProperty({ example: 'German public holidays' })
  @IsString()
  @Length(1, 100, { message: 'name must be 1 to 100 characters' })
  name!: string;

  @ApiProperty({ type: [HolidayDto] })
  @IsArray()
  @ArrayMaxSize(2000)
  @ValidateNested({ each: true })
  @Type(() => HolidayDto)
  holidays!: HolidayDto[];
}

export class ImportHolidayCalendarDto {
  @ApiProperty({ example: 'German public holidays' })
  @IsString()
  @Length(1, 100, { message: 'name must be 1 to 100 characters' })
  name!: string;

  @ApiProperty({ description: 'The iCalendar file (.ics) as text', example: 'BEGIN:VCALENDAR\r\n...' })
  @IsString()
  @MaxLength(1_048_576, { message: 'ics must be at most 1 MiB' })
  ics!: string;
}

export class ImportHolidayCalendarQueryDto {
  @ApiPropertyOptional({ description: 'Name of the calendar (with a text/calendar body)', example: 'German public holidays' })
  @IsOptional()
  @IsString()
  @Length(1, 100, { message: 'name must be 1 to 100 characters' })
  name?: string;
}

export class RuntimeLimitBodyDto {
  @ApiProperty({ example: 'Twelve hours at most' })
  @IsString()
  @Length(1, 100, { message: 'name must be 1 to 100 characters' })
  name!: string;

  @ApiProperty({ example: 12, description: 'Stop after this many hours running (h), outside schedule windows and reservations' })
  @IsNumber({}, { message: 'hours must be a number of hours, e.g. 12' })
  hours!: number;

  @ApiProperty({ type: AssignmentDto })
  @IsDefined({ message: 'assignment: name workerIds, a tag selector, or both, e.g. {"workerIds": [], "selector": {"team": ["ccna"]}}' })
  @IsObject({ message: 'assignment must be an object with workerIds and/or selector' })
  @ValidateNested()
  @Type(() => AssignmentDto)
  assignment!: AssignmentDto;
}

export class ReservationBodyDto {
  @ApiProperty({ example: 'CCNA class, group B' })
  @IsString()
  @Length(1, 200, { message: 'purpose must be 1 to 200 characters' })
  purpose!: string;

  @ApiProperty({ example: '2026-12-08T09:00:00+01:00' })
  @IsISO8601({ strict: true }, { message: ISO_MESSAGE('start') })
  start!: string;

  @ApiProperty({ example: '2026-12-08T17:00:00+01:00' })
  @IsISO8601({ strict: true }, { message: ISO_MESSAGE('end') })
  end!: string;

  @ApiPropertyOptional({ type: [String], description: 'The workers to reserve; or give count and selector' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true, message: 'workerIds must be worker ids (UUIDs)' })
  workerIds?: string[];

  @ApiPropertyOptional({ example: 3, description: 'How many workers matching the selector to reserve (the product picks free ones and says which)' })
  @IsOptional()
  @IsInt({ message: 'count must be a whole number of workers' })
  count?: number;

  @ApiPropertyOptional(SELECTOR_SCHEMA)
  @IsOptional()
  @IsObject({ message: 'selector must be an object of tag keys with lists of values, e.g. {"team": ["ccna"]}' })
  selector?: Record<string, string[]>;
}

export class ListReservationsQueryDto {
  @ApiPropertyOptional({ description: 'Reservations that end after this time (default: now)', example: '2026-12-07T00:00:00Z' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: ISO_MESSAGE('from') })
  from?: string;

  @ApiPropertyOptional({ description: 'Reservations that start before this time', example: '2026-12-14T00:00:00Z' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: ISO_MESSAGE('to') })
  to?: string;

  @ApiPropertyOptional({ description: 'Only the reservations of this worker' })
  @IsOptional()
  @IsUUID('all', { message: 'workerId must be a worker id (a UUID)' })
  workerId?: string;
}

export class PlanQueryDto {
  @ApiProperty({ example: '2026-12-07T00:00:00Z' })
  @IsISO8601({ strict: true }, { message: ISO_MESSAGE('from') })
  from!: string;

  @ApiProperty({ example: '2026-12-14T00:00:00Z', description: 'At most 31 days after from' })
  @IsISO8601({ strict: true }, { message: ISO_MESSAGE('to') })
  to!: string;
}
