import type { CmlLicensing, CmlSystemHealth, CmlSystemInformation, CmlSystemStats } from '#cml-client';
import type { CmlObservation, ComputeView } from '../../domain/cml-observation.value-object.js';

const percent = (used?: number, total?: number) => (used !== undefined && total ? Math.round((used / total) * 1000) / 10 : undefined);
const clamp = (v?: number) => (v === undefined || Number.isNaN(v) ? undefined : Math.min(100, Math.max(0, Math.round(v * 10) / 10)));

/** Turns the controller's answers into the domain's observation (percent 0-100, counts summed over computes). */
export function toObservation(info: CmlSystemInformation, health: CmlSystemHealth, stats: CmlSystemStats, licensing?: CmlLicensing): CmlObservation {
  const computes: ComputeView[] = Object.entries(stats.computes ?? {}).map(([id, c]) => ({
    id,
    hostname: c.hostname,
    isController: c.is_controller,
    cpuPercent: clamp(c.stats.cpu.percent),
    memoryPercent: percent(c.stats.memory.used, c.stats.memory.total),
    diskPercent: percent(c.stats.disk.used, c.stats.disk.total),
    runningNodes: c.stats.dominfo.running_nodes ?? undefined,
    totalNodes: c.stats.dominfo.total_nodes ?? undefined,
    valid: health.computes[id]?.valid,
    admissionState: health.computes[id]?.admission_state,
  }));
  const sum = (k: 'runningNodes' | 'totalNodes') => computes.reduce((a, c) => a + (c[k] ?? 0), 0);
  const healthy = health.valid !== false && health.controller.valid;
  return {
    serviceStatus: !info.ready ? 'starting' : healthy ? 'available' : 'error',
    reason: !info.ready ? 'The controller is booting (ready: false)' : healthy ? undefined : 'The controller reports itself unhealthy (system_health.valid is false)',
    version: info.version,
    ready: info.ready,
    licensed: health.is_licensed ?? undefined,
    licenseStatus: licensing?.registration?.status,
    telemetry: {
      cpuPercent: clamp(stats.all?.cpu.percent),
      memoryPercent: percent(stats.all?.memory.used, stats.all?.memory.total),
      diskPercent: percent(stats.all?.disk.used, stats.all?.disk.total),
      runningNodes: sum('runningNodes'),
      totalNodes: sum('totalNodes'),
    },
    computes,
  };
}
