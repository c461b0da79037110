// A spec helper (".test.ts": left out of the build, not run as a suite).
import type { ResponseSample } from '../../../../platform/http/schema-conformance.test.js';
import type { WorkerMonthCost } from '../../application/cost-figures.service.js';
import { costReport } from '../../application/cost-report.js';
import { toCostReportResponse, toWorkerCostListResponse } from './cost-report.presenter.js';

const T = new Date('2026-12-03T12:00:00.000Z');
const rules = { 'idle-detection': 12.5, schedule: 30, 'runtime-limit': 0, reservation: 0, budget: 0 };
const hours = { hours: 1, unpricedHours: 0 };

const worker: WorkerMonthCost = {
  workerId: '0193b2c4-1111-7000-8000-000000000001',
  name: 'lab-east-1',
  owner: 'ada',
  region: 'us-east-1',
  instanceType: 'm5zn.metal',
  status: 'running',
  tags: { team: 'ccna' },
  month: '2026-12',
  usdPerHourNow: 3.97,
  computeUsd: 100,
  storageUsd: 2,
  totalUsd: 102,
  projectedUsd: 900,
  savedUsd: 42.5,
  savedByRule: rules,
  runningHours: 25.2,
  unpricedHours: 0,
  days: { '01': 50, '02': 52 },
  savedHours: { 'idle-detection': hours, schedule: hours, 'runtime-limit': hours, reservation: hours, budget: hours },
};

/** The cost module's presenters, each given a sample with every field set. */
export const COST_RESPONSE_SAMPLES: ResponseSample[] = [
  { schema: 'WorkerCostListResponse', body: toWorkerCostListResponse('2026-12', T, [worker]) },
  { schema: 'CostReportResponse', body: toCostReportResponse(costReport([worker], '2026-12', 'tag', 'team', T, 10)) },
];
