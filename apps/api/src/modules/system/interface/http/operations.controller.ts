import { Controller, Get, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ProblemDetails } from '../../../../platform/http/problem-details.js';
import type { Presented } from '../../../../platform/http/presenter.js';
import { RequireRole } from '../../../auth/auth.public.js';
import { OperationTracker } from '../../application/operation.js';
import { SystemErrors } from '../../domain/system.errors.js';
import { OperationResponse } from './operation-response.dto.js';
import { toOperationResponse } from './operation.presenter.js';

@ApiTags('operations')
@Controller('operations')
export class OperationsController {
  constructor(private readonly operations: OperationTracker) {}

  @Get(':id')
  @RequireRole('user')
  @ApiOperation({ summary: 'A long operation (e.g. license registration): its status and progress' })
  @ApiOkResponse({ type: OperationResponse })
  @ApiNotFoundResponse({ type: ProblemDetails })
  async get(@Param('id') id: string): Promise<Presented<OperationResponse>> {
    const op = /^[0-9a-f-]{36}$/.test(id) ? await this.operations.get(id) : undefined;
    if (!op) throw SystemErrors.operationNotFound(id);
    return toOperationResponse(op);
  }
}
