import { CML_ERROR, type CmlErrorCode, isCmlError } from '#cml-client';
import { DomainError } from '#kernel';
import { isUnreachable } from '../../../../platform/cml/controller-reachability.js';
import { LabErrors } from '../../domain/lab.errors.js';

/** Failures that mean the controller cannot be used right now (as opposed to refusing something): unreachable, or booting. */
const unusable = (code: string) => isUnreachable(code) || code === CML_ERROR.BOOTING;

export interface CallContext {
  worker: { id: string; name: string };
  operation: 'labs' | 'lab' | 'labState' | 'start' | 'stop' | 'wipe' | 'delete' | 'download' | 'import' | 'nodeDefinitions' | 'imageDefinitions' | 'computeHosts';
  labId?: string;
}

const VERB: Record<CallContext['operation'], string> = {
  labs: 'list the labs',
  lab: 'read lab',
  labState: 'read the state of lab',
  start: 'start lab',
  stop: 'stop lab',
  wipe: 'wipe lab',
  delete: 'delete lab',
  download: 'download lab',
  import: 'import the topology',
  nodeDefinitions: 'list the node definitions',
  imageDefinitions: 'list the image definitions',
  computeHosts: 'list the compute hosts',
};

function what(ctx: CallContext): string {
  return ctx.labId ? `${VERB[ctx.operation]} ${ctx.labId}` : VERB[ctx.operation];
}

/**
 * Turns a CML client failure into what the labs API answers: the controller being unusable is a
 * 409 (the caller can retry later), an unknown lab a 404, a refusal a 409 (an import refusal a 422:
 * it is about the file). Anything else (bad credentials, a broken answer, a 5xx) keeps its CML code.
 */
export function toLabError(error: unknown, ctx: CallContext): unknown {
  if (!(error instanceof DomainError)) return error;
  if (unusable(error.code)) {
    const retryInMs = error.details?.retryInMs;
    return LabErrors.controllerUnavailable(ctx.worker, what(ctx), { code: error.code, message: error.message, retryInMs: typeof retryInMs === 'number' ? retryInMs : undefined });
  }
  if (!isCmlError(error)) return error;
  const description = typeof error.details?.description === 'string' ? error.details.description : error.message;
  switch (error.code as CmlErrorCode) {
    case CML_ERROR.NOT_FOUND:
      return ctx.labId ? LabErrors.notFound({ labId: ctx.labId, workerName: ctx.worker.name, workerId: ctx.worker.id }) : error;
    case CML_ERROR.REFUSED:
      if (ctx.operation === 'import') {
        return LabErrors.topologyRefused(ctx.worker, description);
      }
      return LabErrors.refusedByCml(ctx.worker, what(ctx), ctx.labId, description);
    default:
      return error;
  }
}
