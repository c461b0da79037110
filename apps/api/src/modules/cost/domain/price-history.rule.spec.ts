import { meterRuns } from './metering.rule.js';
import { computePriceHistory, type DiscountChange, type OverrideChange, priceInForce } from './price-history.rule.js';

const d = (iso: string) => new Date(iso);
const EPOCH = d('1970-01-01T00:00:00Z');
const T1 = d('2026-12-01T11:00:00Z');
const T2 = d('2026-12-01T12:00:00Z');
const T3 = d('2026-12-01T13:00:00Z');
const set = (at: Date, usd: number | null): OverrideChange => ({ at, usd });
const discount = (at: Date, percent: number): DiscountChange => ({ at, percent });
const steps = (...list: [Date, number | undefined][]) => list.map(([from, usdPerHour]) => ({ from, usdPerHour }));

describe('computePriceHistory: list price, overrides and the discount as one step function', () => {
  it.each([
    ['the list price from the epoch when nothing is set', 4, [], [], steps([EPOCH, 4])],
    ['an unknown price with nothing set stays empty (never 0)', undefined, [], [], []],
    ['an override applies from the moment it is set', 4, [set(T1, 3)], [], steps([EPOCH, 4], [T1, 3])],
    ['an override cleared is a step back to the list price', 4, [set(T1, 3), set(T2, null)], [], steps([EPOCH, 4], [T1, 3], [T2, 4])],
    ['a type without a list price is unknown until priced, and unknown again once cleared', undefined, [set(T1, 3), set(T2, null)], [], steps([T1, 3], [T2, undefined])],
    ['a discount is taken off from its change on', 4, [], [discount(T1, 25)], steps([EPOCH, 4], [T1, 3])],
    ['a discount change steps the price again', 4, [], [discount(T1, 25), discount(T2, 50)], steps([EPOCH, 4], [T1, 3], [T2, 2])],
    ['override and discount cut points merge: each step has the override and the discount in force then', 4, [set(T2, 8)], [discount(T1, 25), discount(T3, 0)], steps([EPOCH, 4], [T1, 3], [T2, 6], [T3, 8])],
    ['a discount on an unknown price leaves it unknown (no step)', undefined, [], [discount(T1, 25)], []],
    ['the same override twice makes one step', 4, [set(T1, 3), set(T2, 3)], [], steps([EPOCH, 4], [T1, 3])],
    ['an override equal to the list price makes no step', 4, [set(T1, 4)], [], steps([EPOCH, 4])],
    ['of two changes at one instant, the later one counts', 4, [set(T1, 3), set(T1, 2)], [], steps([EPOCH, 4], [T1, 2])],
    ['changes given out of order are read by their time', 4, [set(T2, null), set(T1, 3)], [], steps([EPOCH, 4], [T1, 3], [T2, 4])],
  ] as const)('%s', (_name, list, overrides, discounts, expected) => {
    expect(computePriceHistory(list, overrides, discounts)).toEqual(expected);
  });
});

describe('priceInForce', () => {
  it.each([
    ['before any override: the list price', d('2026-12-01T10:00:00Z'), 4],
    ['while the override is in force: the override', d('2026-12-01T11:30:00Z'), 3],
    ['after it was cleared: the list price again', d('2026-12-01T12:30:00Z'), 4],
  ] as const)('%s', (_name, at, expected) => {
    expect(priceInForce(4, [set(T1, 3), set(T2, null)], at)).toBe(expected);
  });
});

describe('metering reads the merged history', () => {
  const NOW = d('2026-12-20T00:00:00Z');
  const run = (start: string, end: string) => [{ start: d(start), end: d(end), region: 'us-east-1', instanceType: 'm5zn.metal' }];
  const usd = (history: ReturnType<typeof computePriceHistory>, start: string, end: string) => meterRuns(run(start, end), () => history, NOW)[0];

  it('prices a run that crosses an override in two parts, and a run before it at the old price', () => {
    const history = computePriceHistory(4, [set(T1, 2)], []);
    expect(usd(history, '2026-12-01T10:00:00Z', '2026-12-01T12:00:00Z')?.usd).toBeCloseTo(6, 9);
    expect(usd(history, '2026-12-01T09:00:00Z', '2026-12-01T10:00:00Z')?.usd).toBeCloseTo(4, 9);
  });

  it('prices a run that crosses a discount change with the discount from the change on', () => {
    const history = computePriceHistory(4, [], [discount(T1, 50)]);
    expect(usd(history, '2026-12-01T10:00:00Z', '2026-12-01T12:00:00Z')?.usd).toBeCloseTo(6, 9);
  });

  it('counts the time after an override was cleared on an unlisted type as unpriced, not at the cleared price', () => {
    const history = computePriceHistory(undefined, [set(T1, 3), set(T2, null)], []);
    expect(usd(history, '2026-12-01T11:00:00Z', '2026-12-01T13:00:00Z')).toMatchObject({ usd: 3, unpricedSeconds: 3600 });
  });
});
