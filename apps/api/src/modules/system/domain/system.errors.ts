import { errorCatalogue } from '#kernel';

/** Codes of the system module: long operations and readiness. */
export const SystemErrors = errorCatalogue({
  operationNotFound: {
    code: 'OPERATION.NOT_FOUND',
    kind: 'not-found',
    meaning: 'No long operation has that id.',
    build: (id: string) => `Operation ${id} does not exist.`,
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
