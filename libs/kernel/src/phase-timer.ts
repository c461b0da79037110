/** An interval of work, from and to in milliseconds. */
export type Interval = readonly [from: number, to: number];

/** How long the intervals cover together (overlaps count once), in milliseconds. */
export function busyTime(intervals: readonly Interval[]): number {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  let total = 0;
  let [from, to] = [0, -1];
  for (const [a, b] of sorted) {
    if (a > to) {
      total += Math.max(0, to - from);
      [from, to] = [a, b];
    } else to = Math.max(to, b);
  }
  return total + Math.max(0, to - from);
}

/**
 * Measures phases of work that overlap each other: how long each phase had work in progress (the
 * union of its intervals, so ten concurrent writes of 5 ms are 5 ms of writing, not 50). The sum
 * over phases can exceed the wall time when phases overlap.
 */
export class PhaseTimer<P extends string> {
  private readonly intervals = new Map<P, Interval[]>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Runs `work` as part of `phase`, counting its time whether it succeeds or fails. */
  async time<T>(phase: P, work: () => Promise<T>): Promise<T> {
    const from = this.now();
    try {
      return await work();
    } finally {
      const list = this.intervals.get(phase) ?? [];
      list.push([from, this.now()]);
      this.intervals.set(phase, list);
    }
  }

  /** Busy milliseconds of each phase, in the order given (0 for a phase that had no work). */
  busyMs<const Q extends readonly P[]>(phases: Q): Record<Q[number], number> {
    return Object.fromEntries(phases.map((p) => [p, busyTime(this.intervals.get(p) ?? [])])) as Record<Q[number], number>;
  }
}
