import { once } from 'node:events';
import { Controller, Get, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Clock, csvLine } from '#kernel';
import { MAX_LIST_DEPTH } from '../../../../platform/http/paging.js';
import { ProblemDetails } from '../../../../platform/http/problem-details.js';
import { AuthErrors, CurrentIdentity, hasRole, type Identity, RequireRole } from '../../../auth/auth.public.js';
import { CostFacade, monthOf } from '../../../cost/cost.public.js';
import { factsOf } from '../../application/queries/list-worker-facts/list-worker-facts.handler.js';
import { ListWorkersQuery } from '../../application/queries/list-workers/list-workers.query.js';
import type { FleetSummary, Page, WorkerSortField, WorkerView } from '../../application/worker.view.js';
import { WorkersCsvQueryDto } from './worker-request.dto.js';
import { WORKERS_CSV_COLUMNS, workerCsvRow } from './workers-csv.presenter.js';

/** Workers read (and their costs) per round trip while the CSV streams out. */
const CSV_PAGE = 500;

/** The workers list as CSV: the same filter and sort as `GET /api/workers`, every page. */
@ApiTags('workers')
@Controller('workers.csv')
export class WorkersCsvController {
  constructor(
    private readonly queries: QueryBus,
    private readonly costs: CostFacade,
    private readonly clock: Clock,
  ) {}

  @Get()
  @RequireRole('user')
  @ApiOperation({
    summary: 'The workers list as CSV',
    description: `Every worker the same query of \`GET /api/workers\` lists (status, region, q, includeTerminated, includeUnregistered, sort), all pages (at most ${MAX_LIST_DEPTH}), with this month's cost. Columns: ${WORKERS_CSV_COLUMNS.join(', ')}. Amounts are US dollars estimated from list prices (docs/cost.md).`,
  })
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'RFC 4180 CSV, a header row first', content: { 'text/csv': { schema: { type: 'string' } } } })
  @ApiBadRequestResponse({ type: ProblemDetails, description: 'REQUEST.INVALID: an unknown status or sort, a malformed region' })
  @ApiForbiddenResponse({ type: ProblemDetails, description: 'AUTH.FORBIDDEN: includeTerminated or includeUnregistered without the admin role' })
  async csv(@Query() q: WorkersCsvQueryDto, @CurrentIdentity() identity: Identity, @Res() res: Response): Promise<void> {
    if ((q.includeTerminated || q.includeUnregistered) && !hasRole(identity.roles, 'admin')) {
      throw AuthErrors.forbidden('admin', identity, 'Listing terminated or unregistered workers');
    }
    const sort = q.sort ?? 'name';
    const month = monthOf(this.clock.now());
    res.setHeader('Content-Disposition', 'attachment; filename="workers.csv"');
    res.type('text/csv; charset=utf-8');
    let closed = false;
    res.on('close', () => (closed = true));
    res.write(csvLine(WORKERS_CSV_COLUMNS));
    for (let page = 1; !closed && (page - 1) * CSV_PAGE < MAX_LIST_DEPTH; page++) {
      const { items, total } = await this.queries.execute<ListWorkersQuery, Page<WorkerView> & { summary: FleetSummary }>(
        new ListWorkersQuery({
          region: q.region,
          statuses: q.status as WorkerView['status'][] | undefined,
          q: q.q,
          includeTerminated: Boolean(q.includeTerminated),
          includeUnregistered: Boolean(q.includeUnregistered),
          page,
          pageSize: CSV_PAGE,
          sort: { field: sort.replace(/^-/, '') as WorkerSortField, direction: sort.startsWith('-') ? -1 : 1 },
        }),
      );
      const costs = items.length ? await this.costs.costsOf(items.map(factsOf), month) : new Map();
      const chunk = items.map((w) => workerCsvRow(w, costs.get(w.id))).join('');
      if (chunk && !res.write(chunk) && !closed) await Promise.race([once(res, 'drain'), once(res, 'close')]);
      if (page * CSV_PAGE >= total || items.length < CSV_PAGE) break;
    }
    res.end();
  }
}
