import { type DemoPowerPattern, type DemoPowerPlan, type DemoStatusChange, powerHistory, type PowerStatus } from './demo-power-history.js';

const DAY = 24 * 3_600_000;
const PATTERNS: DemoPowerPattern[] = ['classroom', 'forgetful', 'long-runner', 'occasional'];
/** Ends at different moments of the week: inside the class window, before it, a Saturday evening, just after the schedule's start. */
const ENDS = ['2026-12-03T11:25:00Z', '2026-12-07T06:10:00Z', '2026-12-05T20:00:00Z', '2026-12-07T08:03:00Z', '2027-01-01T00:00:00Z'];
const STATUSES: [PowerStatus, PowerStatus][] = [
  ['running', 'running'],
  ['stopped', 'running'],
  ['running', 'stopped'],
  ['stopped', 'stopped'],
];

const plan = (pattern: DemoPowerPattern, until: string, startStatus: PowerStatus = 'running', endStatus: PowerStatus = 'running', seed = 'w-1'): DemoPowerPlan => ({
  seed,
  pattern,
  owner: 'alice',
  scheduleName: 'East classroom hours',
  until: new Date(until),
  startStatus,
  endStatus,
});

/** Running stretches (EC2 `running` until the next change), as the metering reads them. */
function runs(changes: DemoStatusChange[], startStatus: string, from: Date, until: Date): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let since = startStatus === 'running' ? from.getTime() : undefined;
  for (const c of changes) {
    if (c.to === 'running') since = c.at.getTime();
    else if (since !== undefined) {
      out.push({ start: since, end: c.at.getTime() });
      since = undefined;
    }
  }
  if (since !== undefined) out.push({ start: since, end: until.getTime() });
  return out;
}

describe('powerHistory', () => {
  it('is deterministic: the same worker gets the same month on every run, another worker another', () => {
    const a = powerHistory(plan('forgetful', ENDS[0]));
    expect(powerHistory(plan('forgetful', ENDS[0]))).toEqual(a);
    expect(powerHistory(plan('forgetful', ENDS[0], 'running', 'running', 'w-2')).changes).not.toEqual(a.changes);
  });

  describe.each(PATTERNS)('%s', (pattern) => {
    it.each(ENDS.flatMap((until) => STATUSES.map(([s, e]) => [until, s, e] as const)))('ending %s, from %s to %s: one consistent chain inside the window', (until, startStatus, endStatus) => {
      const { createdAt, changes } = powerHistory(plan(pattern, until, startStatus, endStatus));
      const end = new Date(until).getTime();
      expect(changes.length).toBeGreaterThan(0);
      // A full 30-day window, and nothing in the quarter hour before the product's own events.
      expect(createdAt.getTime()).toBeLessThanOrEqual(end - 30 * DAY);
      expect(changes[0].from).toBe(startStatus);
      expect(changes.at(-1)!.to).toBe(endStatus);
      let previous = createdAt.getTime();
      changes.forEach((c, i) => {
        if (i > 0) expect(c.from).toBe(changes[i - 1].to);
        expect(c.from).not.toBe(c.to);
        expect(c.at.getTime()).toBeGreaterThan(previous);
        previous = c.at.getTime();
        expect(c.at.getTime()).toBeLessThan(end - 15 * 60_000);
        expect(c.reason.length).toBeGreaterThan(10);
        // The product's own status steps: a start goes through pending, a stop through stopping, EC2 reports the end of each.
        expect([`${c.from}>${c.to}`]).toEqual([expect.stringMatching(/^(stopped>pending|pending>running|running>stopping|stopping>stopped)$/)]);
        expect(c.trigger === 'ec2').toBe(c.to === 'running' || c.to === 'stopped');
        expect(c.actor.kind).toBe(c.trigger === 'user' ? 'user' : 'system');
      });
    });
  });

  it.each(PATTERNS)('%s: keeps what it promises for any worker id (the demo’s are random)', (pattern) => {
    for (let i = 0; i < 40; i++) {
      const h = powerHistory(plan(pattern, ENDS[i % ENDS.length], 'running', 'running', `0190${i}-seed`));
      h.changes.forEach((c, k) => k > 0 && expect(c.from).toBe(h.changes[k - 1].to));
      const stopsBy = (trigger: string) => h.changes.filter((c) => c.to === 'stopping' && c.trigger === trigger).length;
      if (pattern === 'classroom') expect(h.changes.filter((c) => c.to === 'pending' && c.trigger === 'schedule').length).toBeGreaterThanOrEqual(15);
      if (pattern === 'forgetful') expect(stopsBy('idle-detection')).toBeGreaterThanOrEqual(2);
      if (pattern === 'long-runner') expect(stopsBy('runtime-limit')).toBeGreaterThanOrEqual(1);
      if (pattern === 'occasional') expect(runs(h.changes, 'running', h.createdAt, new Date(ENDS[i % ENDS.length])).some((r) => r.end - r.start < 60_000)).toBe(true);
    }
  });

  const month = (pattern: DemoPowerPattern) => powerHistory(plan(pattern, ENDS[0]));
  const starts = (changes: DemoStatusChange[], trigger: string) => changes.filter((c) => c.to === 'pending' && c.trigger === trigger);
  const stops = (changes: DemoStatusChange[], trigger: string) => changes.filter((c) => c.to === 'stopping' && c.trigger === trigger);

  it('classroom: the schedule starts it at 08:00 UTC and stops it at 18:00 on weekdays, never on weekends', () => {
    const { changes } = month('classroom');
    const scheduled = [...starts(changes, 'schedule'), ...stops(changes, 'schedule')];
    expect(starts(changes, 'schedule').length).toBeGreaterThanOrEqual(20);
    for (const c of scheduled) {
      expect([1, 2, 3, 4, 5]).toContain(c.at.getUTCDay());
      expect(c.at.getUTCHours()).toBe(c.to === 'pending' ? 8 : 18);
      expect(c.actor.name).toBe('power-reconciler');
    }
    expect(starts(changes, 'schedule')[0].reason).toMatch(/^Schedule "East classroom hours" has it running until \w{3} \d+ \w{3} 18:00 UTC\.$/);
    expect(stops(changes, 'schedule')[0].reason).toBe('Schedule "East classroom hours" has it stopped outside its windows.');
    // Thursday 11:25: the schedule started it this morning and it still runs.
    expect(changes.at(-1)).toMatchObject({ to: 'running', trigger: 'ec2' });
    expect(changes.at(-2)).toMatchObject({ to: 'pending', trigger: 'schedule' });
  });

  it('forgetful: its owner starts and stops it, and idle detection stops it after at least two forgotten evenings', () => {
    const { changes } = month('forgetful');
    const idle = stops(changes, 'idle-detection');
    expect(idle.length).toBeGreaterThanOrEqual(2);
    expect(stops(changes, 'user').length).toBeGreaterThan(idle.length);
    for (const c of idle) {
      expect(c.at.getUTCHours()).toBeGreaterThanOrEqual(18);
      expect(c.reason).toMatch(/^Stopped after 1 h 1\d min without activity \(timeout 1 h, last activity at 17:\d\d UTC: CML user activity\); warned at 1[89]:\d\d UTC\.$/);
    }
  });

  it('long-runner: kept running over weekends until the 72 h runtime limit stops it', () => {
    const { changes } = month('long-runner');
    const limited = stops(changes, 'runtime-limit');
    expect(limited.length).toBeGreaterThanOrEqual(1);
    for (const stop of limited) {
      const i = changes.indexOf(stop);
      expect(changes[i - 1].to).toBe('running');
      expect(stop.at.getTime() - changes[i - 1].at.getTime()).toBeGreaterThanOrEqual(72 * 3_600_000);
      expect(stop.reason).toMatch(/^It has run since \d+ \w{3} \d\d:\d\d UTC, longer than the 3 d runtime limit, outside any schedule window or reservation\.$/);
    }
  });

  it('occasional: a few runs by hand, one of them started and stopped within a minute', () => {
    const h = powerHistory(plan('occasional', ENDS[0]));
    const ran = runs(h.changes, 'running', h.createdAt, new Date(ENDS[0]));
    expect(ran.some((r) => r.end - r.start < 60_000)).toBe(true);
    expect(h.changes.every((c) => c.trigger === 'user' || c.trigger === 'ec2')).toBe(true);
    expect(starts(h.changes, 'user').length).toBeGreaterThanOrEqual(3);
  });

  it('words a person’s start and stop as the product does, by the owner', () => {
    const { changes } = month('occasional');
    expect(starts(changes, 'user')[0]).toMatchObject({ reason: 'start requested by alice', actor: { kind: 'user', name: 'alice' } });
    expect(stops(changes, 'user')[0]).toMatchObject({ reason: 'stop requested by alice' });
  });

  it('ends running with a start by its owner in the hour before when the pattern left it stopped', () => {
    const { changes } = powerHistory(plan('occasional', ENDS[0]));
    const last = starts(changes, 'user').at(-1)!;
    expect(new Date(ENDS[0]).getTime() - last.at.getTime()).toBeLessThanOrEqual(75 * 60_000);
    expect(changes.at(-1)).toMatchObject({ to: 'running' });
  });
});
