import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Clock, type PowerTrigger, systemActor } from '#kernel';
import { AppConfig } from '../../config/app-config.js';
import { followPolicy } from './application/worker-config.policy.js';
import { workersToFollow } from './application/status-follow.service.js';
import type { WorkerBrief, WorkerView } from './application/worker.view.js';
import { WorkerReadModel } from './application/ports/worker-read-model.port.js';
import { PowerOperationRunner } from './application/power-operations/power-operation.runner.js';
import { WorkerErrors } from './domain/worker.errors.js';
import { ChangeWorkerStateCommand, type StateChangeResult } from './application/commands/change-worker-state/change-worker-state.command.js';
import { ChangeWorkerOverrideCommand } from './application/commands/change-worker-override/change-worker-override.command.js';
import { type PowerEntry, RecordWorkerPowerCommand } from './application/commands/record-worker-power/record-worker-power.command.js';
import { ownerOrRoleRefusal, type PowerCaller } from './application/owner-access.js';
import type { DesiredPowerRecord, StopWarningRecord } from './domain/power-record.value-object.js';
import { WORKER_STATUSES } from './domain/worker-status.value-object.js';
import { type OwnerCaller, ownedBy } from './domain/worker-owner.rule.js';

export type { DesiredPowerRecord, StopWarningRecord, StoredDesiredPower } from './domain/power-record.value-object.js';
export type { OwnerCaller } from './domain/worker-owner.rule.js';
export type { PowerCaller } from './application/owner-access.js';

/** A worker as the scheduling module's power planner and reconciler need it. */
export interface FleetWorker {
  id: string;
  name: string;
  region: string;
  status: string;
  tags: Readonly<Record<string, string>>;
  /** Since when the product knows the worker (provisioned or imported): nothing is known of it before. */
  createdAt?: string;
  /** When the status last changed (for a running worker: since when it runs). */
  statusChangedAt?: string;
  owner?: string;
  /** The last start or stop a person asked for. */
  lastManualChange?: { action: 'start' | 'stop'; at: string; by: string };
  override?: { kind: 'keep-running' | 'keep-stopped'; until: string; by: string };
  /** Recent boot-to-ready times in seconds (start asked -> controller available), newest last. */
  bootToReadySeconds: readonly number[];
  /** How the reconciler's starts and stops went, to back off after failures. */
  power?: { failures: number; lastAttemptAt?: string };
  /** The planned stop the reconciler last warned of. */
  stopWarnedFor?: string;
}

/** Who the reconciler's starts, stops and records are by. */
const RECONCILER = systemActor('power-reconciler');

function toFleetWorker(w: WorkerView): FleetWorker {
  return {
    id: w.id,
    name: w.name,
    region: w.region,
    status: w.status,
    tags: { ...w.tags },
    createdAt: w.lifecycle.createdAt,
    statusChangedAt: w.statusChangedAt,
    owner: w.owner,
    lastManualChange: w.lastManualChange && { ...w.lastManualChange },
    override: w.override && { kind: w.override.kind, until: w.override.until, by: w.override.by },
    bootToReadySeconds: [...(w.bootToReadySeconds ?? [])],
    power: w.powerAttempts && { failures: w.powerAttempts.failures, lastAttemptAt: w.powerAttempts.lastAttemptAt },
    stopWarnedFor: w.stopWarning?.plannedStopAt,
  };
}

export type { WorkerBrief, WorkerView } from './application/worker.view.js';
/** The naming rule of workers, for forms that must check exactly what the server checks. */
export { WORKER_NAME_RULE } from './domain/worker-name.rule.js';
/** The workers module's error codes (WORKER.NOT_FOUND for a malformed worker id in another module's route, say). */
export { WorkerErrors } from './domain/worker.errors.js';

/** What other modules (labs, jobs) may ask of the workers module. */
@Injectable()
export class WorkersFacade {
  constructor(
    private readonly readModel: WorkerReadModel,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly commands: CommandBus,
    private readonly runner: PowerOperationRunner,
  ) {}

  /** Whether a start or launch waits for its next try for EC2 capacity now (the capacity-fallback job has work). */
  async hasCapacityFallbacksDue(): Promise<boolean> {
    return (await this.readModel.capacityFallbacksDue(this.clock.now())).length > 0;
  }

  /** Whether a stop or terminate waits to be taken over because its process went away (the power-operations job has work). */
  hasPowerOperationsToResume(): Promise<boolean> {
    return this.runner.hasAbandoned();
  }

  /** Whether an instance is changing state and followed closely now (the status-follow job has work). */
  async hasChangesToFollow(): Promise<boolean> {
    return (await workersToFollow(this.readModel, this.clock.now(), followPolicy(this.config))).length > 0;
  }

  /** One worker as the API shows it; WORKER.NOT_FOUND (404) when unknown. */
  async get(workerId: string): Promise<WorkerView> {
    const view = await this.readModel.get(workerId);
    if (!view) throw WorkerErrors.notFound(workerId);
    return view;
  }

  /** Managed workers in a status (paged internally; for jobs and fleet-wide views). */
  async listByStatus(statuses: WorkerView['status'][], region?: string): Promise<WorkerView[]> {
    const out: WorkerView[] = [];
    for (let page = 1; ; page++) {
      const res = await this.readModel.list({
        region,
        statuses,
        includeTerminated: true,
        includeUnregistered: false,
        page,
        pageSize: 500,
        sort: { field: 'name', direction: 1 },
      });
      out.push(...res.items);
      if (out.length >= res.total || res.items.length === 0) return out;
    }
  }

  /** Name and status of workers by id, in one read (for fleet-wide lists); unknown ids are left out. */
  briefs(ids: string[]): Promise<Map<string, WorkerBrief>> {
    return this.readModel.briefs(ids);
  }

  /** Every managed worker that is not terminated, as the power reconciler needs it. */
  async fleetForPower(): Promise<FleetWorker[]> {
    return (await this.readModel.allManaged(WORKER_STATUSES.filter((s) => s !== 'terminated'))).map(toFleetWorker);
  }

  /** One worker as the power reconciler needs it; WORKER.NOT_FOUND (404) when unknown. */
  async fleetWorkerForPower(workerId: string): Promise<FleetWorker> {
    return toFleetWorker(await this.get(workerId));
  }

  /** Stores the reconciler's decision on the worker (`worker.desired-power-changed` when its state or rule changed). */
  recordDesiredPower(workerId: string, desired: DesiredPowerRecord): Promise<void> {
    return this.record(workerId, { desired });
  }

  /** Records why the reconciler did not act (`worker.power-held` when the reason differs from the last one). */
  recordPowerHeld(workerId: string, reason: string): Promise<void> {
    return this.record(workerId, { held: reason });
  }

  /** Warns of a stop the reconciler will make (`worker.stop-warning-issued`, once per planned stop, whoever records it first). */
  recordStopWarning(workerId: string, warning: StopWarningRecord): Promise<void> {
    return this.record(workerId, { stopWarning: warning });
  }

  /**
   * Starts or stops the worker through the command people use (the transition table and every
   * guard apply), the trigger and reason on its status change. A failure is answered, not thrown,
   * and counts in the worker's `powerAttempts` (the reconciler backs off); a success resets them.
   */
  async changePowerFor(workerId: string, action: 'start' | 'stop', trigger: PowerTrigger, reason: string): Promise<StateChangeResult> {
    try {
      const result = await this.commands.execute<ChangeWorkerStateCommand, StateChangeResult>(new ChangeWorkerStateCommand(workerId, action, RECONCILER, reason, trigger));
      await this.record(workerId, { attempt: { ok: true } });
      return result;
    } catch (err) {
      const error = err instanceof Error ? err.message : String(err);
      await this.record(workerId, { attempt: { ok: false, error } });
      return { changed: false, message: `Could not ${action} the worker: ${error}` };
    }
  }

  /** Ends the worker's override if its `until` passed (`worker.override-cleared`, reason `expired`); false when there was none to end. */
  expireOverride(workerId: string): Promise<boolean> {
    return this.commands.execute<ChangeWorkerOverrideCommand, boolean>(new ChangeWorkerOverrideCommand(workerId, { clear: 'expired' }, RECONCILER));
  }

  /** Whether `caller` owns the worker (its username, or a member of its owner group). */
  async isOwner(workerId: string, caller: OwnerCaller): Promise<boolean> {
    return ownedBy((await this.get(workerId)).owner, caller);
  }

  /**
   * Refuses with WORKER.NOT_OWNER (403, naming the owner) unless `caller` owns the worker or holds
   * the manager role: what routes that owners may use on their own workers check (`what` names the
   * action, "Reserving"). WORKER.NOT_FOUND for an unknown worker.
   */
  async ensureOwnerOrManager(workerId: string, caller: PowerCaller, what: string): Promise<void> {
    const refusal = ownerOrRoleRefusal(await this.get(workerId), caller, 'manager', what);
    if (refusal) throw refusal;
  }

  private record(workerId: string, entry: PowerEntry): Promise<void> {
    return this.commands.execute(new RecordWorkerPowerCommand(workerId, entry, RECONCILER));
  }
}

/** Commands other modules (the jobs module) may send on the bus. */
export { CollectFleetMetricsCommand, type FleetCollectionSummary } from './application/commands/collect-fleet-metrics/collect-fleet-metrics.command.js';
export { type PowerResumeSummary, ResumePowerOperationsCommand } from './application/commands/resume-power-operations/resume-power-operations.command.js';
export { type CapacityFallbackSummary, ContinueCapacityFallbacksCommand } from './application/commands/continue-capacity-fallbacks/continue-capacity-fallbacks.command.js';
export { FollowWorkerTransitionsCommand, type FollowSummary } from './application/commands/follow-worker-transitions/follow-worker-transitions.command.js';
export { EvaluateIdleWorkersCommand, type IdleEvaluationSummary } from './application/commands/evaluate-idle-workers/evaluate-idle-workers.command.js';
export { ImportWorkersCommand, type ImportResult } from './application/commands/import-workers/import-workers.command.js';
export { RefreshWorkerVolumesCommand, type VolumeInventorySummary } from './application/commands/refresh-worker-volumes/refresh-worker-volumes.command.js';
/** Commands people's actions send, for modules that act for a person (the one-click links of notifications). */
export { ListWorkerFactsQuery, type WorkerFacts } from './application/queries/list-worker-facts/list-worker-facts.query.js';
export { ChangeWorkerStateCommand, type StateChangeResult } from './application/commands/change-worker-state/change-worker-state.command.js';
export { ChangeWorkerOverrideCommand } from './application/commands/change-worker-override/change-worker-override.command.js';
