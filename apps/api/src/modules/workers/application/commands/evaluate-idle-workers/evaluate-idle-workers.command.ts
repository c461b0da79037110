/** Evaluate every running worker for idleness: keep, warn, or stop (after a warning). */
export class EvaluateIdleWorkersCommand {}

export interface IdleEvaluationSummary {
  evaluated: number;
  kept: number;
  warned: number;
  stopped: number;
  skipped: number;
  errors: string[];
}
