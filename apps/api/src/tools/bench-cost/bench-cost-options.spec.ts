import { CostBenchUsageError, parseCostBenchOptions } from './bench-cost-options.js';

describe('parseCostBenchOptions', () => {
  it('defaults to the issue’s fleet: 1000 workers, a year of history', () => {
    expect(parseCostBenchOptions([])).toEqual({ workers: 1000, days: 365, repeats: 20, month: undefined, maxEvents: 150_000, keepDb: false, json: false, logLevel: 'error', help: false });
  });

  it('takes every option it documents; --max-events 0 lifts the limit', () => {
    const o = parseCostBenchOptions(['--workers', '50', '--days', '30', '--repeats', '5', '--month', '2026-11', '--max-events', '0', '--keep-db', '--json', '--log-level', 'warn']);
    expect(o).toMatchObject({ workers: 50, days: 30, repeats: 5, month: '2026-11', maxEvents: Infinity, keepDb: true, json: true, logLevel: 'warn' });
  });

  it.each([
    [['--workers', '0'], '--workers must be a whole number'],
    [['--days', '1.5'], '--days must be a whole number'],
    [['--month', '2026-13'], '--month must be YYYY-MM'],
    [['--log-level', 'loud'], '--log-level must be one of'],
    [['--frobnicate'], 'Unknown option'],
  ])('refuses %j', (argv, message) => {
    expect(() => parseCostBenchOptions(argv)).toThrow(CostBenchUsageError);
    expect(() => parseCostBenchOptions(argv)).toThrow(message);
  });
});
