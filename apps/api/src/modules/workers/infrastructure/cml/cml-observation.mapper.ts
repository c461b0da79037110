import { CML_ERROR, type CmlLab, type CmlLicensing, type CmlSystemHealth, type CmlSystemInformation, type CmlSystemStats, isCmlError } from '#cml-client';
import { DomainError } from '#kernel';
import { isUnreachable } from '../../../../platform/cml/controller-reachability.js';
import type { CmlObservation, ComputeView, LicenseDetails } from '../../domain/cml-observation.value-object.js';
import type { TelemetryFigures } from '../../domain/telemetry.value-object.js';

/**
 * The one translation of a controller's answers (or failures) into the domain's observation, for
 * both read paths: the full sync and the collection cycle. `serviceStatus` says whether the
 * controller answered (ADR 0027); what it says about itself (ready, healthy, licensed) are facts.
 */

/** A share in percent with one decimal; undefined when the total is unknown or zero. */
export function percent(used: number | undefined, total: number | undefined): number | undefined {
  return used !== undefined && total ? Math.round((used / total) * 1000) / 10 : undefined;
}

/** A percentage as CML reports it, with one decimal and within 0-100; undefined when it is not a number. */
export function clampPercent(value: number | undefined): number | undefined {
  return value === undefined || Number.isNaN(value) ? undefined : Math.min(100, Math.max(0, Math.round(value * 10) / 10));
}

/** Percentages of all computes together, and node counts summed over the computes. */
export function telemetryOf(stats: CmlSystemStats): TelemetryFigures {
  const computes = Object.values(stats.computes ?? {});
  const sum = (k: 'running_nodes' | 'total_nodes') => computes.reduce((n, c) => n + (c.stats.dominfo[k] ?? 0), 0);
  return {
    cpuPercent: clampPercent(stats.all?.cpu.percent),
    memoryPercent: percent(stats.all?.memory.used, stats.all?.memory.total),
    diskPercent: percent(stats.all?.disk.used, stats.all?.disk.total),
    runningNodes: sum('running_nodes'),
    totalNodes: sum('total_nodes'),
  };
}

/** Each compute with its figures (`system_stats`) and what `system_health` says of it. */
export function computesOf(stats: CmlSystemStats, health: CmlSystemHealth): ComputeView[] {
  return Object.entries(stats.computes ?? {}).map(([id, c]) => ({
    id,
    hostname: c.hostname,
    isController: c.is_controller,
    cpuPercent: clampPercent(c.stats.cpu.percent),
    memoryPercent: percent(c.stats.memory.used, c.stats.memory.total),
    diskPercent: percent(c.stats.disk.used, c.stats.disk.total),
    runningNodes: c.stats.dominfo.running_nodes ?? undefined,
    totalNodes: c.stats.dominfo.total_nodes ?? undefined,
    valid: health.computes[id]?.valid,
    admissionState: health.computes[id]?.admission_state,
  }));
}

/** A controller that answered `ready: false`: it is starting, and nothing else it says is read. */
export function bootingObservation(info: CmlSystemInformation): CmlObservation {
  return { serviceStatus: 'starting', reason: 'The controller is booting (ready: false)', version: info.version, ready: false };
}

/**
 * When the licence runs out unless renewed: the earlier of the authorization's expiry (renewed
 * every 30 days by a registered controller; the end of the evaluation period otherwise) and the
 * registration's (renewed every 6 months). Null when the controller gives neither.
 */
export function licenseExpiry(licensing: CmlLicensing): string | null {
  const dates = [licensing.authorization?.expires, licensing.registration?.expires]
    .filter((d): d is string => typeof d === 'string' && !Number.isNaN(Date.parse(d)))
    .map((d) => new Date(d).toISOString())
    .sort();
  return dates[0] ?? null;
}

function isoOrUndefined(value: string | null | undefined): string | undefined {
  return typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? new Date(value).toISOString() : undefined;
}

/** The licensing answer trimmed to what an operator reads: statuses, expiries, account, product and features. */
export function licenseDetails(licensing: CmlLicensing): LicenseDetails {
  return {
    registrationStatus: licensing.registration?.status,
    registrationExpiresAt: isoOrUndefined(licensing.registration?.expires),
    authorizationStatus: licensing.authorization?.status,
    authorizationExpiresAt: isoOrUndefined(licensing.authorization?.expires),
    smartAccount: licensing.registration?.smart_account ?? undefined,
    virtualAccount: licensing.registration?.virtual_account ?? undefined,
    product: licensing.product_license?.active,
    features: (licensing.features ?? []).map((f) => ({ id: f.id, name: f.name, status: f.status, inUse: f.in_use, max: typeof f.max === 'number' ? f.max : undefined })),
  };
}

/** The full sync of a ready controller: information, health, stats and (best effort) licensing. */
export function syncObservation(info: CmlSystemInformation, health: CmlSystemHealth, stats: CmlSystemStats, licensing?: CmlLicensing): CmlObservation {
  if (!info.ready) return bootingObservation(info);
  return {
    serviceStatus: 'available',
    version: info.version,
    ready: true,
    healthy: health.valid !== false && health.controller.valid,
    licensed: health.is_licensed ?? undefined,
    licenseStatus: licensing?.registration?.status,
    ...(licensing && { licenseExpiresAt: licenseExpiry(licensing), license: licenseDetails(licensing) }),
    telemetry: telemetryOf(stats),
    computes: computesOf(stats, health),
  };
}

/** The collection cycle: the stats answered; the lab tiles, when they came too, count the labs. */
export function cycleObservation(stats: CmlSystemStats, tiles?: CmlLab[]): CmlObservation {
  return { serviceStatus: 'available', telemetry: { ...telemetryOf(stats), ...(tiles ? { labs: tiles.length } : {}) } };
}

/**
 * What a failed read says: booting is `starting`, nothing answering (or not contacted) is
 * `unavailable`, any other CML failure (refused credentials, a 5xx, a broken answer) is `error`.
 * Anything that is not a CML failure is a bug and is thrown again.
 */
export function failedObservation(error: unknown): CmlObservation {
  if (!(error instanceof DomainError)) throw error;
  if (error.code === CML_ERROR.BOOTING) return { serviceStatus: 'starting', reason: error.message };
  if (isUnreachable(error.code)) return { serviceStatus: 'unavailable', reason: error.message };
  if (isCmlError(error)) return { serviceStatus: 'error', reason: error.message };
  throw error;
}
