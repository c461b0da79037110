import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

class JobActorResponse {
  @ApiProperty({ enum: ['user', 'service', 'system'] }) kind!: string;
  @ApiProperty({ example: 'f3c1...' }) id!: string;
  @ApiProperty({ example: 'admin' }) name!: string;
}

export class JobRunResponse {
  @ApiProperty() id!: string;
  @ApiProperty({ example: 'metrics-collection' }) job!: string;
  @ApiProperty({ enum: ['schedule', 'manual'] }) trigger!: string;
  @ApiPropertyOptional({ type: JobActorResponse, description: 'Who started a manual run' }) requestedBy?: JobActorResponse;
  @ApiProperty({ example: 'host-1:4242', description: 'The app instance that ran it' }) instance!: string;
  @ApiProperty() startedAt!: string;
  @ApiPropertyOptional({ description: 'For a scheduled run: the start of the schedule slot it ran for (each slot runs once across app instances)' }) scheduledFor?: string;
  @ApiPropertyOptional() finishedAt?: string;
  @ApiProperty({ enum: ['running', 'succeeded', 'failed', 'skipped'] }) outcome!: string;
  @ApiPropertyOptional({ description: 'Milliseconds' }) durationMs?: number;
  @ApiPropertyOptional({ type: 'object', additionalProperties: true, description: 'Figures of the run (workers, AWS calls, imported, stopped, ...)' }) summary?: Record<string, unknown>;
  @ApiPropertyOptional() error?: string;
}

export class JobResponse {
  @ApiProperty({ example: 'metrics-collection' }) name!: string;
  @ApiProperty() description!: string;
  @ApiProperty() enabled!: boolean;
  @ApiPropertyOptional() disabledReason?: string;
  @ApiProperty({ example: 300, description: 'Seconds between runs' }) intervalSeconds!: number;
  @ApiProperty({ example: 'every 5 min' }) schedule!: string;
  @ApiProperty({ description: 'A run is going right now (in any instance)' }) running!: boolean;
  @ApiPropertyOptional({ type: JobRunResponse }) lastRun?: JobRunResponse;
  @ApiPropertyOptional() nextRunAt?: string;
}
