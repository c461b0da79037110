import { csvLine } from '#kernel';
import type { WorkerCost } from '../../../cost/cost.public.js';
import type { WorkerView } from '../../application/worker.view.js';

/** The columns of the workers list as CSV: units in the names (percent, UTC times, US dollars this month). */
export const WORKERS_CSV_COLUMNS = [
  'worker_id',
  'name',
  'status',
  'service_status',
  'region',
  'instance_type',
  'instance_id',
  'owner',
  'public_ip',
  'private_ip',
  'endpoint',
  'created_at_utc',
  'launched_at_utc',
  'idle_detection',
  'ec2_cpu_percent',
  'ec2_memory_percent',
  'cml_cpu_percent',
  'cml_memory_percent',
  'cml_disk_percent',
  'running_nodes',
  'labs',
  'telemetry_at_utc',
  'cost_month',
  'compute_usd',
  'storage_usd',
  'total_usd',
  'projected_usd',
  'saved_usd',
  'rate_now_usd_per_hour',
] as const;

/** One worker as a CSV row, with its cost this month when known. */
export function workerCsvRow(w: WorkerView, cost: WorkerCost | undefined): string {
  const t = w.telemetry;
  return csvLine([
    w.id,
    w.name,
    w.status,
    w.serviceStatus,
    w.region,
    w.instanceType,
    w.instanceId,
    w.owner,
    w.publicIp,
    w.privateIp,
    w.endpoint,
    w.lifecycle.createdAt,
    w.launchedAt,
    w.idleDetectionEnabled ? 'on' : 'off',
    t.ec2CpuPercent,
    t.ec2MemoryPercent,
    t.cpuPercent,
    t.memoryPercent,
    t.diskPercent,
    t.runningNodes,
    t.labs,
    t.collectedAt,
    cost?.month,
    cost?.computeUsd,
    cost?.storageUsd,
    cost?.totalUsd,
    cost?.projectedUsd,
    cost?.savedUsd,
    cost?.usdPerHourNow,
  ]);
}
