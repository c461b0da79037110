import { ConcurrencyError } from './kernel.errors.js';

/**
 * Runs a load-decide-save unit again when it lost an optimistic-concurrency race, so two commands
 * on one aggregate both land. After `attempts` tries the ConcurrencyError reaches the caller (409).
 */
export async function retryOnConflict<T>(unit: () => Promise<T>, attempts = 4): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await unit();
    } catch (err) {
      if (!(err instanceof ConcurrencyError) || attempt >= attempts) throw err;
      await new Promise((r) => setTimeout(r, Math.random() * 20 * attempt));
    }
  }
}
