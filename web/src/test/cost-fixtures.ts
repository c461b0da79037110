import type { Budget, CostReport, PriceList } from '../features/cost/api/cost-types';

/** A month's report as GET /api/cost answers it, grouped by owner; override what the test is about. */
export function aCostReport(overrides: Partial<CostReport> = {}): CostReport {
  return {
    month: '2026-12',
    asOf: '2026-12-03T10:00:00.000Z',
    currency: 'USD',
    discountPercent: 10,
    totals: { computeUsd: 1100, storageUsd: 134.56, totalUsd: 1234.56, savedUsd: 1240, projectedUsd: 9876.5, runningHours: 300.25, unpricedHours: 0, workers: 3 },
    savedByRule: [
      { rule: 'idle-detection', usd: 1240, hours: 310, unpricedHours: 0 },
      { rule: 'schedule', usd: 0, hours: 0, unpricedHours: 0 },
      { rule: 'runtime-limit', usd: 0, hours: 0, unpricedHours: 0 },
      { rule: 'reservation', usd: 0, hours: 0, unpricedHours: 0 },
      { rule: 'budget', usd: 0, hours: 0, unpricedHours: 0 },
    ],
    groupBy: 'owner',
    groups: [
      { key: 'alice', computeUsd: 700, storageUsd: 100, totalUsd: 800, savedUsd: 1000, projectedUsd: 6400, workers: 2 },
      { key: '(no owner)', computeUsd: 400, storageUsd: 34.56, totalUsd: 434.56, savedUsd: 240, projectedUsd: 3476.5, workers: 1 },
    ],
    days: [
      { day: '2026-12-01', totalUsd: 400, byGroup: { alice: 300, '(no owner)': 100 } },
      { day: '2026-12-02', totalUsd: 600, byGroup: { alice: 400, '(no owner)': 200 } },
      { day: '2026-12-03', totalUsd: 234.56, byGroup: { alice: 100, '(no owner)': 134.56 } },
    ],
    ...overrides,
  };
}

export function aBudget(overrides: Partial<Budget> = {}): Budget {
  return {
    id: 'b1',
    name: 'Fleet',
    scope: { kind: 'fleet' },
    monthlyUsd: 5000,
    thresholdsPercent: [80, 100],
    stopAtLimit: false,
    hard: false,
    createdBy: { id: 'u-admin', kind: 'user', name: 'admin' },
    createdAt: '2026-12-01T09:00:00.000Z',
    updatedAt: '2026-12-01T09:00:00.000Z',
    status: { month: '2026-12', spentUsd: 1234.56, projectedUsd: 9876.5, percent: 24.7, crossedPercent: [], workers: 3, stoppedWorkers: 0, state: 'ok' },
    ...overrides,
  };
}

export function aPriceList(overrides: Partial<PriceList> = {}): PriceList {
  return {
    discountPercent: 10,
    discountSetBy: 'admin',
    discountSetAt: '2026-12-01T09:00:00.000Z',
    instances: [
      { region: 'us-east-1', instanceType: 'm5zn.metal', usdPerHour: 3.964, listUsdPerHour: 3.964, source: 'AWS price list (catalogue)', asOf: '2026-11-01', overridden: false },
      { region: 'us-east-1', instanceType: 'c5.metal', usdPerHour: 3.5, listUsdPerHour: 4.08, source: 'override', asOf: '2026-12-02', overridden: true, setBy: 'admin', setAt: '2026-12-02T08:00:00.000Z' },
    ],
    storage: [{ region: 'us-east-1', volumeType: 'gp3', usdPerGibMonth: 0.08, listUsdPerGibMonth: 0.08, source: 'AWS price list (catalogue)', asOf: '2026-11-01', overridden: false }],
    ...overrides,
  };
}
