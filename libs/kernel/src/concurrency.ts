/** Maps `items` with at most `limit` calls of `fn` running at once; results keep the input order. */
export async function mapWithConcurrency<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(Math.max(1, limit), items.length) }, worker));
  return results;
}

/** Runs a task once a slot is free; see `createLimiter`. */
export type Limiter = <T>(task: () => Promise<T>) => Promise<T>;

/**
 * A shared bound on how many tasks run at once, for work that arrives from several places (e.g. the
 * regions of one collection cycle sharing one controller concurrency). Tasks wait in arrival order.
 */
export function createLimiter(limit: number): Limiter {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`limit must be a positive integer, got ${limit}`);
  let active = 0;
  const waiting: (() => void)[] = [];
  // A finished task hands its slot straight to the next waiter (`active` stays as it is), so a
  // caller arriving before the waiter resumes cannot take the slot as well.
  const acquire = (): Promise<void> | undefined => {
    if (active < limit) {
      active++;
      return undefined;
    }
    return new Promise<void>((resolve) => waiting.push(resolve));
  };
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else active--;
  };
  return async <T>(task: () => Promise<T>): Promise<T> => {
    const wait = acquire();
    if (wait) await wait;
    try {
      return await task();
    } finally {
      release();
    }
  };
}
