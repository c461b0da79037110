import { Injectable } from '@nestjs/common';
import { Clock } from '#kernel';
import { AppConfig } from '../../config/app-config.js';
import { followPolicy } from './application/worker-config.policy.js';
import { workersToFollow } from './application/status-follow.service.js';
import type { WorkerBrief, WorkerView } from './application/worker.view.js';
import { WorkerReadModel } from './application/ports/worker-read-model.port.js';
import { WorkerErrors } from './domain/worker.errors.js';

export type { WorkerBrief, WorkerView } from './application/worker.view.js';
/** The naming rule of workers, for forms that must check exactly what the server checks. */
export { WORKER_NAME_RULE } from './domain/worker-name.rule.js';
/** The workers module's error codes (WORKER.NOT_FOUND for a malformed worker id in another module's route, say). */
export { WorkerErrors } from './domain/worker.errors.js';

/** A worker as the scheduling module's power decisions need it (see the scheduling module's `FleetWorker`). */
export interface PowerFleetWorker {
  id: string;
  name: string;
  region: string;
  status: string;
  tags: Readonly<Record<string, string>>;
  statusChangedAt?: string;
  owner?: string;
  lastManualChange?: { action: 'start' | 'stop'; at: string; by: string };
  override?: { kind: 'keep-running' | 'keep-stopped'; until: string; by: string };
  bootToReadySeconds: readonly number[];
  power?: { failures: number; lastAttemptAt?: string };
}

/** A worker's desired power as the reconciler decided it (times ISO 8601). */
export interface DesiredPowerRecord {
  state: 'running' | 'stopped' | 'either';
  rule: { kind: string; id?: string; name?: string };
  reason: string;
  until?: string;
  next: { at: string; state: 'running' | 'stopped' | 'either'; rule: { kind: string; id?: string; name?: string }; reason: string }[];
}

export type PowerChangeTrigger = 'schedule' | 'reservation' | 'runtime-limit' | 'override';

const toPowerFleetWorker = (w: WorkerView): PowerFleetWorker => ({ id: w.id, name: w.name, region: w.region, status: w.status, tags: w.tags, statusChangedAt: w.statusChangedAt, bootToReadySeconds: [] });

const notYet = (method: string) => new Error(`WorkersFacade.${method} is not implemented yet`);

/** What other modules (labs, jobs) may ask of the workers module. */
@Injectable()
export class WorkersFacade {
  constructor(
    private readonly readModel: WorkerReadModel,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

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
  /** Managed workers that are not terminated, as the scheduling module needs them. */
  // Stand-in until h13-workers: the facts the read model has (no owner, override or boot times yet).
  async fleetForPower(): Promise<PowerFleetWorker[]> {
    const all = await this.listByStatus(['pending', 'running', 'stopping', 'stopped', 'shutting-down', 'failed', 'unknown']);
    return all.map(toPowerFleetWorker);
  }

  async fleetWorkerForPower(id: string): Promise<PowerFleetWorker> {
    return toPowerFleetWorker(await this.get(id));
  }

  async recordDesiredPower(_id: string, _desired: DesiredPowerRecord): Promise<void> {
    throw notYet('recordDesiredPower');
  }

  async recordPowerHeld(_id: string, _reason: string): Promise<void> {
    throw notYet('recordPowerHeld');
  }

  async changePowerFor(_id: string, _action: 'start' | 'stop', _trigger: PowerChangeTrigger, _reason: string): Promise<{ changed: boolean; message: string }> {
    throw notYet('changePowerFor');
  }

  async expireOverride(_id: string): Promise<void> {
    throw notYet('expireOverride');
  }
}

/** Commands other modules (the jobs module) may send on the bus. */
export { CollectFleetMetricsCommand, type FleetCollectionSummary } from './application/commands/collect-fleet-metrics/collect-fleet-metrics.command.js';
export { FollowWorkerTransitionsCommand, type FollowSummary } from './application/commands/follow-worker-transitions/follow-worker-transitions.command.js';
export { EvaluateIdleWorkersCommand, type IdleEvaluationSummary } from './application/commands/evaluate-idle-workers/evaluate-idle-workers.command.js';
export { ImportWorkersCommand, type ImportResult } from './application/commands/import-workers/import-workers.command.js';
