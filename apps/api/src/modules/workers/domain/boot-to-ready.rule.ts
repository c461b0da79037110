import type { ServiceStatus, WorkerStatus } from '#kernel';

/** Where a starting worker's expected boot-to-ready time comes from. */
export type StartupBasis = 'history' | 'default';

/** What the estimate needs of a worker. */
export interface StartupFacts {
  managed: boolean;
  status: WorkerStatus;
  serviceStatus: ServiceStatus;
  /** When the product asked EC2 to start it; cleared once the controller answered (cml-observation.value-object.ts). */
  bootStartedAt?: string;
  /** Measured boot-to-ready times in seconds, newest last. */
  bootToReadySeconds: readonly number[];
}

export interface StartupPolicy {
  /** The boot-to-ready time assumed for a worker with no measured boot of its own. */
  defaultSeconds: number;
}

/** A boot under way and when its controller is expected to answer. */
export interface StartupEstimate {
  startedAt: string;
  /** When the controller is expected to answer; never before `now` (an overdue boot is expected any moment). */
  expectedReadyAt: string;
  /** True when the boot has already taken longer than `typicalSeconds`. */
  overdue: boolean;
  /** How long a boot of this worker usually takes: the median of its samples, or the fleet default. */
  typicalSeconds: number;
  basis: StartupBasis;
  /** How many measured boots the median is of (0 with the default). */
  samples: number;
}

/** Statuses in which a started instance may still be booting towards its controller. */
const BOOTING_STATUSES: readonly WorkerStatus[] = ['pending', 'running'];

/** The median of the samples (the mean of the middle two for an even count); undefined for none. */
export function medianSeconds(samples: readonly number[]): number | undefined {
  if (samples.length === 0) return undefined;
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * When a worker whose start was asked for is expected to be ready (its CML controller available),
 * from the median of its own boot-to-ready times, or the fleet's default without any. Undefined
 * when no boot is under way: nothing started, the controller already answers, or the instance
 * left pending/running (a stop ends the boot without a sample). A boot that has taken longer than
 * usual is expected at `now`, never in the past.
 */
export function startupEstimate(facts: StartupFacts, now: Date, policy: StartupPolicy): StartupEstimate | undefined {
  const { bootStartedAt } = facts;
  if (!facts.managed || !bootStartedAt || facts.serviceStatus === 'available' || !BOOTING_STATUSES.includes(facts.status)) return undefined;
  const started = Date.parse(bootStartedAt);
  if (Number.isNaN(started)) return undefined;
  const median = medianSeconds(facts.bootToReadySeconds);
  const typicalSeconds = Math.round(median ?? policy.defaultSeconds);
  const expected = started + typicalSeconds * 1000;
  const overdue = expected < now.getTime();
  return {
    startedAt: new Date(started).toISOString(),
    expectedReadyAt: new Date(overdue ? now.getTime() : expected).toISOString(),
    overdue,
    typicalSeconds,
    basis: median === undefined ? 'default' : 'history',
    samples: facts.bootToReadySeconds.length,
  };
}
