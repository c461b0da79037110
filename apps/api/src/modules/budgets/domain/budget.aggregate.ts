import { type Actor, AggregateRoot, type BudgetDefinitionPayload, type BudgetStopOutcome, type ChangeContext } from '#kernel';
import { BudgetErrors } from './budget.errors.js';
import { type BudgetScope, normalScope, scopeProblems } from './budget-scope.value-object.js';
import { newlyCrossed, spentPercent, thresholdProblems } from './budget-threshold.rule.js';

/** What an admin says about a budget. */
export interface BudgetDefinition {
  name: string;
  scope: BudgetScope;
  /** USD per calendar month (UTC). */
  monthlyUsd: number;
  /** Percentages of monthlyUsd that notify, ascending (e.g. [80, 100]). */
  thresholdsPercent: number[];
  /** At 100 %, stop the running workers it covers and keep them stopped to the month's end. */
  stopAtLimit: boolean;
  /** That stop applies inside reservations too. */
  hard: boolean;
}

/** What the budget-watch job keeps of one month: thresholds crossed (once each) and workers stopped. */
export interface BudgetMonthRecord {
  month: string;
  crossedPercent: number[];
  stoppedWorkerIds: string[];
}

export interface BudgetState extends BudgetDefinition {
  createdAt: string;
  createdBy: Actor;
  updatedAt: string;
  /** The months watched, newest last (a few kept). */
  months: BudgetMonthRecord[];
  deletedAt?: string;
}

const MAX_NAME = 100;
const MONTHS_KEPT = 3;

function checked(def: BudgetDefinition): BudgetDefinition {
  const problems: string[] = [];
  const name = typeof def.name === 'string' ? def.name.trim() : '';
  if (!name || name.length > MAX_NAME) problems.push(`name: give the budget a name of 1 to ${MAX_NAME} characters`);
  problems.push(...scopeProblems(def.scope as never));
  if (typeof def.monthlyUsd !== 'number' || !Number.isFinite(def.monthlyUsd) || def.monthlyUsd <= 0) problems.push('monthlyUsd: give an amount in US dollars above 0, e.g. 2000');
  problems.push(...thresholdProblems(def.thresholdsPercent));
  if (typeof def.stopAtLimit !== 'boolean') problems.push('stopAtLimit: true or false');
  if (typeof def.hard !== 'boolean') problems.push('hard: true or false');
  if (problems.length) throw BudgetErrors.invalid(problems);
  return { name, scope: normalScope(def.scope), monthlyUsd: def.monthlyUsd, thresholdsPercent: [...def.thresholdsPercent], stopAtLimit: def.stopAtLimit, hard: def.hard };
}

function payload(d: BudgetDefinition): BudgetDefinitionPayload {
  return {
    name: d.name,
    scope: d.scope.kind,
    ...(d.scope.kind === 'owner' ? { owner: d.scope.owner } : {}),
    ...(d.scope.kind === 'tag' ? { tagKey: d.scope.tagKey, tagValue: d.scope.tagValue } : {}),
    monthlyUsd: d.monthlyUsd,
    thresholdsPercent: [...d.thresholdsPercent],
    stopAtLimit: d.stopAtLimit,
    hard: d.hard,
  };
}

/** A monthly budget for the fleet, an owner or a tag value: thresholds that notify once a month each, and, where it says so, stops at its limit (ADR 0043). */
export class Budget extends AggregateRoot<BudgetState> {
  readonly aggregateType = 'budget';

  constructor(id: string, state: BudgetState, version: number) {
    super(id, state, version);
  }

  static create(id: string, def: BudgetDefinition, ctx: ChangeContext): Budget {
    const d = checked(def);
    const now = ctx.now.toISOString();
    const budget = new Budget(id, { ...d, createdAt: now, createdBy: ctx.actor, updatedAt: now, months: [] }, 0);
    budget.raise('budget.created', payload(d), ctx);
    return budget;
  }

  get name(): string {
    return this.state.name;
  }

  get deleted(): boolean {
    return this.state.deletedAt !== undefined;
  }

  definition(): BudgetDefinition {
    const s = this.state;
    return { name: s.name, scope: { ...s.scope }, monthlyUsd: s.monthlyUsd, thresholdsPercent: [...s.thresholdsPercent], stopAtLimit: s.stopAtLimit, hard: s.hard };
  }

  /** Changes the definition (a partial change keeps the rest). Thresholds already crossed this month stay crossed. */
  update(change: Partial<BudgetDefinition>, ctx: ChangeContext): void {
    const d = checked({ ...this.definition(), ...change });
    Object.assign(this.state, d, { updatedAt: ctx.now.toISOString() });
    this.raise('budget.changed', payload(d), ctx);
  }

  remove(ctx: ChangeContext): void {
    if (this.deleted) return;
    this.state.deletedAt = ctx.now.toISOString();
    this.raise('budget.deleted', { name: this.state.name }, ctx);
  }

  /** What the job recorded of `month` (empty when nothing yet). */
  monthRecord(month: string): BudgetMonthRecord {
    const found = this.state.months.find((m) => m.month === month);
    return found ? { month, crossedPercent: [...found.crossedPercent], stoppedWorkerIds: [...found.stoppedWorkerIds] } : { month, crossedPercent: [], stoppedWorkerIds: [] };
  }

  /**
   * Records the month's spend: every threshold reached and not yet crossed this month raises
   * `budget.threshold-crossed`, once (kept on the budget, so it holds across runs and replicas).
   * Returns the thresholds crossed now.
   */
  recordSpend(month: string, spentUsd: number, ctx: ChangeContext): number[] {
    const record = this.monthEntry(month);
    const crossed = newlyCrossed(this.state.thresholdsPercent, spentPercent(spentUsd, this.state.monthlyUsd), record.crossedPercent);
    if (crossed.length === 0) return [];
    record.crossedPercent = [...record.crossedPercent, ...crossed].sort((a, b) => a - b);
    const scope = payload(this.state);
    for (const thresholdPercent of crossed) {
      this.raise(
        'budget.threshold-crossed',
        { budgetId: this.id, name: this.state.name, month, thresholdPercent, spentUsd, monthlyUsd: this.state.monthlyUsd, scope: scope.scope, ...(scope.owner !== undefined ? { owner: scope.owner } : {}), ...(scope.tagKey !== undefined ? { tagKey: scope.tagKey, tagValue: scope.tagValue } : {}) },
        ctx,
      );
    }
    this.touch();
    return crossed;
  }

  /** Records the stop of a worker at the limit (or its failure): `budget.limit-enforced`; a stopped worker counts in the month's stopped workers. */
  recordStop(month: string, worker: { id: string; name: string }, outcome: BudgetStopOutcome, reason: string, keptStoppedUntil: Date | undefined, ctx: ChangeContext): void {
    const record = this.monthEntry(month);
    if (outcome === 'stopped' && !record.stoppedWorkerIds.includes(worker.id)) record.stoppedWorkerIds = [...record.stoppedWorkerIds, worker.id];
    this.raise(
      'budget.limit-enforced',
      { budgetId: this.id, name: this.state.name, month, workerId: worker.id, workerName: worker.name, outcome, reason, ...(keptStoppedUntil ? { keptStoppedUntil: keptStoppedUntil.toISOString() } : {}) },
      ctx,
    );
    this.touch();
  }

  private monthEntry(month: string): BudgetMonthRecord {
    let record = this.state.months.find((m) => m.month === month);
    if (!record) {
      record = { month, crossedPercent: [], stoppedWorkerIds: [] };
      this.state.months = [...this.state.months, record].sort((a, b) => a.month.localeCompare(b.month)).slice(-MONTHS_KEPT);
    }
    return record;
  }
}
