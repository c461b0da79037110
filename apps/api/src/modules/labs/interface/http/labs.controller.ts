import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ProblemDetails } from '../../../../platform/http/problem-details.js';
import type { Presented } from '../../../../platform/http/presenter.js';
import { RequireRole } from '../../../auth/auth.public.js';
import type { LabView, Page } from '../../application/lab.view.js';
import { ListLabsQuery } from '../../application/queries/list-labs/list-labs.query.js';
import { labFilter } from './lab-params.js';
import { ListLabsQueryDto } from './lab-request.dto.js';
import { LabPageResponse } from './lab-response.dto.js';
import { toLabPageResponse } from './lab.presenter.js';

/** Lab records across the fleet. */
@ApiTags('labs')
@Controller('labs')
export class LabsController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @RequireRole('user')
  @ApiOperation({ summary: 'Lab records across the fleet', description: "Filtered, sorted and paged by the database; each item names its worker. Records only (no controller call): sync a worker to refresh its labs." })
  @ApiOkResponse({ type: LabPageResponse })
  @ApiBadRequestResponse({ type: ProblemDetails })
  async list(@Query() q: ListLabsQueryDto): Promise<Presented<LabPageResponse>> {
    return toLabPageResponse(await this.queries.execute<ListLabsQuery, Page<LabView>>(new ListLabsQuery(labFilter(q))));
  }
}
