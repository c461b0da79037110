import { errorCatalogue } from '#kernel';

/** Codes of the system module: long operations and readiness. */
export const SystemErrors = errorCatalogue({
  operationNotFound: {
    code: 'OPERATION.NOT_FOUND',
    kind: 'not-found',
    meaning: 'No long operation has that id.',
    build: (id: string) => `Operation ${id} does not exist.`,
  },
  operationQueryInvalid: {
    code: 'OPERATION.QUERY_INVALID',
    kind: 'invalid',
    meaning: 'The operations list needs the id of what they act on (`subjectId`) and a `limit` from 1 to 50.',
    build: (problem: string) => `Cannot list operations: ${problem}.`,
  },
  draining: {
    code: 'HEALTH.DRAINING',
    kind: 'unavailable',
    meaning: 'The instance got SIGTERM and finishes the requests it has before it stops (SHUTDOWN_DRAIN_MS); another instance answers.',
    build: (since?: Date) => ({
      message: 'Shutting down: this instance finishes the requests it has and takes no new ones; retry, and another instance answers.',
      details: { drainingSince: since?.toISOString() },
    }),
  },
  notReady: {
    code: 'HEALTH.NOT_READY',
    kind: 'unavailable',
    meaning: 'A dependency the instance needs is down (`details.components` says which).',
    build: (down: string[], components: unknown) => ({ message: `Not ready: ${down.join(', ')} unreachable.`, details: { components } }),
  },
});
