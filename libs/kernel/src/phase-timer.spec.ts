import { busyTime, type Interval, PhaseTimer } from './phase-timer.js';

describe('busyTime', () => {
  it.each<[string, Interval[], number]>([
    ['nothing', [], 0],
    ['one interval', [[10, 15]], 5],
    ['an empty interval', [[10, 10]], 0],
    ['two apart', [[0, 5], [10, 12]], 7],
    ['two overlapping', [[0, 5], [3, 8]], 8],
    ['one inside another', [[0, 10], [2, 4]], 10],
    ['touching', [[0, 5], [5, 9]], 9],
    ['out of order', [[10, 12], [0, 5], [4, 6]], 8],
    ['ten at once', Array.from({ length: 10 }, (): Interval => [100, 105]), 5],
  ])('%s: %i ms', (_case, intervals, ms) => {
    expect(busyTime(intervals)).toBe(ms);
  });
});

describe('PhaseTimer', () => {
  it('counts each phase’s busy time, concurrent work once, failed work too', async () => {
    let t = 0;
    const timer = new PhaseTimer<'a' | 'b' | 'c'>(() => t);
    const step = (ms: number) => async () => {
      t += ms;
    };
    await timer.time('a', step(5));
    await Promise.all([timer.time('b', step(3)), timer.time('b', async () => undefined)]);
    await expect(
      timer.time('a', async () => {
        t += 2;
        throw new Error('failed');
      }),
    ).rejects.toThrow('failed');
    expect(timer.busyMs(['a', 'b', 'c'] as const)).toEqual({ a: 7, b: 3, c: 0 });
  });

  it('hands back what the work returned', async () => {
    await expect(new PhaseTimer<'x'>().time('x', async () => 42)).resolves.toBe(42);
  });
});
