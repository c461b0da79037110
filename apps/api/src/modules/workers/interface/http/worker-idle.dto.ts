import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDate, IsInt, IsISO8601, IsOptional, Max, Min } from 'class-validator';

export class SnoozeDto {
  @ApiPropertyOptional({ example: 120, description: 'Keep running for this many minutes (1 to 10080)' })
  @IsOptional()
  @IsInt({ message: 'minutes must be a whole number' })
  @Min(1, { message: 'minutes must be between 1 and 10080 (7 days)' })
  @Max(10080, { message: 'minutes must be between 1 and 10080 (7 days)' })
  minutes?: number;

  @ApiPropertyOptional({ example: '2026-11-25T18:00:00Z', description: 'Keep running until this time (ISO 8601, at most 7 days ahead)' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'until must be an ISO 8601 time such as 2026-11-25T18:00:00Z' })
  until?: string;
}

export class MetricsQueryDto {
  @ApiPropertyOptional({ example: '2026-11-25T06:00:00Z', description: 'Start of the range; default 6 hours before `to`' })
  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: 'from must be an ISO 8601 time' })
  from?: Date;

  @ApiPropertyOptional({ example: '2026-11-25T12:00:00Z', description: 'End of the range; default now' })
  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: 'to must be an ISO 8601 time' })
  to?: Date;
}

const OUTCOMES = ['keep', 'warn', 'stop', 'skipped'];
const REASON_CODES = ['not-running', 'fleet-disabled', 'worker-disabled', 'snoozed', 'power-protected', 'start-grace', 'no-activity-yet', 'activity-after-warning', 'active', 'idle-warning', 'warning-pending', 'idle-stop'];
const SOURCES = ['cml-telemetry', 'lab-event', 'lab-state', 'start', 'import', 'created'];

class IdleDecisionResponse {
  @ApiProperty({ description: 'When this decision was first taken (a row is written when the decision changes, not at every evaluation)' }) at!: string;
  @ApiProperty({ enum: OUTCOMES }) outcome!: string;
  @ApiPropertyOptional({ enum: REASON_CODES, description: 'What the decision rests on; absent on rows stored before 2026-12' }) code?: string;
  @ApiProperty({ example: 'Last activity 12 min ago at 10:01 UTC (lab state change); idle from 11:01 UTC if nothing happens (idle timeout 1 h).', description: 'The decision in words, times in UTC' })
  reason!: string;
  @ApiPropertyOptional({ description: 'Minutes since the last activity' }) idleMinutes?: number;
  @ApiPropertyOptional() lastActivityAt?: string;
  @ApiPropertyOptional({ enum: SOURCES }) lastActivitySource?: string;
  @ApiPropertyOptional({ description: 'When the worker is idle (and warned) if nothing happens' }) idleFrom?: string;
  @ApiPropertyOptional({ description: 'End of the snooze (snoozed), of the start grace period (start-grace), or of the reservation or keep-running override (power-protected)' }) until?: string;
  @ApiPropertyOptional() plannedStopAt?: string;
  @ApiPropertyOptional({ description: 'When the pending warning was issued' }) warnedAt?: string;
  @ApiProperty({ description: 'Minutes' }) timeoutMinutes!: number;
}

class IdleWarningResponse {
  @ApiProperty() issuedAt!: string;
  @ApiProperty() plannedStopAt!: string;
}

class IdleCurrentResponse {
  @ApiProperty({ enum: OUTCOMES }) outcome!: string;
  @ApiProperty({ enum: REASON_CODES, description: 'What the decision rests on' }) code!: string;
  @ApiProperty({ description: 'The decision in words, times in UTC (the console words it from the fields, in the viewer\'s time zone)' }) reason!: string;
  @ApiPropertyOptional({ description: 'Minutes since the last activity' }) idleMinutes?: number;
  @ApiPropertyOptional() lastActivityAt?: string;
  @ApiPropertyOptional({ enum: SOURCES }) lastActivitySource?: string;
  @ApiPropertyOptional({ description: 'Minutes' }) timeoutMinutes?: number;
  @ApiPropertyOptional({ description: 'When the worker is idle (and warned) if nothing happens' }) idleFrom?: string;
  @ApiPropertyOptional({ description: 'End of the snooze (snoozed), of the start grace period (start-grace), or of the reservation or keep-running override (power-protected)' }) until?: string;
  @ApiPropertyOptional() plannedStopAt?: string;
  @ApiPropertyOptional({ description: 'When the pending warning was issued' }) warnedAt?: string;
  @ApiPropertyOptional({ description: 'Since when idle detection has taken this same decision' }) since?: string;
}

export class WorkerIdleResponse {
  @ApiProperty() workerId!: string;
  @ApiProperty() status!: string;
  @ApiProperty({ description: 'Detection covers this worker now (fleet and worker switches)' }) enabled!: boolean;
  @ApiProperty() fleetEnabled!: boolean;
  @ApiProperty() workerEnabled!: boolean;
  @ApiProperty({ description: 'Minutes without activity before the worker is idle' }) timeoutMinutes!: number;
  @ApiProperty({ enum: ['worker', 'fleet'] }) timeoutSource!: string;
  @ApiPropertyOptional() lastActivityAt?: string;
  @ApiPropertyOptional() lastActivitySource?: string;
  @ApiPropertyOptional({ description: 'When the collection cycle last read the controller\'s activity' }) lastActivityCheckAt?: string;
  @ApiPropertyOptional({ description: 'Minutes since the last activity' }) idleMinutes?: number;
  @ApiPropertyOptional() snoozedUntil?: string;
  @ApiPropertyOptional({ description: 'Never stopped before this time (manual start grace period)' }) startGraceUntil?: string;
  @ApiPropertyOptional({ type: IdleWarningResponse }) warning?: IdleWarningResponse;
  @ApiPropertyOptional({ description: 'When idle detection last evaluated this worker' }) lastEvaluatedAt?: string;
  @ApiProperty({ type: IdleCurrentResponse, description: 'What an evaluation decides now, and the facts it rests on' }) current!: IdleCurrentResponse;
  @ApiProperty({ type: [IdleDecisionResponse], description: 'The latest changes of decision, newest first' }) recentDecisions!: IdleDecisionResponse[];
}

class MetricPointResponse {
  @ApiProperty() at!: string;
  @ApiPropertyOptional({ description: 'percent' }) ec2CpuPercent?: number;
  @ApiPropertyOptional({ description: 'percent' }) ec2MemoryPercent?: number;
  @ApiPropertyOptional({ description: 'percent' }) cpuPercent?: number;
  @ApiPropertyOptional({ description: 'percent' }) memoryPercent?: number;
  @ApiPropertyOptional({ description: 'percent' }) diskPercent?: number;
  @ApiPropertyOptional({ description: 'count' }) runningNodes?: number;
}

export class WorkerMetricsResponse {
  @ApiProperty() workerId!: string;
  @ApiProperty() from!: string;
  @ApiProperty() to!: string;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' }, description: 'The unit of each series' }) units!: Record<string, string>;
  @ApiProperty({ type: [MetricPointResponse] }) points!: MetricPointResponse[];
}
