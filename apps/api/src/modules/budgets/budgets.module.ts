import { Module, type OnModuleInit } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { MongooseModule } from '@nestjs/mongoose';
import { AppConfig } from '../../config/app-config.js';
import { CostModule } from '../cost/cost.module.js';
import { JobsModule } from '../jobs/jobs.module.js';
import { JobRegistry } from '../jobs/jobs.public.js';
import { WorkersModule } from '../workers/workers.module.js';
import { CreateBudgetHandler, DeleteBudgetHandler, UpdateBudgetHandler } from './application/commands/budget.handlers.js';
import { type BudgetWatchSummary, WatchBudgetsCommand } from './application/commands/watch-budgets/watch-budgets.command.js';
import { WatchBudgetsHandler } from './application/commands/watch-budgets/watch-budgets.handler.js';
import { BudgetFleet } from './application/ports/budget-fleet.port.js';
import { BudgetSpend } from './application/ports/budget-spend.port.js';
import { GetBudgetHandler, ListBudgetsHandler } from './application/queries/budget-query.handlers.js';
import { BudgetRepository } from './domain/budget.repository.port.js';
import { CostFacadeSpend } from './infrastructure/cost/cost-facade-spend.adapter.js';
import { BudgetMongoRepository } from './infrastructure/persistence/budget.mongo-repository.js';
import { BUDGET_MODEL, budgetSchema } from './infrastructure/persistence/budget.schema.js';
import { WorkersFacadeBudgetFleet } from './infrastructure/workers/workers-facade-fleet.adapter.js';
import { BudgetsController } from './interface/http/budgets.controller.js';

/**
 * Monthly budgets that act (docs/cost.md "Budgets", ADR 0043): spend from the cost module's
 * CostFacade, thresholds that notify (through `budget.threshold-crossed`), stops at the limit
 * through the workers facade's choreographed stop. CostModule for the CostFacade it provides,
 * WorkersModule for its facade, JobsModule for the job registry (their public files).
 */
@Module({
  imports: [CostModule, WorkersModule, JobsModule, MongooseModule.forFeature([{ name: BUDGET_MODEL, schema: budgetSchema }])],
  controllers: [BudgetsController],
  providers: [
    { provide: BudgetRepository, useClass: BudgetMongoRepository },
    { provide: BudgetSpend, useClass: CostFacadeSpend },
    { provide: BudgetFleet, useClass: WorkersFacadeBudgetFleet },
    CreateBudgetHandler,
    UpdateBudgetHandler,
    DeleteBudgetHandler,
    ListBudgetsHandler,
    GetBudgetHandler,
    WatchBudgetsHandler,
  ],
})
export class BudgetsModule implements OnModuleInit {
  constructor(
    private readonly jobs: JobRegistry,
    private readonly commands: CommandBus,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.jobs.register({
      name: 'budget-watch',
      description: `Compares every monthly budget with the month's spend (UTC): notifies each threshold reached, once per budget, month and threshold; at 100 % a budget that says stopAtLimit stops the running workers it covers (trigger budget, never inside a reservation unless hard) and keeps them stopped to the month's end.`,
      intervalSeconds: this.config.budgets.checkIntervalSeconds,
      enabled: true,
      run: async () => ({ ...(await this.commands.execute<WatchBudgetsCommand, BudgetWatchSummary>(new WatchBudgetsCommand())) }),
    });
  }
}
