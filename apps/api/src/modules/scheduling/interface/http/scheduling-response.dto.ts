import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { SCHEDULE_BEHAVIOURS } from '../../domain/schedule.rule.js';
import { WEEKDAYS } from '../../domain/zoned-time.js';

const SELECTOR_SCHEMA = { type: 'object', additionalProperties: { type: 'array', items: { type: 'string' } }, example: { team: ['ccna'] } } as const;
const POWER_STATES = ['running', 'stopped', 'either'];
const RULE_KINDS = ['reservation', 'override', 'schedule', 'manual', 'runtime-limit', 'none'];

export class SchedulingActorResponse {
  @ApiProperty({ enum: ['user', 'service', 'system'] }) kind!: string;
  @ApiProperty({ example: 'f3c1...' }) id!: string;
  @ApiProperty({ example: 'ada' }) name!: string;
}

export class RefResponse {
  @ApiProperty({ example: '0193b2c4-0000-7000-8000-000000000000' }) id!: string;
  @ApiProperty({ example: 'lab-east-1' }) name!: string;
}

export class WeeklyPeriodResponse {
  @ApiProperty({ enum: WEEKDAYS, isArray: true, example: ['mon', 'tue', 'wed', 'thu', 'fri'] }) days!: string[];
  @ApiProperty({ example: '08:00' }) start!: string;
  @ApiProperty({ example: '18:00' }) end!: string;
}

export class AssignmentResponse {
  @ApiProperty({ type: [String] }) workerIds!: string[];
  @ApiPropertyOptional(SELECTOR_SCHEMA) selector?: Record<string, string[]>;
}

class AuthoredResponse {
  @ApiProperty({ example: '0193b2c4-0000-7000-8000-000000000001' }) id!: string;
  @ApiProperty({ example: '2026-12-02T10:00:00.000Z' }) createdAt!: string;
  @ApiProperty({ type: SchedulingActorResponse }) createdBy!: SchedulingActorResponse;
  @ApiProperty({ example: '2026-12-02T10:00:00.000Z' }) updatedAt!: string;
}

export class ScheduleResponse extends AuthoredResponse {
  @ApiProperty({ example: 'CCNA classroom' }) name!: string;
  @ApiProperty({ example: 'Europe/Berlin', description: 'IANA time zone of the periods' }) timezone!: string;
  @ApiProperty({ type: [WeeklyPeriodResponse] }) periods!: WeeklyPeriodResponse[];
  @ApiProperty({ enum: SCHEDULE_BEHAVIOURS }) behaviour!: string;
  @ApiPropertyOptional({ description: 'Holiday calendar whose days it skips' }) calendarId?: string;
  @ApiProperty({ type: AssignmentResponse }) assignment!: AssignmentResponse;
  @ApiProperty({ type: [RefResponse], description: 'The workers it applies to now (named, or matching the selector)' }) workers!: RefResponse[];
}

export class ScheduleListResponse {
  @ApiProperty({ type: [ScheduleResponse] }) items!: ScheduleResponse[];
}

export class HolidayResponse {
  @ApiProperty({ example: '2026-12-25' }) date!: string;
  @ApiPropertyOptional({ example: 'Christmas Day' }) name?: string;
}

export class HolidayCalendarResponse extends AuthoredResponse {
  @ApiProperty({ example: 'German public holidays' }) name!: string;
  @ApiProperty({ type: [HolidayResponse] }) holidays!: HolidayResponse[];
  @ApiProperty({ type: [RefResponse], description: 'The schedules that skip its days' }) usedBy!: RefResponse[];
}

export class HolidayCalendarListResponse {
  @ApiProperty({ type: [HolidayCalendarResponse] }) items!: HolidayCalendarResponse[];
}

export class RuntimeLimitResponse extends AuthoredResponse {
  @ApiProperty({ example: 'Twelve hours at most' }) name!: string;
  @ApiProperty({ example: 12, description: 'Stop after this many hours running (h)' }) hours!: number;
  @ApiProperty({ type: AssignmentResponse }) assignment!: AssignmentResponse;
  @ApiProperty({ type: [RefResponse], description: 'The workers it applies to now' }) workers!: RefResponse[];
}

export class RuntimeLimitListResponse {
  @ApiProperty({ type: [RuntimeLimitResponse] }) items!: RuntimeLimitResponse[];
}

export class RequestedWorkersResponse {
  @ApiProperty({ example: 3, description: 'Workers asked for (count)' }) count!: number;
  @ApiProperty(SELECTOR_SCHEMA) selector!: Record<string, string[]>;
}

export class ReservationResponse {
  @ApiProperty() id!: string;
  @ApiProperty({ example: 'CCNA class, group B' }) purpose!: string;
  @ApiProperty({ example: 'ada', description: 'Who holds it (a username)' }) owner!: string;
  @ApiProperty({ example: '2026-12-08T08:00:00.000Z' }) start!: string;
  @ApiProperty({ example: '2026-12-08T16:00:00.000Z' }) end!: string;
  @ApiProperty({ type: [String] }) workerIds!: string[];
  @ApiProperty({ type: [RefResponse] }) workers!: RefResponse[];
  @ApiPropertyOptional({ type: RequestedWorkersResponse, description: 'Asked as "N workers matching a selector": what was asked' }) requested?: RequestedWorkersResponse;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' }, example: { '0193b2c4-0000-7000-8000-000000000000': 25 }, description: 'Per worker id: minutes (min) before the start it is started, so it is ready at the start' })
  leadMinutes!: Record<string, number>;
  @ApiProperty() createdAt!: string;
  @ApiProperty({ type: SchedulingActorResponse }) createdBy!: SchedulingActorResponse;
  @ApiPropertyOptional() cancelledAt?: string;
  @ApiPropertyOptional({ type: SchedulingActorResponse }) cancelledBy?: SchedulingActorResponse;
}

export class ReservationListResponse {
  @ApiProperty({ type: [ReservationResponse] }) items!: ReservationResponse[];
}

export class PowerRuleResponse {
  @ApiProperty({ enum: RULE_KINDS, description: 'The rule that decided, by precedence (docs/scheduling.md)' }) kind!: string;
  @ApiPropertyOptional({ description: 'The reservation, override or schedule' }) id?: string;
  @ApiPropertyOptional({ example: 'CCNA classroom' }) name?: string;
}

export class PlannedTransitionResponse {
  @ApiProperty({ example: '2026-12-02T17:00:00.000Z' }) at!: string;
  @ApiProperty({ enum: POWER_STATES }) state!: string;
  @ApiProperty({ type: PowerRuleResponse }) rule!: PowerRuleResponse;
  @ApiProperty() reason!: string;
}

export class WorkerPowerResponse {
  @ApiProperty() workerId!: string;
  @ApiProperty({ enum: POWER_STATES, description: 'What it should be doing now; either: nothing asks (idle detection may stop it)' }) state!: string;
  @ApiProperty({ type: PowerRuleResponse }) rule!: PowerRuleResponse;
  @ApiProperty({ example: 'Schedule "CCNA classroom" has it running until 18:00 (Europe/Berlin).' }) reason!: string;
  @ApiPropertyOptional({ description: 'When the decision changes next' }) until?: string;
  @ApiProperty({ type: [PlannedTransitionResponse], description: 'The next few changes of decision, oldest first' }) next!: PlannedTransitionResponse[];
  @ApiPropertyOptional({ example: 'Europe/Berlin', description: "The deciding (or first applying) schedule's time zone" }) timezone?: string;
}

export class ActualPeriodResponse {
  @ApiProperty() start!: string;
  @ApiPropertyOptional({ description: 'Absent: still running' }) end?: string;
}

export class PlannedSegmentResponse {
  @ApiProperty() start!: string;
  @ApiProperty() end!: string;
  @ApiProperty({ enum: POWER_STATES }) state!: string;
  @ApiProperty({ enum: RULE_KINDS }) rule!: string;
  @ApiProperty({ description: 'The decision in one sentence' }) label!: string;
}

export class TimelineReservationResponse {
  @ApiProperty() id!: string;
  @ApiProperty() purpose!: string;
  @ApiProperty() owner!: string;
  @ApiProperty() start!: string;
  @ApiProperty() end!: string;
}

export class TimelineOverrideResponse {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: ['keep-running', 'keep-stopped'] }) kind!: string;
  @ApiProperty() until!: string;
  @ApiProperty() by!: string;
}

export class TimelineRowResponse {
  @ApiProperty() workerId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: [ActualPeriodResponse], description: 'When the instance ran (pending, running or stopping), from its timeline' }) actual!: ActualPeriodResponse[];
  @ApiProperty({ type: [PlannedSegmentResponse], description: 'What its rules want over the range' }) planned!: PlannedSegmentResponse[];
  @ApiProperty({ type: [TimelineReservationResponse] }) reservations!: TimelineReservationResponse[];
  @ApiProperty({ type: [TimelineOverrideResponse] }) overrides!: TimelineOverrideResponse[];
}

export class PowerPlanResponse {
  @ApiProperty() from!: string;
  @ApiProperty() to!: string;
  @ApiProperty() now!: string;
  @ApiProperty({ type: [TimelineRowResponse] }) rows!: TimelineRowResponse[];
}
