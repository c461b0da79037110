export interface BackoffOptions {
  /** Delay ceiling of the first retry. */
  baseMs: number;
  /** Largest delay ceiling. */
  maxMs: number;
}

/**
 * Delay before retry number `attempt` (1-based): the ceiling doubles each time up to `maxMs`, and the
 * delay is drawn from its upper half ("equal jitter") so retries of many callers spread out but never
 * come back immediately.
 */
export function backoffDelayMs(attempt: number, options: BackoffOptions, random: () => number = Math.random): number {
  const ceiling = Math.min(options.maxMs, options.baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
