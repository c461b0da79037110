import { describe, expect, it } from 'vitest';
import { axisTop, OTHER_KEY, stackSeries } from './spend-series';

const group = (key: string, totalUsd: number) => ({ key, totalUsd, computeUsd: totalUsd, storageUsd: 0, savedUsd: 0, projectedUsd: null, workers: 1 });

describe('the stacked spend series', () => {
  it('keeps each group its own series when they are few', () => {
    const { series, days } = stackSeries([{ day: '2026-12-01', totalUsd: 30, byGroup: { alice: 10, bob: 20 } }], [group('bob', 20), group('alice', 10)]);
    expect(series.map((s) => s.key)).toEqual(['bob', 'alice']);
    expect(days[0].amounts).toEqual([20, 10]);
  });

  it('sums the groups past the limit as "Other"', () => {
    const groups = [group('a', 50), group('b', 40), group('c', 30), group('d', 20)];
    const { series, days } = stackSeries([{ day: '2026-12-01', totalUsd: 140, byGroup: { a: 50, b: 40, c: 30, d: 20 } }], groups, 3);
    expect(series.map((s) => s.label)).toEqual(['a', 'b', 'Other (2 groups)']);
    expect(series[2].key).toBe(OTHER_KEY);
    expect(days[0].amounts).toEqual([50, 40, 50]);
  });

  it.each([
    [0, 1],
    [7, 10],
    [12, 20],
    [38, 40],
    [420, 500],
    [1000, 1000],
  ])('puts the axis top for a maximum of %d at %d', (max, top) => {
    expect(axisTop(max)).toBe(top);
  });
});
