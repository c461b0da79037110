import { DomainError } from './domain-error.js';
import { errorCatalogue } from './error-catalogue.js';

/** Codes of the shared kernel: what every aggregate store can refuse. */
export const KernelErrors = errorCatalogue({
  concurrencyConflict: {
    code: 'CONCURRENCY.CONFLICT',
    kind: 'conflict',
    meaning: 'Someone else changed the same record at the same moment, and retrying did not get through; reload and try again.',
    build: (aggregateType: string, id: string) => ({
      message: `The ${aggregateType} ${id} was changed by someone else at the same time; reload and try again.`,
      details: { aggregateType, id },
    }),
  },
});

/**
 * CONCURRENCY.CONFLICT as a class, so that retries tell it apart by `instanceof`: thrown when a
 * write lost an optimistic-concurrency race after its retries.
 */
export class ConcurrencyError extends DomainError {
  constructor(aggregateType: string, id: string) {
    const built = KernelErrors.concurrencyConflict(aggregateType, id);
    super(built.code, built.kind, built.message, built.details);
  }
}
