import { Logger } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock, retryOnConflict, systemActor } from '#kernel';
import { budgetHoldBy } from '../../../../scheduling/scheduling.public.js';
import type { Budget } from '../../../domain/budget.aggregate.js';
import { monthOf } from '../../../domain/budget-month.rule.js';
import { BudgetRepository } from '../../../domain/budget.repository.port.js';
import { covers } from '../../../domain/budget-scope.value-object.js';
import { budgetStatus } from '../../../domain/budget-status.rule.js';
import { holdRenewalDue, holdUntil, stopDecision } from '../../../domain/budget-stop.rule.js';
import { BudgetFleet, type BudgetFleetWorker } from '../../ports/budget-fleet.port.js';
import { BudgetSpend } from '../../ports/budget-spend.port.js';
import { type BudgetWatchSummary, WatchBudgetsCommand } from './watch-budgets.command.js';

const ACTOR = systemActor('budget-watch');
const RUNNING = ['running', 'pending'];

/**
 * Evaluates every budget against the current month (UTC): records each threshold reached, once
 * per month (`budget.threshold-crossed`, which notifies); at 100 % a budget with stopAtLimit stops
 * the running workers it covers through the choreographed stop (trigger `budget`), never inside a
 * reservation unless hard, and keeps them stopped with a keep-stopped override to the month's end.
 */
@CommandHandler(WatchBudgetsCommand)
export class WatchBudgetsHandler implements ICommandHandler<WatchBudgetsCommand, BudgetWatchSummary> {
  private readonly logger = new Logger('Budgets');

  constructor(
    private readonly budgets: BudgetRepository,
    private readonly spend: BudgetSpend,
    private readonly fleet: BudgetFleet,
    private readonly clock: Clock,
  ) {}

  async execute(): Promise<BudgetWatchSummary> {
    const now = this.clock.now();
    const month = monthOf(now);
    const budgets = await this.budgets.active();
    const summary: BudgetWatchSummary = { month, budgets: budgets.length, crossed: [], stopped: [], held: [], failed: [], renewed: [] };
    if (budgets.length === 0) return summary;
    const costs = await this.spend.workerCosts(month);
    let workers: BudgetFleetWorker[] | undefined;
    for (const listed of budgets) {
      const def = listed.definition();
      const status = budgetStatus(def, month, costs, listed.monthRecord(month));
      const crossed = await retryOnConflict(async () => {
        const budget = await this.budgets.get(listed.id);
        const now = this.clock.now();
        const fresh = budget.recordSpend(month, status.spentUsd, { actor: ACTOR, now });
        if (fresh.length) {
          await this.budgets.save(budget);
          budget.commit();
        }
        return fresh;
      });
      summary.crossed.push(...crossed.map((t) => `${def.name}: ${t} %`));
      if (!def.stopAtLimit || status.percent < 100) continue;
      workers ??= await this.fleet.workers();
      await this.enforce(listed, month, status.percent, workers.filter((w) => covers(def.scope, w)), summary);
    }
    return summary;
  }

  private async enforce(budget: Budget, month: string, percent: number, covered: BudgetFleetWorker[], summary: BudgetWatchSummary): Promise<void> {
    const def = budget.definition();
    const by = budgetHoldBy(def.name, def.hard);
    for (const w of covered) {
      const running = RUNNING.includes(w.status);
      if (!running) {
        // A worker this budget keeps stopped: its hold is set again when it would end before the month.
        if (w.override?.by === by && holdRenewalDue(new Date(w.override.until), month, this.clock.now())) {
          await this.fleet.keepStopped(w.id, holdUntil(month, this.clock.now()), by);
          summary.renewed.push(w.name);
        }
        continue;
      }
      const reservation = await this.fleet.reservationHolding(w.id);
      const decision = stopDecision({ percent, stopAtLimit: def.stopAtLimit, hard: def.hard, running, reservation });
      if (decision.act === 'hold') summary.held.push({ worker: w.name, budget: def.name, reason: decision.reason });
      if (decision.act !== 'stop') continue;
      const reason = `Budget "${def.name}" reached ${Math.floor(percent)} % of ${def.monthlyUsd} USD for ${month}${reservation ? ` (hard: inside reservation "${reservation}")` : ''}.`;
      const result = await this.fleet.stop(w.id, 'budget', reason);
      const until = holdUntil(month, this.clock.now());
      if (result.changed) {
        try {
          await this.fleet.keepStopped(w.id, until, by);
        } catch (err) {
          this.logger.warn(`Stopped ${w.name} for budget ${def.name} but could not keep it stopped: ${(err as Error).message}`);
        }
        summary.stopped.push(`${w.name} (${def.name})`);
      } else {
        summary.failed.push({ worker: w.name, budget: def.name, error: result.message });
      }
      await retryOnConflict(async () => {
        const fresh = await this.budgets.get(budget.id);
        fresh.recordStop(month, w, result.changed ? 'stopped' : 'failed', result.changed ? reason : result.message, result.changed ? until : undefined, { actor: ACTOR, now: this.clock.now() });
        await this.budgets.save(fresh);
        fresh.commit();
      });
    }
  }
}
