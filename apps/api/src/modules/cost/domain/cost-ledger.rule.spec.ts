import { meterUsage, monthOfUsage, splitUsage } from './cost-ledger.rule.js';
import type { PriceHistory } from './metering.rule.js';
import { usageOf, type UsageEvent } from './usage-history.rule.js';

const d = (iso: string) => new Date(iso);
const flat =
  (usdPerHour: number): PriceHistory =>
  () => [{ from: d('2020-01-01T00:00:00Z'), usdPerHour }];
const known = (at: string, status = 'stopped', instanceType = 'm5zn.metal'): UsageEvent => ({ at: d(at), kind: 'known', region: 'us-east-1', instanceType, status });
const to = (at: string, from: string, next: string, trigger = 'user'): UsageEvent => ({ at: d(at), kind: 'status', from, to: next, trigger });
const start = (at: string) => to(at, 'stopped', 'running');
const stop = (at: string, trigger = 'user') => to(at, 'running', 'stopping', trigger);
const round = (n: number) => Math.round(n * 10_000) / 10_000;
const CAP = 24;

describe('usage from a worker history', () => {
  it.each<[string, UsageEvent[], { runs: [string, string | undefined][]; stops: [string, string, string | undefined][] }]>([
    ['nothing is known before the worker is', [start('2026-12-01T08:00:00Z'), known('2026-12-01T09:00:00Z')], { runs: [], stops: [] }],
    ['a worker imported while running runs from its import', [known('2026-12-05T08:00:00Z', 'running'), stop('2026-12-05T09:00:00Z')], { runs: [['2026-12-05T08:00:00.000Z', '2026-12-05T09:00:00.000Z']], stops: [['2026-12-05T09:00:00.000Z', 'user', undefined]] }],
    [
      'a stop is the cause of leaving running, not EC2 reporting stopped, and ends at the next start',
      [known('2026-12-01T00:00:00Z'), start('2026-12-01T08:00:00Z'), stop('2026-12-01T18:00:00Z', 'schedule'), to('2026-12-01T18:01:00Z', 'stopping', 'stopped', 'ec2'), start('2026-12-02T08:00:00Z')],
      { runs: [['2026-12-01T08:00:00.000Z', '2026-12-01T18:00:00.000Z'], ['2026-12-02T08:00:00.000Z', undefined]], stops: [['2026-12-01T18:00:00.000Z', 'schedule', '2026-12-02T08:00:00.000Z']] },
    ],
    [
      'a terminated worker ends its run and its stop, and nothing after counts',
      [known('2026-12-01T00:00:00Z', 'running'), stop('2026-12-01T02:00:00Z', 'idle-detection'), { at: d('2026-12-01T05:00:00Z'), kind: 'gone' }, start('2026-12-02T00:00:00Z')],
      { runs: [['2026-12-01T00:00:00.000Z', '2026-12-01T02:00:00.000Z']], stops: [['2026-12-01T02:00:00.000Z', 'idle-detection', '2026-12-01T05:00:00.000Z']] },
    ],
  ])('%s', (_name, events, expected) => {
    const usage = usageOf(events);
    expect(usage.runs.map((r) => [r.start.toISOString(), r.end?.toISOString()])).toEqual(expected.runs);
    expect(usage.stops.map((s) => [s.at.toISOString(), s.trigger, s.until?.toISOString()])).toEqual(expected.stops);
  });

  it('runs of a type changed while stopped are priced at the new type', () => {
    const usage = usageOf([known('2026-12-01T00:00:00Z'), { at: d('2026-12-01T01:00:00Z'), kind: 'type', instanceType: 'c5.metal' }, start('2026-12-01T02:00:00Z')]);
    expect(usage.runs[0].instanceType).toBe('c5.metal');
  });
});

describe('the ledger of a worker', () => {
  const NOW = d('2026-12-20T00:00:00Z');
  it.each<[string, UsageEvent[], PriceHistory, Record<string, { usd: number; billed: number; saved?: Record<string, number> }>]>([
    ['a start and stop within one minute is billed a minute', [known('2026-12-01T00:00:00Z'), start('2026-12-01T10:00:00Z'), stop('2026-12-01T10:00:20Z')], flat(3.6), { '2026-12': { usd: 0.06, billed: 60 } }],
    [
      'a month boundary in the middle of a run splits it between the months',
      [known('2026-11-30T00:00:00Z'), start('2026-11-30T23:00:00Z'), stop('2026-12-01T01:00:00Z')],
      flat(3.6),
      { '2026-11': { usd: 3.6, billed: 3600 }, '2026-12': { usd: 3.6, billed: 3600 } },
    ],
    [
      'a price change in the middle of a run applies from the change on',
      [known('2026-12-01T00:00:00Z'), start('2026-12-01T10:00:00Z'), stop('2026-12-01T12:00:00Z')],
      () => [
        { from: d('2020-01-01T00:00:00Z'), usdPerHour: 3.6 },
        { from: d('2026-12-01T11:00:00Z'), usdPerHour: 1.8 },
      ],
      { '2026-12': { usd: 5.4, billed: 7200 } },
    ],
    ['a terminated worker costs up to its end', [known('2026-12-01T00:00:00Z', 'running'), { at: d('2026-12-01T01:30:00Z'), kind: 'gone' }], flat(2), { '2026-12': { usd: 3, billed: 5400 } }],
    ['a worker imported while running costs from its import', [known('2026-12-19T22:00:00Z', 'running')], flat(2), { '2026-12': { usd: 4, billed: 7200 } }],
    [
      'an idle stop saves until the next start, at the price when it stopped',
      [known('2026-12-01T00:00:00Z', 'running'), stop('2026-12-01T20:00:00Z', 'idle-detection'), start('2026-12-02T08:00:00Z'), stop('2026-12-02T09:00:00Z')],
      flat(2),
      { '2026-12': { usd: 42, billed: 75600, saved: { 'idle-detection': 24 } } },
    ],
    [
      'a saving stops at the cap and splits at the month boundary',
      [known('2026-11-30T00:00:00Z', 'running'), stop('2026-11-30T12:00:00Z', 'schedule')],
      flat(1),
      { '2026-11': { usd: 12, billed: 43200, saved: { schedule: 12 } }, '2026-12': { usd: 0, billed: 0, saved: { schedule: 12 } } },
    ],
    ['a manual stop saves nothing', [known('2026-12-01T00:00:00Z', 'running'), stop('2026-12-01T01:00:00Z', 'user')], flat(1), { '2026-12': { usd: 1, billed: 3600, saved: {} } }],
    ['an unknown price is never guessed', [known('2026-12-01T00:00:00Z', 'running'), stop('2026-12-01T01:00:00Z', 'idle-detection')], () => [], { '2026-12': { usd: 0, billed: 3600, saved: { 'idle-detection': 0 } } }],
  ])('%s', (_name, events, prices, expected) => {
    const months = meterUsage(usageOf(events), prices, CAP, NOW);
    const got = Object.fromEntries(
      months.map((m) => [
        m.month,
        {
          usd: round(m.computeUsd),
          billed: m.billedSeconds,
          ...(expected[m.month]?.saved ? { saved: Object.fromEntries(Object.entries(m.saved).filter(([, s]) => s.hours > 0).map(([rule, s]) => [rule, round(s.usd)])) } : {}),
        },
      ]),
    );
    expect(got).toEqual(expected);
  });

  it('days of a month add up to the month', () => {
    const usage = usageOf([known('2026-12-01T00:00:00Z'), start('2026-12-01T20:00:00Z'), stop('2026-12-03T04:00:00Z')]);
    const [month] = meterUsage(usage, flat(1), CAP, NOW);
    expect(month.days).toEqual({ '01': 4, '02': 24, '03': 4 });
    expect(round(Object.values(month.days).reduce((a, b) => a + b, 0))).toBe(round(month.computeUsd));
  });

  it('keeps finished runs and stops apart from those still going, which grow with time', () => {
    const usage = usageOf([known('2026-12-01T00:00:00Z', 'running'), stop('2026-12-01T02:00:00Z', 'idle-detection'), start('2026-12-01T04:00:00Z')]);
    const { closed, open } = splitUsage(usage);
    expect(closed.runs).toHaveLength(1);
    expect(closed.stops).toHaveLength(1);
    expect(open.run?.start.toISOString()).toBe('2026-12-01T04:00:00.000Z');
    expect(open.stop).toBeUndefined();
    const later = monthOfUsage({ runs: [open.run!], stops: [] }, flat(1), CAP, '2026-12', d('2026-12-01T06:00:00Z'));
    expect(later.computeUsd).toBe(2);
  });
});
