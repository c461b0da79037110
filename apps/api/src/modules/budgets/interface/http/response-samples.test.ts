// A spec helper (".test.ts": left out of the build, not run as a suite).
import type { Full, ResponseSample } from '../../../../platform/http/schema-conformance.test.js';
import type { BudgetView } from '../../application/queries/budget.queries.js';
import { toBudgetListResponse, toBudgetResponse } from './budget.presenter.js';

const T = '2026-12-02T10:00:00.000Z';

const budget: Full<BudgetView> = {
  id: 'b-1',
  name: 'CCNA team',
  // Every field the response declares (a stored scope sets only those of its kind).
  scope: { kind: 'tag', owner: 'alice', tagKey: 'team', tagValue: 'ccna' } as never,
  monthlyUsd: 2000,
  thresholdsPercent: [80, 100],
  stopAtLimit: true,
  hard: false,
  createdBy: { kind: 'user', id: 'u-1', name: 'ada' },
  createdAt: T,
  updatedAt: T,
  status: { month: '2026-12', spentUsd: 1612.4, projectedUsd: 2480.1, percent: 80.62, crossedPercent: [80], workers: 4, stoppedWorkers: 0, state: 'warning' },
};

export const BUDGETS_RESPONSE_SAMPLES: ResponseSample[] = [
  { schema: 'BudgetResponse', body: toBudgetResponse(budget) },
  { schema: 'BudgetListResponse', body: toBudgetListResponse([budget]) },
];
