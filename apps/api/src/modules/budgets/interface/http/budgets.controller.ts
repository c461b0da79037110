import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '#kernel';
import { ProblemDetails } from '../../../../platform/http/problem-details.js';
import type { Presented } from '../../../../platform/http/presenter.js';
import { CurrentActor, RequireRole } from '../../../auth/auth.public.js';
import { CreateBudgetCommand, DeleteBudgetCommand, UpdateBudgetCommand } from '../../application/commands/budget.commands.js';
import { type BudgetView, GetBudgetQuery, ListBudgetsQuery } from '../../application/queries/budget.queries.js';
import type { BudgetDefinition } from '../../domain/budget.aggregate.js';
import { BudgetErrors } from '../../domain/budget.errors.js';
import type { BudgetScope } from '../../domain/budget-scope.value-object.js';
import { BudgetListQueryDto, type BudgetScopeDto, CreateBudgetBodyDto, UpdateBudgetBodyDto } from './budget-request.dto.js';
import { BudgetListResponse, BudgetResponse } from './budget-response.dto.js';
import { toBudgetListResponse, toBudgetResponse } from './budget.presenter.js';

const ID = new ParseUUIDPipe({ exceptionFactory: () => BudgetErrors.notFound('(not an id)') });
const INVALID = 'BUDGET.INVALID names every problem (no name, an amount not above 0, thresholds not ascending or outside 1-200, a scope without its owner or tag), or REQUEST.INVALID';

// The aggregate checks the scope's fields for its kind and says what is missing.
const toScope = (s: BudgetScopeDto): BudgetScope => ({ kind: s.kind, owner: s.owner, tagKey: s.tagKey, tagValue: s.tagValue }) as BudgetScope;

const toDefinition = (b: CreateBudgetBodyDto): BudgetDefinition => ({ name: b.name, scope: toScope(b.scope), monthlyUsd: b.monthlyUsd, thresholdsPercent: b.thresholdsPercent, stopAtLimit: b.stopAtLimit, hard: b.hard });

const toChange = (b: UpdateBudgetBodyDto): Partial<BudgetDefinition> => ({
  ...(b.name != null ? { name: b.name } : {}),
  ...(b.scope != null ? { scope: toScope(b.scope) } : {}),
  ...(b.monthlyUsd != null ? { monthlyUsd: b.monthlyUsd } : {}),
  ...(b.thresholdsPercent != null ? { thresholdsPercent: b.thresholdsPercent } : {}),
  ...(b.stopAtLimit != null ? { stopAtLimit: b.stopAtLimit } : {}),
  ...(b.hard != null ? { hard: b.hard } : {}),
});

/** Monthly budgets per owner, tag value or the fleet (docs/cost.md, "Budgets"): anyone reads, admins write. */
@ApiTags('cost')
@Controller('budgets')
export class BudgetsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get()
  @RequireRole('user')
  @ApiOperation({ summary: 'Budgets', description: 'Every budget with its status in the month (spend of the workers it covers, projection, thresholds crossed, workers stopped). Amounts are USD estimates.' })
  @ApiOkResponse({ type: BudgetListResponse })
  @ApiBadRequestResponse({ type: ProblemDetails, description: 'REQUEST.INVALID: month is not YYYY-MM' })
  async list(@Query() query: BudgetListQueryDto): Promise<Presented<BudgetListResponse>> {
    return toBudgetListResponse(await this.queries.execute<ListBudgetsQuery, BudgetView[]>(new ListBudgetsQuery(query.month)));
  }

  @Post()
  @RequireRole('admin')
  @ApiOperation({ summary: 'Create a budget', description: 'Audited as budget.created.' })
  @ApiCreatedResponse({ type: BudgetResponse })
  @ApiBadRequestResponse({ type: ProblemDetails, description: INVALID })
  @ApiConflictResponse({ type: ProblemDetails, description: 'BUDGET.NAME_TAKEN names the budget that has the name' })
  async create(@Body() body: CreateBudgetBodyDto, @CurrentActor() actor: Actor): Promise<Presented<BudgetResponse>> {
    const id = await this.commands.execute<CreateBudgetCommand, string>(new CreateBudgetCommand(toDefinition(body), actor));
    return this.view(id);
  }

  @Get(':id')
  @RequireRole('user')
  @ApiOperation({ summary: 'One budget', description: 'With its status in the current month.' })
  @ApiOkResponse({ type: BudgetResponse })
  @ApiNotFoundResponse({ type: ProblemDetails, description: 'BUDGET.NOT_FOUND' })
  async get(@Param('id', ID) id: string): Promise<Presented<BudgetResponse>> {
    return this.view(id);
  }

  @Patch(':id')
  @RequireRole('admin')
  @ApiOperation({ summary: 'Change a budget', description: 'Only the fields given change; thresholds already crossed this month stay crossed. Audited as budget.changed.' })
  @ApiOkResponse({ type: BudgetResponse })
  @ApiBadRequestResponse({ type: ProblemDetails, description: INVALID })
  @ApiNotFoundResponse({ type: ProblemDetails, description: 'BUDGET.NOT_FOUND' })
  @ApiConflictResponse({ type: ProblemDetails, description: 'BUDGET.NAME_TAKEN names the budget that has the name' })
  async update(@Param('id', ID) id: string, @Body() body: UpdateBudgetBodyDto, @CurrentActor() actor: Actor): Promise<Presented<BudgetResponse>> {
    await this.commands.execute(new UpdateBudgetCommand(id, toChange(body), actor));
    return this.view(id);
  }

  @Delete(':id')
  @RequireRole('admin')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Delete a budget', description: "It stops nothing more; the workers it keeps stopped stay so until their hold ends at the month's end (clear a worker's override to start it earlier). Audited as budget.deleted." })
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ type: ProblemDetails, description: 'BUDGET.NOT_FOUND' })
  async remove(@Param('id', ID) id: string, @CurrentActor() actor: Actor): Promise<void> {
    await this.commands.execute(new DeleteBudgetCommand(id, actor));
  }

  private async view(id: string): Promise<Presented<BudgetResponse>> {
    return toBudgetResponse(await this.queries.execute<GetBudgetQuery, BudgetView>(new GetBudgetQuery(id)));
  }
}
