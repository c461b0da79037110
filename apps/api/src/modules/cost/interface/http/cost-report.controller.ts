import { Controller, Get, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Clock } from '#kernel';
import { ProblemDetails } from '../../../../platform/http/problem-details.js';
import type { Presented } from '../../../../platform/http/presenter.js';
import { RequireRole } from '../../../auth/auth.public.js';
import type { WorkerMonthCost } from '../../application/cost-figures.service.js';
import { type CostReport, costCsv } from '../../application/cost-report.js';
import { GetCostReportQuery, ListWorkerCostsQuery } from '../../application/queries/cost.queries.js';
import { monthOf } from '../../domain/metering.rule.js';
import { CostMonthQueryDto, CostReportQueryDto } from './cost-report-request.dto.js';
import { CostReportResponse, WorkerCostListResponse } from './cost-report-response.dto.js';
import { toCostReportResponse, toWorkerCostListResponse } from './cost-report.presenter.js';

const ESTIMATE = 'Amounts are US dollars estimated from list prices less the discount (docs/cost.md), never an invoice.';

/** What the fleet costs and what the product saved (docs/cost.md). */
@ApiTags('cost')
@Controller('cost')
export class CostReportController {
  constructor(
    private readonly queries: QueryBus,
    private readonly clock: Clock,
  ) {}

  @Get()
  @RequireRole('user')
  @ApiOperation({ summary: 'The month at a glance', description: `Totals so far and projected to the month end, what each saving rule saved, the groups (owners, regions, a tag's values or workers) and spend per day stacked by group. ${ESTIMATE}` })
  @ApiOkResponse({ type: CostReportResponse })
  @ApiBadRequestResponse({ type: ProblemDetails, description: 'REQUEST.INVALID: a malformed month, an unknown groupBy, groupBy=tag without tagKey' })
  async report(@Query() q: CostReportQueryDto): Promise<Presented<CostReportResponse>> {
    const month = q.month ?? monthOf(this.clock.now());
    return toCostReportResponse(await this.queries.execute<GetCostReportQuery, CostReport>(new GetCostReportQuery(month, q.groupBy ?? 'owner', q.tagKey)));
  }

  @Get('workers')
  @RequireRole('user')
  @ApiOperation({ summary: 'Every worker’s cost in a month', description: `Terminated workers of the month included, largest total first. ${ESTIMATE}` })
  @ApiOkResponse({ type: WorkerCostListResponse })
  @ApiBadRequestResponse({ type: ProblemDetails, description: 'REQUEST.INVALID: a malformed month' })
  async workers(@Query() q: CostMonthQueryDto): Promise<Presented<WorkerCostListResponse>> {
    const month = q.month ?? monthOf(this.clock.now());
    const { items, asOf } = await this.queries.execute<ListWorkerCostsQuery, { items: WorkerMonthCost[]; asOf: Date }>(new ListWorkerCostsQuery(month));
    return toWorkerCostListResponse(month, asOf, items);
  }

  @Get('workers.csv')
  @RequireRole('user')
  @ApiOperation({ summary: 'The month per worker as CSV', description: `One row per worker, units in the column names (compute_usd, running_hours ...). ${ESTIMATE}` })
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'RFC 4180 CSV, a header row first', content: { 'text/csv': { schema: { type: 'string' } } } })
  @ApiBadRequestResponse({ type: ProblemDetails, description: 'REQUEST.INVALID: a malformed month' })
  async csv(@Query() q: CostMonthQueryDto, @Res() res: Response): Promise<void> {
    const month = q.month ?? monthOf(this.clock.now());
    const { items } = await this.queries.execute<ListWorkerCostsQuery, { items: WorkerMonthCost[]; asOf: Date }>(new ListWorkerCostsQuery(month));
    res.setHeader('Content-Disposition', `attachment; filename="cost-${month}.csv"`);
    res.type('text/csv; charset=utf-8').send(costCsv(items));
  }
}
