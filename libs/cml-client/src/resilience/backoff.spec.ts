import { backoffDelayMs } from './backoff.js';

describe('backoffDelayMs', () => {
  const options = { baseMs: 100, maxMs: 1000 };

  it.each([
    [1, 0, 50],
    [1, 1, 100],
    [2, 0, 100],
    [2, 1, 200],
    [3, 0.5, 300],
    [4, 1, 800],
    [5, 1, 1000],
    [10, 0, 500],
  ])('attempt %i with random %d waits %i ms', (attempt, random, expected) => {
    expect(backoffDelayMs(attempt, options, () => random)).toBe(expected);
  });

  it('grows exponentially on average and never exceeds the maximum', () => {
    const samples = (attempt: number) => Array.from({ length: 200 }, () => backoffDelayMs(attempt, options));
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(mean(samples(2))).toBeGreaterThan(mean(samples(1)));
    expect(Math.max(...samples(8))).toBeLessThanOrEqual(1000);
    expect(Math.min(...samples(8))).toBeGreaterThanOrEqual(500);
  });
});
