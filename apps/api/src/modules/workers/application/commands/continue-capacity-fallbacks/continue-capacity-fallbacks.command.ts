/** Makes the next try of every start or launch whose capacity fallback is due (the `capacity-fallback` job). */
export class ContinueCapacityFallbacksCommand {}

export interface CapacityFallbackSummary {
  /** Workers whose next try was due. */
  due: number;
  /** Of those, started or launched at last. */
  succeeded: number;
  /** Waiting for a later try. */
  waiting: number;
  /** Gave up (or ended because the worker moved on). */
  ended: number;
  errors: string[];
}
