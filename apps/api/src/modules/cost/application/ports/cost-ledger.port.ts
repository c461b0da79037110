import type { MonthFigures, OpenUsage } from '../../domain/cost-ledger.rule.js';

/** A worker's run or stop still going, and when the ledger last metered the worker. */
export interface MeteredWorker {
  open: OpenUsage;
  meteredAt: string;
}

/**
 * The cost ledger: per worker and month the figures of finished runs and stops (they never change
 * again), and per worker the run or stop still going. Written only by the `cost-meter` job.
 */
export abstract class CostLedger {
  /** Up to when (recordedAt, ISO) the event log has been read; undefined before the first run. */
  abstract checkpoint(): Promise<string | undefined>;
  abstract saveCheckpoint(recordedAt: string): Promise<void>;
  /** Replaces everything known of the worker: its months (others removed) and what is still going. */
  abstract replaceWorker(workerId: string, months: readonly MonthFigures[], open: OpenUsage, meteredAt: Date): Promise<void>;
  /** Every worker's finished figures in a month. */
  abstract month(month: string): Promise<Map<string, MonthFigures>>;
  /** Per metered worker, what is still going and when it was metered (workers never metered are absent). */
  abstract open(workerIds?: readonly string[]): Promise<Map<string, MeteredWorker>>;
}
