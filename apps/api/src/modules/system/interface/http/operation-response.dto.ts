import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

class OperationSubject {
  @ApiProperty({ example: 'worker' }) type!: string;
  @ApiProperty() id!: string;
}

class OperationActor {
  @ApiProperty({ enum: ['user', 'service', 'system'] }) kind!: string;
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
}

export class OperationStepResponse {
  @ApiProperty({ example: 'stop-labs' }) name!: string;
  @ApiProperty({ example: 'Stop the running labs' }) title!: string;
  @ApiProperty({ enum: ['pending', 'running', 'succeeded', 'failed', 'skipped'] }) status!: string;
  @ApiPropertyOptional({ example: 'Stopped 2 labs: BGP lab, OSPF lab' }) detail?: string;
  @ApiPropertyOptional() startedAt?: string;
  @ApiPropertyOptional() finishedAt?: string;
}

export class OperationResponse {
  @ApiProperty() id!: string;
  @ApiProperty({ example: 'license-registration' }) kind!: string;
  @ApiProperty({ type: OperationSubject }) subject!: OperationSubject;
  @ApiProperty({ enum: ['running', 'succeeded', 'failed'] }) status!: string;
  @ApiPropertyOptional({ example: 'Waiting for Cisco Smart Licensing (status IN_PROGRESS, 15 s elapsed)' }) progress?: string;
  @ApiProperty() startedAt!: string;
  @ApiPropertyOptional() finishedAt?: string;
  @ApiPropertyOptional({ description: 'What went wrong' }) error?: string;
  @ApiPropertyOptional({ type: 'object', additionalProperties: true, description: 'A short outcome of a succeeded operation (its fields depend on `kind`)' }) result?: Record<string, unknown>;
  @ApiProperty({ type: OperationActor }) requestedBy!: OperationActor;
  @ApiPropertyOptional({ type: [OperationStepResponse], description: 'The named steps, in order (choreographed stop and terminate)' }) steps?: OperationStepResponse[];
  @ApiPropertyOptional({ description: 'Share of the steps finished, in percent (0-100)', example: 50 }) percent?: number;
  @ApiPropertyOptional({ description: 'A terminate that no longer waits for an unreachable controller to release the licence' }) force?: boolean;
}

export class OperationListResponse {
  @ApiProperty({ type: [OperationResponse] }) items!: OperationResponse[];
}
