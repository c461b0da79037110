import type { WorkerMonthCost } from './cost-figures.service.js';
import { costCsv, costReport } from './cost-report.js';

const none = { hours: 0, unpricedHours: 0 };
const worker = (over: Partial<WorkerMonthCost>): WorkerMonthCost => ({
  workerId: 'w',
  name: 'w',
  region: 'us-east-1',
  instanceType: 'c5.metal',
  status: 'stopped',
  tags: {},
  month: '2026-12',
  usdPerHourNow: 0,
  computeUsd: 0,
  storageUsd: 0,
  totalUsd: 0,
  projectedUsd: 0,
  savedUsd: 0,
  savedByRule: { 'idle-detection': 0, schedule: 0, 'runtime-limit': 0, reservation: 0, budget: 0 },
  runningHours: 0,
  unpricedHours: 0,
  days: {},
  savedHours: { 'idle-detection': none, schedule: none, 'runtime-limit': none, reservation: none, budget: none },
  ...over,
});

const fleet = [
  worker({ workerId: 'a', name: 'lab-a', owner: 'ada', tags: { team: 'ccna' }, computeUsd: 10, totalUsd: 10, projectedUsd: 40, days: { '01': 4, '02': 6 }, savedUsd: 3, savedByRule: { 'idle-detection': 3, schedule: 0, 'runtime-limit': 0, reservation: 0, budget: 0 }, savedHours: { 'idle-detection': { hours: 1, unpricedHours: 0 }, schedule: none, 'runtime-limit': none, reservation: none, budget: none } }),
  worker({ workerId: 'b', name: 'lab-b', owner: 'ada', computeUsd: 5, totalUsd: 5, projectedUsd: 20, days: { '02': 5 } }),
  worker({ workerId: 'c', name: 'lab-c', tags: { team: 'ccnp' }, computeUsd: 20, totalUsd: 20, projectedUsd: null, days: { '01': 20 } }),
];
const NOW = new Date('2026-12-03T12:00:00Z');

describe('the month at a glance', () => {
  it('groups by owner, largest first, with those without an owner together, and stacks each day by group up to today', () => {
    const r = costReport(fleet, '2026-12', 'owner', undefined, NOW, 0);
    expect(r.groups.map((g) => [g.key, g.totalUsd, g.workers, g.projectedUsd])).toEqual([
      ['(no owner)', 20, 1, null],
      ['ada', 15, 2, 60],
    ]);
    expect(r.days).toEqual([
      { day: '2026-12-01', totalUsd: 24, byGroup: { ada: 4, '(no owner)': 20 } },
      { day: '2026-12-02', totalUsd: 11, byGroup: { ada: 11 } },
      { day: '2026-12-03', totalUsd: 0, byGroup: {} },
    ]);
    // A projection unknown for one worker leaves the total's unknown too.
    expect(r.totals).toMatchObject({ totalUsd: 35, savedUsd: 3, projectedUsd: null, workers: 3 });
    expect(r.savedByRule.find((s) => s.rule === 'idle-detection')).toEqual({ rule: 'idle-detection', usd: 3, hours: 1, unpricedHours: 0 });
    expect(r.savedByRule).toHaveLength(5);
  });

  it.each([
    ['a tag', 'tag', 'team', ['ccnp', 'ccna', '(no team tag)']],
    ['the region', 'region', undefined, ['us-east-1']],
    ['the worker', 'worker', undefined, ['lab-c', 'lab-a', 'lab-b']],
  ] as const)('groups by %s', (_name, groupBy, tagKey, keys) => {
    expect(costReport(fleet, '2026-12', groupBy, tagKey, NOW, 0).groups.map((g) => g.key)).toEqual(keys);
  });

  it('has every day of a past month and none of a month to come', () => {
    expect(costReport([], '2026-11', 'owner', undefined, NOW, 0).days).toHaveLength(30);
    expect(costReport([], '2027-01', 'owner', undefined, NOW, 0).days).toEqual([]);
  });
});

describe('the month as CSV', () => {
  it('has a header with units, a row per worker, largest first, and quotes and defuses text a spreadsheet would misread', () => {
    const csv = costCsv([worker({ workerId: 'x', name: 'lab "x", east', owner: '=HYPERLINK("evil")', totalUsd: 1 }), worker({ workerId: 'y', name: 'lab-y', totalUsd: 2, usdPerHourNow: null })]);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('worker_id,name,owner,region,instance_type,status,running_hours,compute_usd,storage_usd,total_usd,projected_usd,saved_usd,saved_idle_detection_usd,saved_schedule_usd,saved_runtime_limit_usd,saved_reservation_usd,saved_budget_usd,unpriced_hours,rate_now_usd_per_hour');
    expect(lines[1].startsWith('y,lab-y,,us-east-1')).toBe(true);
    expect(lines[1].endsWith(',')).toBe(true);
    expect(lines[2].startsWith(`x,"lab ""x"", east","'=HYPERLINK(""evil"")",`)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
  });
});
