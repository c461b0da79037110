/** Evaluate every running worker for idleness: keep, warn, or stop (after a warning). */
export class EvaluateIdleWorkersCommand {}

export interface IdleEvaluationSummary {
  evaluated: number;
  kept: number;
  warned: number;
  stopped: number;
  skipped: number;
  /** Evaluations that changed a worker's decision, and so were written to the decision log. */
  recorded: number;
  errors: string[];
}
