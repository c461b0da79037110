import type { Operation, OperationStep } from '../api/types';

/** How the controller-wait step of a terminate starts its detail (the server's wording, docs/stop-and-start.md). */
export const WAITING_FOR_CONTROLLER = 'Waiting for the controller';

/** The step an operation is in: the running one, else (while it runs) the next pending one. */
export function currentStep(op: Pick<Operation, 'status' | 'steps'>): OperationStep | undefined {
  const steps = op.steps ?? [];
  return steps.find((s) => s.status === 'running') ?? (op.status === 'running' ? steps.find((s) => s.status === 'pending') : undefined);
}

/** "Step k of n": the position of the current step; n of n once none is left. */
export function stepPosition(op: Pick<Operation, 'status' | 'steps'>): { step: number; of: number } {
  const steps = op.steps ?? [];
  const current = currentStep(op);
  return { step: current ? steps.indexOf(current) + 1 : steps.length, of: steps.length };
}

/** Share of the steps finished, in percent: the server's `percent`, or counted the same way when it has none. */
export function percentDone(op: Pick<Operation, 'status' | 'steps' | 'percent'>): number {
  if (op.percent !== undefined) return Math.max(0, Math.min(100, op.percent));
  if (op.status !== 'running') return 100;
  const steps = op.steps ?? [];
  if (!steps.length) return 0;
  return Math.round((steps.filter((s) => s.status !== 'pending' && s.status !== 'running').length / steps.length) * 100);
}

/**
 * Whether a terminate is waiting for an unreachable controller, which an admin may tell it to stop
 * doing: it runs, was not forced yet, and its running step says it waits.
 */
export function waitsForController(op: Pick<Operation, 'kind' | 'status' | 'steps' | 'force'>): boolean {
  return op.kind === 'worker-terminate' && op.status === 'running' && !op.force && (op.steps ?? []).some((s) => s.status === 'running' && (s.detail ?? '').startsWith(WAITING_FOR_CONTROLLER));
}

/** How long a step took, or has been running until `now`, in ms; undefined before it started. */
export function stepMilliseconds(step: Pick<OperationStep, 'startedAt' | 'finishedAt' | 'status'>, now: number): number | undefined {
  if (!step.startedAt) return undefined;
  const start = Date.parse(step.startedAt);
  const end = step.finishedAt ? Date.parse(step.finishedAt) : step.status === 'running' ? now : undefined;
  if (end === undefined || Number.isNaN(start) || Number.isNaN(end)) return undefined;
  return Math.max(0, end - start);
}
