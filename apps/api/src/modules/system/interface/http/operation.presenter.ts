import { type Presented, present } from '../../../../platform/http/presenter.js';
import type { Operation } from '../../application/operation.js';
import type { OperationResponse } from './operation-response.dto.js';

/** A long operation as GET /api/operations/{id} (and the routes that start one) answer it. */
export function toOperationResponse(op: Operation): Presented<OperationResponse> {
  return present<OperationResponse>({
    id: op.id,
    kind: op.kind,
    subject: { type: op.subject.type, id: op.subject.id },
    status: op.status,
    progress: op.progress,
    startedAt: op.startedAt,
    finishedAt: op.finishedAt,
    error: op.error,
    result: op.result ? { ...op.result } : undefined,
    requestedBy: { kind: op.requestedBy.kind, id: op.requestedBy.id, name: op.requestedBy.name },
    steps: op.steps?.map((s) => ({ name: s.name, title: s.title, status: s.status, detail: s.detail, startedAt: s.startedAt, finishedAt: s.finishedAt })),
    percent: op.steps?.length ? percentDone(op) : undefined,
    force: op.options?.force === true ? true : undefined,
  });
}

/** Finished steps (succeeded, failed or skipped) over all steps; 100 once the operation ended. */
function percentDone(op: Operation): number {
  if (op.status !== 'running') return 100;
  const steps = op.steps ?? [];
  const done = steps.filter((s) => s.status !== 'pending' && s.status !== 'running').length;
  return Math.round((done / steps.length) * 100);
}
