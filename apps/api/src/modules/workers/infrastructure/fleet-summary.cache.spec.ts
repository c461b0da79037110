import { jest } from '@jest/globals';
import type { FleetSummary } from '../application/worker.view.js';
import { FleetSummaryCache } from './fleet-summary.cache.js';

const summary = (total: number) => ({ total }) as unknown as FleetSummary;

describe('FleetSummaryCache', () => {
  it('computes the totals of a region once for the calls of a moment', async () => {
    const cache = new FleetSummaryCache();
    const compute = jest.fn(async () => summary(3));
    await cache.get('us-east-1', compute);
    await cache.get('us-east-1', compute);
    expect(compute).toHaveBeenCalledTimes(1);
    await cache.get(undefined, compute);
    expect(compute).toHaveBeenCalledTimes(2);
  });

  it('forgets the totals on a worker write, so the next list sees the change', async () => {
    const cache = new FleetSummaryCache();
    await cache.get(undefined, async () => summary(1));
    cache.invalidate();
    expect(await cache.get(undefined, async () => summary(2))).toEqual(summary(2));
  });

  it('does not keep a failed computation', async () => {
    const cache = new FleetSummaryCache();
    await expect(cache.get(undefined, async () => Promise.reject(new Error('mongo down')))).rejects.toThrow('mongo down');
    expect(await cache.get(undefined, async () => summary(5))).toEqual(summary(5));
  });
});
