import type { AppConfig } from '../../../config/app-config.js';
import type { CapacityAction } from '#kernel';
import type { StartupPolicy } from '../domain/boot-to-ready.rule.js';
import type { FallbackOption, FallbackPolicy } from '../domain/capacity-fallback.rule.js';
import { fallbackOptions } from '../domain/capacity-fallback.value-object.js';
import { decideIdle, type IdleDecision } from '../domain/idle.rule.js';
import type { FollowPolicy } from '../domain/status-follow.rule.js';
import type { Worker } from '../domain/worker.aggregate.js';
import { idleProtection } from '../domain/power-record.value-object.js';
import type { EndpointPolicy } from '../domain/worker-endpoint.rule.js';
import { WorkerErrors } from '../domain/worker.errors.js';

/** What the configuration says the domain rules work with: one place per setting. */

export function endpointPolicy(config: AppConfig): EndpointPolicy {
  return { usePrivateIp: config.workers.endpointUsePrivateIp };
}

export function followPolicy(config: AppConfig): FollowPolicy {
  return { followIntervalSeconds: config.workers.followIntervalSeconds, followMaxMinutes: config.workers.followMaxMinutes, cycleIntervalSeconds: config.jobs.metricsIntervalSeconds };
}

/**
 * The boot-to-ready time assumed for a worker with no measured boot of its own: the one reservations
 * pre-warm by without history (RESERVATION_LEAD_DEFAULT_MINUTES), so the console's "ready in about"
 * and the reconciler's lead agree.
 */
export function startupPolicy(config: AppConfig): StartupPolicy {
  return { defaultSeconds: config.scheduling.reservationLeadDefaultMinutes * 60 };
}

/** The capacity fallback of a start or launch of `asked`: the fleet's alternatives, backoff and deadline. */
export function capacityPolicy(config: AppConfig, action: CapacityAction, asked: FallbackOption): FallbackPolicy {
  const { instanceTypes, subnetIds, backoffSeconds, deadlineMinutes } = config.workers.capacityFallback;
  return { options: fallbackOptions(action, asked, { instanceTypes, subnetIds }), backoffSeconds, deadlineMinutes };
}

/** Refuses regions this deployment does not manage, naming the ones it does. */
export function ensureManagedRegion(config: AppConfig, region: string): void {
  if (!config.aws.regions.includes(region)) throw WorkerErrors.regionNotManaged(region, config.aws.regions);
}

/** The idle timeout that applies to a worker: its override, else the fleet's. */
export function idleTimeoutFor(worker: { idle: { timeoutMinutes?: number } }, config: AppConfig): number {
  return worker.idle.timeoutMinutes ?? config.jobs.idle.timeoutMinutes;
}

/** The idle rule's decision for a worker now, fed with what the worker and the configuration know. */
export function evaluateIdle(worker: Worker, config: AppConfig, now: Date): IdleDecision {
  const idle = worker.idle;
  return decideIdle({
    now,
    status: worker.status,
    fleetEnabled: config.jobs.idle.enabled,
    workerEnabled: worker.idleDetectionEnabled,
    timeoutMinutes: idleTimeoutFor(worker, config),
    startGraceMinutes: config.jobs.idle.startGraceMinutes,
    warningLeadMinutes: config.jobs.idle.warningLeadMinutes,
    lastActivityAt: idle.lastActivityAt,
    lastActivitySource: idle.lastActivitySource,
    startedAt: worker.lifecycle.startRequestedAt,
    startedBy: worker.lifecycle.startRequestedBy && { kind: worker.lifecycle.startRequestedBy.kind, name: worker.lifecycle.startRequestedBy.name },
    keepRunningUntil: idle.snoozedUntil,
    protection: idleProtection(worker.desiredPower, worker.override, now),
    warning: idle.warning,
  });
}
