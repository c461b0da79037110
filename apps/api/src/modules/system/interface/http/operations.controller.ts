import { Controller, Get, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { DomainError } from '#kernel';
import { ProblemDetails } from '../../../../platform/http/problem-details.js';
import { RequireRole } from '../../../auth/auth.public.js';
import { type Operation, OperationTracker } from '../../application/operation.js';

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
  @ApiPropertyOptional({ type: 'object', additionalProperties: true }) result?: Record<string, unknown>;
  @ApiProperty({ type: OperationActor }) requestedBy!: OperationActor;
}

@ApiTags('operations')
@Controller('operations')
export class OperationsController {
  constructor(private readonly operations: OperationTracker) {}

  @Get(':id')
  @RequireRole('user')
  @ApiOperation({ summary: 'A long operation (e.g. license registration): its status and progress' })
  @ApiOkResponse({ type: OperationResponse })
  @ApiNotFoundResponse({ type: ProblemDetails })
  async get(@Param('id') id: string): Promise<Operation> {
    const op = /^[0-9a-f-]{36}$/.test(id) ? await this.operations.get(id) : undefined;
    if (!op) throw DomainError.notFound('OPERATION.NOT_FOUND', `Operation ${id} does not exist.`);
    return op;
  }
}
