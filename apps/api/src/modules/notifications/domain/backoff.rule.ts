/** The longest wait between two attempts of one delivery. */
export const MAX_BACKOFF_SECONDS = 6 * 3600;

/**
 * Seconds to wait after the `attemptsMade`-th failed attempt before the next one: `baseSeconds`
 * after the first, doubling with each further one, capped at MAX_BACKOFF_SECONDS.
 */
export function backoffSeconds(attemptsMade: number, baseSeconds: number): number {
  const exponent = Math.max(0, attemptsMade - 1);
  return Math.min(MAX_BACKOFF_SECONDS, baseSeconds * 2 ** Math.min(exponent, 30));
}

export type AttemptOutcome = { status: 'sent' } | { status: 'pending'; nextAttemptAt: Date } | { status: 'failed' };

/** What becomes of a delivery after an attempt: sent, retried later, or given up after `maxAttempts`. */
export function afterAttempt(succeeded: boolean, attemptsMade: number, maxAttempts: number, baseSeconds: number, now: Date): AttemptOutcome {
  if (succeeded) return { status: 'sent' };
  if (attemptsMade >= maxAttempts) return { status: 'failed' };
  return { status: 'pending', nextAttemptAt: new Date(now.getTime() + backoffSeconds(attemptsMade, baseSeconds) * 1000) };
}
