import type { PowerTrigger } from '#kernel';

/** A worker as the budget-watch job needs it. */
export interface BudgetFleetWorker {
  id: string;
  name: string;
  status: string;
  owner?: string;
  tags: Readonly<Record<string, string>>;
  override?: { kind: 'keep-running' | 'keep-stopped'; until: string; by: string };
}

/** What the budgets do with workers: read them, ask whether a reservation holds one, stop one through the choreography, keep it stopped. */
export abstract class BudgetFleet {
  /** Every managed worker that is not terminated. */
  abstract workers(): Promise<BudgetFleetWorker[]>;
  /** The reservation (its purpose) that holds the worker now, warm-up included, as the desired-power decision says; undefined when none. */
  abstract reservationHolding(workerId: string): Promise<string | undefined>;
  /** Stops it through the choreographed stop people use (trigger on its status change); a failure is answered, not thrown. */
  abstract stop(workerId: string, trigger: PowerTrigger, reason: string): Promise<{ changed: boolean; message: string }>;
  /** Sets a keep-stopped override until `until`, by the budget's hold actor (scheduling's `budgetHoldBy`). */
  abstract keepStopped(workerId: string, until: Date, by: string): Promise<void>;
}
