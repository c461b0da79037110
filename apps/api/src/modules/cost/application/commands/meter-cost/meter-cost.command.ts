/** Brings the cost ledger up to date with the history recorded since its last run (the `cost-meter` job). */
export class MeterCostCommand {}

export interface MeterCostSummary {
  /** Workers metered again because their history changed. */
  workers: number;
  /** Months written. */
  months: number;
  /** Up to when the event log has been read (recordedAt). */
  checkpoint?: string;
  failures: string[];
}
