import { present, type Presented } from '../../../../platform/http/presenter.js';
import type { WorkerMonthCost } from '../../application/cost-figures.service.js';
import type { CostReport } from '../../application/cost-report.js';
import type { CostReportResponse, SavedByRuleAmounts, WorkerCostListResponse, WorkerCostResponse } from './cost-report-response.dto.js';

function toWorkerCost(w: WorkerMonthCost): WorkerCostResponse {
  const saved: SavedByRuleAmounts = { 'idle-detection': w.savedByRule['idle-detection'], schedule: w.savedByRule.schedule, 'runtime-limit': w.savedByRule['runtime-limit'], reservation: w.savedByRule.reservation, budget: w.savedByRule.budget };
  return {
    workerId: w.workerId,
    name: w.name,
    owner: w.owner,
    region: w.region,
    instanceType: w.instanceType,
    status: w.status,
    tags: { ...w.tags },
    month: w.month,
    usdPerHourNow: w.usdPerHourNow,
    computeUsd: w.computeUsd,
    storageUsd: w.storageUsd,
    totalUsd: w.totalUsd,
    projectedUsd: w.projectedUsd,
    savedUsd: w.savedUsd,
    savedByRule: saved,
    runningHours: w.runningHours,
    unpricedHours: w.unpricedHours,
  };
}

export function toWorkerCostListResponse(month: string, asOf: Date, items: readonly WorkerMonthCost[]): Presented<WorkerCostListResponse> {
  return present<WorkerCostListResponse>({ month, asOf: asOf.toISOString(), items: items.map(toWorkerCost) });
}

export function toCostReportResponse(r: CostReport): Presented<CostReportResponse> {
  return present<CostReportResponse>({
    month: r.month,
    asOf: r.asOf,
    currency: r.currency,
    discountPercent: r.discountPercent,
    totals: {
      computeUsd: r.totals.computeUsd,
      storageUsd: r.totals.storageUsd,
      totalUsd: r.totals.totalUsd,
      savedUsd: r.totals.savedUsd,
      projectedUsd: r.totals.projectedUsd,
      workers: r.totals.workers,
      runningHours: r.totals.runningHours,
      unpricedHours: r.totals.unpricedHours,
    },
    savedByRule: r.savedByRule.map((s) => ({ rule: s.rule, usd: s.usd, hours: s.hours, unpricedHours: s.unpricedHours })),
    groupBy: r.groupBy,
    tagKey: r.tagKey,
    groups: r.groups.map((g) => ({ key: g.key, computeUsd: g.computeUsd, storageUsd: g.storageUsd, totalUsd: g.totalUsd, savedUsd: g.savedUsd, projectedUsd: g.projectedUsd, workers: g.workers })),
    days: r.days.map((d) => ({ day: d.day, totalUsd: d.totalUsd, byGroup: { ...d.byGroup } })),
  });
}
