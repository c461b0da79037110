import type { QueryClient } from '@tanstack/react-query';
import { problemOf } from '../../../lib/api-client';
import { workerKeys } from '../../../lib/query-keys';

export const OPERATION_IN_PROGRESS = 'WORKER.OPERATION_IN_PROGRESS';

/** The operation that made the server refuse a start, stop or terminate (409 WORKER.OPERATION_IN_PROGRESS), if that was the refusal. */
export function operationInProgress(err: unknown): { operationId?: string; operationKind?: string } | undefined {
  const problem = problemOf(err);
  if (problem?.code !== OPERATION_IN_PROGRESS) return undefined;
  const details = (problem.details ?? {}) as Record<string, unknown>;
  const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
  return { operationId: text(details.operationId), operationKind: text(details.operationKind) };
}

/**
 * After a refusal because another operation runs on the worker, re-reads the worker: its
 * `powerOperation` then names that operation and its page shows the steps.
 */
export function refreshOnOperationConflict(client: QueryClient, err: unknown, workerId: string): void {
  if (operationInProgress(err)) void client.invalidateQueries({ queryKey: workerKeys.detail(workerId) });
}
