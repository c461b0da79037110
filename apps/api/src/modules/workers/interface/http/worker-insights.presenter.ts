import { type Presented, present } from '../../../../platform/http/presenter.js';
import type { WorkerIdleView } from '../../application/queries/get-worker-idle/get-worker-idle.query.js';
import type { WorkerMetricsView } from '../../application/queries/get-worker-metrics/get-worker-metrics.query.js';
import type { WorkerIdleResponse, WorkerMetricsResponse } from './worker-idle.dto.js';

/** A worker's idle picture and metric history. The decision log's rows name their worker: left out, the path says it. */

export function toWorkerIdleResponse(v: WorkerIdleView): Presented<WorkerIdleResponse> {
  const c = v.current;
  return present<WorkerIdleResponse>({
    workerId: v.workerId,
    status: v.status,
    enabled: v.enabled,
    fleetEnabled: v.fleetEnabled,
    workerEnabled: v.workerEnabled,
    timeoutMinutes: v.timeoutMinutes,
    timeoutSource: v.timeoutSource,
    lastActivityAt: v.lastActivityAt,
    lastActivitySource: v.lastActivitySource,
    lastActivityCheckAt: v.lastActivityCheckAt,
    idleMinutes: v.idleMinutes,
    snoozedUntil: v.snoozedUntil,
    startGraceUntil: v.startGraceUntil,
    warning: v.warning ? { issuedAt: v.warning.issuedAt, plannedStopAt: v.warning.plannedStopAt } : undefined,
    lastEvaluatedAt: v.lastEvaluatedAt,
    current: {
      outcome: c.outcome,
      code: c.code,
      reason: c.reason,
      idleMinutes: c.idleMinutes,
      lastActivityAt: c.lastActivityAt,
      lastActivitySource: c.lastActivitySource,
      timeoutMinutes: c.timeoutMinutes,
      idleFrom: c.idleFrom,
      until: c.until,
      plannedStopAt: c.plannedStopAt,
      warnedAt: c.warnedAt,
      since: c.since,
    },
    recentDecisions: v.recentDecisions.map((d) => ({
      at: d.at,
      outcome: d.outcome,
      code: d.code,
      reason: d.reason,
      idleMinutes: d.idleMinutes,
      lastActivityAt: d.lastActivityAt,
      lastActivitySource: d.lastActivitySource,
      idleFrom: d.idleFrom,
      until: d.until,
      plannedStopAt: d.plannedStopAt,
      warnedAt: d.warnedAt,
      timeoutMinutes: d.timeoutMinutes,
    })),
  });
}

export function toWorkerMetricsResponse(v: WorkerMetricsView): Presented<WorkerMetricsResponse> {
  return present<WorkerMetricsResponse>({
    workerId: v.workerId,
    from: v.from,
    to: v.to,
    units: { ...v.units },
    points: v.points.map((p) => ({
      at: p.at,
      ec2CpuPercent: p.ec2CpuPercent,
      ec2MemoryPercent: p.ec2MemoryPercent,
      cpuPercent: p.cpuPercent,
      memoryPercent: p.memoryPercent,
      diskPercent: p.diskPercent,
      runningNodes: p.runningNodes,
    })),
  });
}
