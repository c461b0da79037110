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
}
