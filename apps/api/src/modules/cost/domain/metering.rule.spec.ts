import { meterRuns, meterVolumes, projectToMonthEnd, type PriceStep } from './metering.rule.js';
import { savingOf, savingsByRule } from './savings.rule.js';

const d = (iso: string) => new Date(iso);
const NOW = d('2026-12-20T00:00:00Z');
const flat = (usdPerHour: number): PriceStep[] => [{ from: d('2020-01-01T00:00:00Z'), usdPerHour }];
const run = (start: string, end?: string, instanceType = 'm5zn.metal') => ({ start: d(start), end: end ? d(end) : undefined, region: 'us-east-1', instanceType });
const round = (n: number) => Math.round(n * 10_000) / 10_000;

describe('metering compute', () => {
  it.each([
    ['one hour at $3.60/h', [run('2026-12-01T10:00:00Z', '2026-12-01T11:00:00Z')], flat(3.6), [['2026-12', 3600, 3600, 3.6]]],
    ['a start and stop within a minute is billed a minute', [run('2026-12-01T10:00:00Z', '2026-12-01T10:00:20Z')], flat(3.6), [['2026-12', 20, 60, 0.06]]],
    ['per second above the minute', [run('2026-12-01T10:00:00Z', '2026-12-01T10:01:30Z')], flat(3.6), [['2026-12', 90, 90, 0.09]]],
    [
      'a run over a month boundary is split between the months',
      [run('2026-11-30T23:00:00Z', '2026-12-01T01:00:00Z')],
      flat(3.6),
      [
        ['2026-11', 3600, 3600, 3.6],
        ['2026-12', 3600, 3600, 3.6],
      ],
    ],
    ['a run still going counts up to now', [run('2026-12-19T23:00:00Z')], flat(3.6), [['2026-12', 3600, 3600, 3.6]]],
    [
      'a price change during a run applies from the change on',
      [run('2026-12-01T10:00:00Z', '2026-12-01T12:00:00Z')],
      [
        { from: d('2020-01-01T00:00:00Z'), usdPerHour: 3.6 },
        { from: d('2026-12-01T11:00:00Z'), usdPerHour: 1.8 },
      ],
      [['2026-12', 7200, 7200, 5.4]],
    ],
    [
      'runs of a worker imported while running start at the import',
      [run('2026-12-05T08:00:00Z', '2026-12-05T08:30:00Z'), run('2026-12-06T08:00:00Z', '2026-12-06T08:30:00Z')],
      flat(2),
      [['2026-12', 3600, 3600, 2]],
    ],
  ] as const)('%s', (_name, runs, prices, expected) => {
    const months = meterRuns(runs, () => prices, NOW);
    expect(months.map((m) => [m.month, m.runningSeconds, m.billedSeconds, round(m.usd)])).toEqual(expected);
  });

  it('counts the seconds of an unknown price apart and never as free', () => {
    const [month] = meterRuns([run('2026-12-01T10:00:00Z', '2026-12-01T11:00:00Z', 'x9.metal')], () => [], NOW);
    expect(month).toMatchObject({ usd: 0, unpricedSeconds: 3600 });
  });

  it('ends the runs of a terminated worker at its termination, and leaves no open run', () => {
    const months = meterRuns([run('2026-12-01T10:00:00Z', '2026-12-01T10:10:00Z')], () => flat(6), NOW);
    expect(months).toEqual([{ month: '2026-12', runningSeconds: 600, billedSeconds: 600, usd: 1, unpricedSeconds: 0 }]);
  });
});

describe('metering storage', () => {
  it('bills a volume for the time it exists, running or not, split by month', () => {
    const months = meterVolumes([{ start: d('2026-11-16T00:00:00Z'), end: d('2026-12-16T12:00:00Z'), sizeGiB: 100, volumeType: 'gp3', region: 'us-east-1' }], () => 0.08, NOW);
    expect(months.map((m) => [m.month, round(m.gibMonths), round(m.usd)])).toEqual([
      ['2026-11', 50, 4],
      ['2026-12', round((100 * 15.5) / 31), round((((100 * 15.5) / 31) * 0.08))],
    ]);
  });
});

describe('projection to the month end', () => {
  it('extends what was spent at the pace so far', () => {
    expect(projectToMonthEnd(100, '2026-12', d('2026-12-11T00:00:00Z'))).toBeCloseTo(310, 5);
    expect(projectToMonthEnd(100, '2026-12', d('2026-12-01T00:30:00Z'))).toBeUndefined();
  });
});

describe('savings', () => {
  it.each([
    ['an idle stop saves until the next start', { at: d('2026-12-01T18:00:00Z'), trigger: 'idle-detection', nextStartAt: d('2026-12-02T06:00:00Z'), usdPerHour: 4 }, 12, 48],
    ['at most the cap', { at: d('2026-12-01T18:00:00Z'), trigger: 'schedule', nextStartAt: d('2026-12-05T06:00:00Z'), usdPerHour: 4 }, 24, 96],
    ['up to now while it stays stopped', { at: d('2026-12-19T22:00:00Z'), trigger: 'runtime-limit', usdPerHour: 4 }, 2, 8],
  ] as const)('%s', (_name, stop, hours, usd) => {
    expect(savingOf(stop, NOW, 24)).toMatchObject({ hours, usd });
  });

  it('saves nothing for a stop a person made', () => {
    expect(savingOf({ at: d('2026-12-01T18:00:00Z'), trigger: 'user', usdPerHour: 4 }, NOW, 24)).toBeUndefined();
  });

  it('adds up by rule', () => {
    const byRule = savingsByRule([savingOf({ at: d('2026-12-01T18:00:00Z'), trigger: 'idle-detection', nextStartAt: d('2026-12-01T20:00:00Z'), usdPerHour: 4 }, NOW, 24), savingOf({ at: d('2026-12-02T18:00:00Z'), trigger: 'idle-detection', nextStartAt: d('2026-12-02T19:00:00Z'), usdPerHour: 4 }, NOW, 24)]);
    expect(byRule['idle-detection']).toMatchObject({ hours: 3, usd: 12 });
    expect(byRule.schedule.usd).toBe(0);
  });
});
