import type { ServiceStatus } from '#kernel';
import type { FactChanges } from './observed-instance.value-object.js';
import { withBootSample } from './power-record.value-object.js';
import type { TelemetryFigures } from './telemetry.value-object.js';

/** One CML compute (controller or compute node) as last seen. */
export interface ComputeView {
  id: string;
  hostname: string;
  isController: boolean;
  cpuPercent?: number;
  memoryPercent?: number;
  diskPercent?: number;
  runningNodes?: number;
  totalNodes?: number;
  valid?: boolean | null;
  admissionState?: string;
}

/** One licensed feature as the controller reports it (CML `GET /licensing` `features`). */
export interface LicenseFeature {
  id: string;
  name?: string;
  /** IN_COMPLIANCE, EVAL, OUT_OF_COMPLIANCE, ... as CML says. */
  status?: string;
  /** How many uses are requested now (count). */
  inUse?: number;
  /** The most uses the licence allows (count). */
  max?: number;
}

/** The licence as the controller reports it (`GET /licensing`), trimmed to what an operator reads. */
export interface LicenseDetails {
  registrationStatus?: string;
  registrationExpiresAt?: string;
  authorizationStatus?: string;
  authorizationExpiresAt?: string;
  smartAccount?: string;
  virtualAccount?: string;
  /** The active product licence (CML_Enterprise, CML_Personal, ...). */
  product?: string;
  features: LicenseFeature[];
}

/**
 * What one read of the worker's CML controller found. `serviceStatus` says whether the controller
 * answered (ADR 0027); what it said about itself (ready, healthy, licensed) are facts beside it.
 */
export interface CmlObservation {
  serviceStatus: ServiceStatus;
  /** Why the controller is not available (when it is not). */
  reason?: string;
  version?: string;
  ready?: boolean;
  /** `system_health.valid` (and the controller's own `valid`): CML says it can run labs. */
  healthy?: boolean;
  licensed?: boolean;
  licenseStatus?: string;
  /** When the licence runs out unless renewed (the earlier of its authorization and registration expiry); null: licensing read, no expiry given. */
  licenseExpiresAt?: string | null;
  /** The licensing read in full (absent when licensing was not read). */
  license?: LicenseDetails;
  telemetry?: TelemetryFigures;
  computes?: ComputeView[];
}

/** The CML facts a worker keeps of its controller. */
export interface CmlFacts {
  version?: string;
  ready?: boolean;
  healthy?: boolean;
  licenseStatus?: string;
  licensed?: boolean;
  /** When the licence runs out unless renewed, as last read (no event: an evaluation's date may move with every read). */
  licenseExpiresAt?: string;
  /** The licence details as last read (no event: the facts above say when it changes). */
  license?: LicenseDetails;
  lastSyncedAt?: string;
  /** When the controller last answered: the facts here are from then. */
  lastReadAt?: string;
  error?: string;
  computes?: ComputeView[];
  /** Lab id -> state at the last collection, to see state changes (activity). */
  labStates?: Record<string, string>;
}

/** The facts a `worker.cml-info-changed` event reports. */
export const CML_INFO_FACTS = ['version', 'ready', 'licensed', 'licenseStatus', 'healthy'] as const;

/** The facts the observation states and that differ from the known ones; a fact not read is no change. */
export function cmlInfoChanges(known: CmlFacts, observation: CmlObservation): FactChanges {
  const changes: FactChanges = {};
  for (const key of CML_INFO_FACTS) {
    const next = observation[key];
    if (next !== undefined && known[key] !== next) changes[key] = { from: known[key], to: next };
  }
  return changes;
}

/** The facts after an observation made at `at`, and which of them changed: the last error, when the controller last answered. */
export function applyCmlObservation(known: CmlFacts, observation: CmlObservation, at: string): { facts: CmlFacts; changes: FactChanges } {
  const changes = cmlInfoChanges(known, observation);
  const facts: CmlFacts = { ...known };
  for (const [key, { to }] of Object.entries(changes)) Object.assign(facts, { [key]: to });
  if (observation.computes) facts.computes = observation.computes;
  if (observation.licenseExpiresAt !== undefined) facts.licenseExpiresAt = observation.licenseExpiresAt ?? undefined;
  if (observation.license) facts.license = observation.license;
  const answered = observation.serviceStatus === 'available';
  facts.error = answered ? undefined : observation.reason;
  facts.lastSyncedAt = at;
  if (answered) facts.lastReadAt = at;
  return { facts, changes };
}

/** What a worker keeps of its controller's service and of the boot under way. */
export interface ServiceFacts {
  serviceStatus: ServiceStatus;
  bootStartedAt?: string;
  bootToReadySeconds: number[];
}

/** A WorkerChange (worker-settings.rule.ts) of the service facts. */
export interface ServiceStatusChange {
  set: Partial<ServiceFacts>;
  event: { type: 'worker.service-status-changed'; data: { from: ServiceStatus; to: ServiceStatus; reason: string } };
}

/**
 * The controller's service status as observed, when it changed. A controller that became available
 * ends the boot that started it: its boot-to-ready time becomes a sample (reservations pre-warm by
 * these; docs/scheduling.md).
 */
export function serviceStatusObserved(state: ServiceFacts, observation: CmlObservation, now: Date): ServiceStatusChange | undefined {
  const { serviceStatus, reason = `CML controller is ${observation.serviceStatus}` } = observation;
  if (serviceStatus === state.serviceStatus) return undefined;
  const event = { type: 'worker.service-status-changed' as const, data: { from: state.serviceStatus, to: serviceStatus, reason } };
  const { bootStartedAt } = state;
  if (serviceStatus !== 'available' || !bootStartedAt) return { set: { serviceStatus }, event };
  return { set: { serviceStatus, bootToReadySeconds: withBootSample(state.bootToReadySeconds, bootStartedAt, now), bootStartedAt: undefined }, event };
}
