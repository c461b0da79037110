/** Payloads of the budgets module's events (see event-map.ts, ADR 0043). */

/** What a budget covers: the whole fleet, one owner's workers, or the workers with one tag value. */
export type BudgetScopeKind = 'fleet' | 'owner' | 'tag';

/** What came of a budget's stop of one worker at its limit. */
export type BudgetStopOutcome = 'stopped' | 'failed';

/** A budget's definition as its events carry it. */
export interface BudgetDefinitionPayload {
  name: string;
  scope: BudgetScopeKind;
  /** The owner (scope `owner`). */
  owner?: string;
  /** The tag key and value (scope `tag`). */
  tagKey?: string;
  tagValue?: string;
  monthlyUsd: number;
  thresholdsPercent: number[];
  stopAtLimit: boolean;
  hard: boolean;
}

export interface BudgetEvents {
  'budget.created': BudgetDefinitionPayload;
  'budget.changed': BudgetDefinitionPayload;
  'budget.deleted': { name: string };
  /** Spend reached a threshold of the budget: once per budget, month and threshold. */
  'budget.threshold-crossed': {
    budgetId: string;
    name: string;
    /** `YYYY-MM` (UTC). */
    month: string;
    thresholdPercent: number;
    spentUsd: number;
    monthlyUsd: number;
    scope: BudgetScopeKind;
    owner?: string;
    tagKey?: string;
    tagValue?: string;
  };
  /** The budget stopped (or failed to stop) one running worker it covers at 100 %, keeping it stopped to the month's end. */
  'budget.limit-enforced': {
    budgetId: string;
    name: string;
    month: string;
    workerId: string;
    workerName: string;
    outcome: BudgetStopOutcome;
    reason: string;
    /** Until when a keep-stopped override holds it (the first of next month, UTC), when it was stopped. */
    keptStoppedUntil?: string;
  };
}
