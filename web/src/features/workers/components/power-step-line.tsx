import { OPERATION_LIST_POLL_MS } from '../../../config/console';
import { useOperation } from '../api/get-operation';
import type { PowerOperationRef } from '../api/types';
import { currentStep } from '../lib/power-operation';

/**
 * Under a worker's status in the workers table, while its stop or terminate runs: the step it is in
 * ("Stop the running labs…"), re-read now and then; the worker's page has all the steps.
 */
export function PowerStepLine({ workerId, operation, pollMs = OPERATION_LIST_POLL_MS }: { workerId: string; operation: PowerOperationRef; pollMs?: number }) {
  const { data } = useOperation(workerId, operation.id, { running: operation.status === 'running', pollMs });
  const step = data?.status === 'running' ? currentStep(data) : undefined;
  if (operation.status !== 'running' || !step) return null;
  return (
    <span className="d-block small text-body-secondary text-truncate mt-1" style={{ maxWidth: 200 }} title={step.detail ?? step.title} data-testid="worker-power-step">
      {step.title}…
    </span>
  );
}
