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

/**
 * The values of `pending` in the order they settle, handed out in batches: each batch holds
 * whatever has settled since the last one (at most `maxBatch`), and the next is awaited only when
 * nothing is ready. The caller works on one batch while the rest keep settling, so memory holds a
 * batch, not the whole list. A rejection ends the iteration with that error.
 */
export async function* inCompletionOrder<T>(pending: readonly Promise<T>[], maxBatch: number): AsyncGenerator<T[]> {
  if (!Number.isInteger(maxBatch) || maxBatch < 1) throw new RangeError(`maxBatch must be a positive integer, got ${maxBatch}`);
  const settled: T[] = [];
  let failure: { error: unknown } | undefined;
  let wake: (() => void) | undefined;
  for (const p of pending) {
    p.then(
      (value) => {
        settled.push(value);
        wake?.();
      },
      (error: unknown) => {
        failure ??= { error };
        wake?.();
      },
    );
  }
  for (let left = pending.length; left > 0; ) {
    if (settled.length === 0 && !failure) await new Promise<void>((resolve) => (wake = resolve));
    if (failure) throw failure.error;
    const batch = settled.splice(0, maxBatch);
    left -= batch.length;
    yield batch;
  }
}
