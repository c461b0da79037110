import type { AppConfig } from '../../../config/app-config.js';
import { decideIdle, type IdleDecision } from '../domain/idle.rule.js';
import type { Worker } from '../domain/worker.aggregate.js';

/** The idle timeout that applies to a worker: its override, else the fleet's. */
export function timeoutFor(worker: { idle: { timeoutMinutes?: number } }, config: AppConfig): number {
  return worker.idle.timeoutMinutes ?? config.jobs.idle.timeoutMinutes;
}

/** Feeds the rule with what the worker and the configuration know. */
export function evaluate(worker: Worker, config: AppConfig, now: Date): IdleDecision {
  const idle = worker.idle;
  return decideIdle({
    now,
    status: worker.status,
    fleetEnabled: config.jobs.idle.enabled,
    workerEnabled: worker.idleDetectionEnabled,
    timeoutMinutes: timeoutFor(worker, config),
    startGraceMinutes: config.jobs.idle.startGraceMinutes,
    warningLeadMinutes: config.jobs.idle.warningLeadMinutes,
    lastActivityAt: idle.lastActivityAt,
    lastActivitySource: idle.lastActivitySource,
    startedAt: worker.lifecycle.startRequestedAt,
    keepRunningUntil: idle.snoozedUntil,
    warning: idle.warning,
  });
}
