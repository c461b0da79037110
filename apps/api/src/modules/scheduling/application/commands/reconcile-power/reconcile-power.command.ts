/** Compares every managed worker with its desired power state and starts or stops it where they differ. */
export class ReconcilePowerCommand {}

export interface ReconcileSummary {
  workers: number;
  started: string[];
  stopped: string[];
  /** Workers warned of a stop for a schedule end, runtime limit or reservation end. */
  warned: string[];
  /** Workers whose override had expired and was cleared. */
  expired: string[];
  /** Workers that differ from their desired state but were left alone, with why. */
  held: { worker: string; reason: string }[];
  failed: { worker: string; error: string }[];
}
