import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { ProblemDetails } from '../../../../platform/http/problem-details.js';
import { type Presented, present } from '../../../../platform/http/presenter.js';
import { RequireRole } from '../../../auth/auth.public.js';
import { OperationTracker } from '../../application/operation.js';
import { SystemErrors } from '../../domain/system.errors.js';
import { OperationListResponse, OperationResponse } from './operation-response.dto.js';
import { toOperationResponse } from './operation.presenter.js';

@ApiTags('operations')
@Controller('operations')
export class OperationsController {
  constructor(private readonly operations: OperationTracker) {}

  @Get()
  @RequireRole('user')
  @ApiOperation({ summary: 'The long operations on one subject (a worker), newest first', description: 'A worker page shows the running stop or terminate, step by step, and the last ones.' })
  @ApiQuery({ name: 'subjectId', required: true, description: 'The id of what the operations act on (a worker id)' })
  @ApiQuery({ name: 'limit', required: false, description: 'At most this many (1-50, default 10)' })
  @ApiOkResponse({ type: OperationListResponse })
  @ApiBadRequestResponse({ type: ProblemDetails })
  async list(@Query('subjectId') subjectId?: string, @Query('limit') limit?: string): Promise<Presented<OperationListResponse>> {
    if (!subjectId || !/^[0-9a-f-]{36}$/.test(subjectId)) throw SystemErrors.operationQueryInvalid('subjectId must be the id (a UUID) of what the operations act on, e.g. a worker id');
    const n = limit === undefined ? 10 : Number(limit);
    if (!Number.isInteger(n) || n < 1 || n > 50) throw SystemErrors.operationQueryInvalid('limit must be a whole number from 1 to 50');
    const items = await this.operations.listFor(subjectId, n);
    return present<OperationListResponse>({ items: items.map(toOperationResponse) });
  }

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
