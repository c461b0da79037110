/** One run of the `budget-watch` job: every budget against the current month's spend. */
export class WatchBudgetsCommand {}

/** What one run did, per budget (the job's summary). */
export interface BudgetWatchSummary {
  month: string;
  budgets: number;
  /** Thresholds crossed in this run: "CCNA team: 80 %". */
  crossed: string[];
  /** Workers stopped at a limit: "lab-east-1 (CCNA team)". */
  stopped: string[];
  /** Workers a budget at its limit left running, and why. */
  held: { worker: string; budget: string; reason: string }[];
  failed: { worker: string; budget: string; error: string }[];
  /** Holds set again so they reach the month's end. */
  renewed: string[];
}
