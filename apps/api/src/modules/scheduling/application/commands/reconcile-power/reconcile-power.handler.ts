import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '#kernel';
import { AppConfig } from '../../../../../config/app-config.js';
import type { DesiredPower, PowerRuleKind } from '../../../domain/desired-state.rule.js';
import { stopWarningReason } from '../../../domain/stop-warning.rule.js';
import { type PlanContext, PowerPlanner } from '../../power-planner.service.js';
import { type FleetWorker, type PowerTrigger, WorkerFleet } from '../../ports/worker-fleet.port.js';
import { ReconcilePowerCommand, type ReconcileSummary } from './reconcile-power.command.js';

/** Where a changing instance is heading. */
const HEADING: Record<string, 'running' | 'stopped'> = { pending: 'running', stopping: 'stopped', 'shutting-down': 'stopped' };
const TRIGGER: Partial<Record<PowerRuleKind, PowerTrigger>> = { schedule: 'schedule', reservation: 'reservation', 'runtime-limit': 'runtime-limit', override: 'override' };

/** Minutes to wait after `failures` failed attempts in a row: 1, 2, 4 ... at most 60. */
export function backoffMinutes(failures: number): number {
  return failures <= 0 ? 0 : Math.min(60, 2 ** (failures - 1));
}

/**
 * The reconciler: for each managed worker, records its desired power state, then acts where the
 * instance differs, through the same start and stop commands people use (so every rule that
 * guards them applies). A transition in progress is left alone; after failures it backs off; a
 * worker whose rule is a person's own change is never fought.
 */
@CommandHandler(ReconcilePowerCommand)
export class ReconcilePowerHandler implements ICommandHandler<ReconcilePowerCommand, ReconcileSummary> {
  constructor(
    private readonly fleet: WorkerFleet,
    private readonly planner: PowerPlanner,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  async execute(): Promise<ReconcileSummary> {
    const now = this.clock.now();
    const [workers, ctx] = await Promise.all([this.fleet.all(), this.planner.context(now)]);
    const summary: ReconcileSummary = { workers: workers.length, started: [], stopped: [], warned: [], expired: [], held: [], failed: [] };
    for (let worker of workers) {
      try {
        // An override whose time is up is cleared first (its own event), then the other rules decide.
        if (worker.override && Date.parse(worker.override.until) <= now.getTime()) {
          if (await this.fleet.expireOverride(worker.id)) summary.expired.push(worker.name);
          worker = { ...worker, override: undefined };
        }
        const desired = this.planner.desiredFor(worker, ctx, now);
        await this.fleet.recordDesired(worker.id, desired);
        await this.warn(worker, ctx, desired, now, summary);
        await this.act(worker, desired, now, summary);
      } catch (err) {
        summary.failed.push({ worker: worker.name, error: (err as Error).message });
      }
    }
    return summary;
  }

  private async act(worker: FleetWorker, desired: DesiredPower, now: Date, summary: ReconcileSummary): Promise<void> {
    const action = desired.state === 'running' && worker.status === 'stopped' ? 'start' : desired.state === 'stopped' && worker.status === 'running' ? 'stop' : undefined;
    if (!action) {
      const heading = HEADING[worker.status];
      if (heading && desired.state !== 'either' && heading !== desired.state) await this.hold(worker, `EC2 is still ${worker.status === 'pending' ? 'starting' : 'changing'} it (${worker.status}); the reconciler waits for it to settle.`, summary);
      return;
    }
    const trigger = TRIGGER[desired.rule.kind];
    if (!trigger) return;
    const failures = worker.power?.failures ?? 0;
    const last = worker.power?.lastAttemptAt ? Date.parse(worker.power.lastAttemptAt) : 0;
    const wait = backoffMinutes(failures) * 60_000;
    if (failures > 0 && now.getTime() < last + wait) {
      await this.hold(worker, `Not trying to ${action} it again before ${new Date(last + wait).toISOString()}: ${failures} attempt${failures === 1 ? '' : 's'} failed in a row (backing off ${backoffMinutes(failures)} min).`, summary);
      return;
    }
    const result = await this.fleet.power(worker.id, action, trigger, desired.reason);
    if (result.changed) (action === 'start' ? summary.started : summary.stopped).push(worker.name);
  }

  /**
   * Warns once of a stop it will make for a schedule end, runtime limit or reservation end. The
   * worker keeps the planned stop it was warned of (several runs and replicas warn once); a keep-running
   * override set after the warning moves the planned stop, so it is not made then.
   */
  private async warn(worker: FleetWorker, ctx: PlanContext, desired: DesiredPower, now: Date, summary: ReconcileSummary): Promise<void> {
    const stop = this.planner.stopToWarn(worker, ctx, desired, now);
    if (!stop || worker.stopWarnedFor === stop.at.toISOString()) return;
    await this.fleet.warnStop(worker.id, stop, stopWarningReason(stop, now));
    summary.warned.push(worker.name);
  }

  private async hold(worker: FleetWorker, reason: string, summary: ReconcileSummary): Promise<void> {
    summary.held.push({ worker: worker.name, reason });
    // The workers module records a held decision once, until its reason changes.
    await this.fleet.recordHeld(worker.id, reason);
  }
}
