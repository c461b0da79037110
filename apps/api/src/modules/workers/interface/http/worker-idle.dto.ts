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

class IdleDecisionResponse {
  @ApiProperty() at!: string;
  @ApiProperty({ enum: ['keep', 'warn', 'stop', 'skipped'] }) outcome!: string;
  @ApiProperty({ example: 'Last activity 12 min ago (cml-telemetry); the idle timeout is 60 min.' }) reason!: string;
  @ApiPropertyOptional({ description: 'Minutes since the last activity' }) idleMinutes?: number;
  @ApiPropertyOptional() lastActivityAt?: string;
  @ApiPropertyOptional({ enum: ['cml-telemetry', 'lab-event', 'lab-state', 'start', 'import', 'created'] }) lastActivitySource?: string;
  @ApiPropertyOptional() plannedStopAt?: string;
  @ApiProperty({ description: 'Minutes' }) timeoutMinutes!: number;
}

class IdleWarningResponse {
  @ApiProperty() issuedAt!: string;
  @ApiProperty() plannedStopAt!: string;
}

class IdleCurrentResponse {
  @ApiProperty({ enum: ['keep', 'warn', 'stop', 'skipped'] }) outcome!: string;
  @ApiProperty() reason!: string;
  @ApiPropertyOptional() plannedStopAt?: string;
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
  @ApiPropertyOptional() lastActivityCheckAt?: string;
  @ApiPropertyOptional({ description: 'Minutes since the last activity' }) idleMinutes?: number;
  @ApiPropertyOptional() snoozedUntil?: string;
  @ApiPropertyOptional({ description: 'Never stopped before this time (manual start grace period)' }) startGraceUntil?: string;
  @ApiPropertyOptional({ type: IdleWarningResponse }) warning?: IdleWarningResponse;
  @ApiProperty({ type: IdleCurrentResponse, description: 'What an evaluation would decide now' }) current!: IdleCurrentResponse;
  @ApiProperty({ type: [IdleDecisionResponse], description: 'Recent evaluations, newest first' }) recentDecisions!: IdleDecisionResponse[];
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
