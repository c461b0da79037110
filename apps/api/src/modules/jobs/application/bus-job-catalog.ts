import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { mapWithConcurrency, systemActor } from '#kernel';
import { AppConfig } from '../../../config/app-config.js';
import { type LabSyncResult, SyncWorkerLabsCommand } from '../../labs/labs.public.js';
import { ReconcilePowerCommand } from '../../scheduling/scheduling.public.js';
import { MeterCostCommand } from '../../cost/cost.public.js';
import { CollectFleetMetricsCommand, ContinueCapacityFallbacksCommand, ResumePowerOperationsCommand, EvaluateIdleWorkersCommand, FollowWorkerTransitionsCommand, type ImportResult, ImportWorkersCommand, RefreshWorkerVolumesCommand, WorkersFacade } from '../../workers/workers.public.js';
import { JobCatalog, type JobDefinition } from './job-definition.js';

/** The product's jobs: each run sends a command on the bus to the module that owns the work. */
@Injectable()
export class BusJobCatalog extends JobCatalog {
  private readonly extra: JobDefinition[] = [];

  constructor(
    private readonly commands: CommandBus,
    private readonly config: AppConfig,
    private readonly workers: WorkersFacade,
  ) {
    super();
  }

  /** Lets other modules contribute a job (e.g. the labs module's lab sync). */
  register(job: JobDefinition): void {
    this.extra.push(job);
  }

  all(): JobDefinition[] {
    const { jobs } = this.config;
    return [
      {
        name: 'metrics-collection',
        description: 'Reads EC2 state and status checks, CloudWatch CPU and memory, and the CML side of running workers (stats, labs, activity), fleet-wide and batched.',
        intervalSeconds: jobs.metricsIntervalSeconds,
        enabled: true,
        run: async () => ({ ...(await this.commands.execute(new CollectFleetMetricsCommand())) }),
      },
      {
        name: 'status-follow',
        description: `Reads the EC2 state of instances that are starting or stopping every ${this.config.workers.followIntervalSeconds} s (one call per region) for up to ${this.config.workers.followMaxMinutes} min, so the console shows the change as soon as EC2 has made it. Runs only when an instance is changing.`,
        intervalSeconds: this.config.workers.followIntervalSeconds,
        enabled: true,
        due: () => this.workers.hasChangesToFollow(),
        run: async () => ({ ...(await this.commands.execute(new FollowWorkerTransitionsCommand())) }),
      },
      {
        name: 'capacity-fallback',
        description: `Makes the next try of every start or launch that found no EC2 capacity: the next instance type (a stopped instance is changed to it first) or subnet, then all again after a backoff, until WORKER_CAPACITY_FALLBACK_DEADLINE_MINUTES (docs/stop-and-start.md). Runs only when a try is due.`,
        intervalSeconds: this.config.workers.capacityFallback.intervalSeconds,
        enabled: true,
        due: () => this.workers.hasCapacityFallbacksDue(),
        run: async () => ({ ...(await this.commands.execute(new ContinueCapacityFallbacksCommand())) }),
      },
      {
        name: 'power-operations',
        description: 'Takes over a choreographed stop or terminate whose process went away (no heartbeat for four intervals): another replica, or this one after a restart, carries it on from the step it was in (docs/stop-and-start.md). Runs only when one waits.',
        intervalSeconds: this.config.workers.powerOperations.resumeIntervalSeconds,
        enabled: true,
        due: () => this.workers.hasPowerOperationsToResume(),
        run: async () => ({ ...(await this.commands.execute(new ResumePowerOperationsCommand())) }),
      },
      {
        name: 'idle-detection',
        description: 'Evaluates running workers for idleness: keeps, warns (with the planned stop time) or stops them, recording every decision and its reason.',
        intervalSeconds: jobs.idle.checkIntervalSeconds,
        enabled: jobs.idle.enabled,
        disabledReason: jobs.idle.enabled ? undefined : 'IDLE_DETECTION_ENABLED=false',
        run: async () => ({ ...(await this.commands.execute(new EvaluateIdleWorkersCommand())) }),
      },
      {
        name: 'volume-inventory',
        description: 'Reads the EBS volumes (size and type) of every managed worker not terminated, one DescribeVolumes call per region, and records the workers whose volumes changed: a stopped worker still pays for its storage. Apart from the metrics collection, since volumes rarely change.',
        intervalSeconds: jobs.volumeInventoryIntervalSeconds,
        enabled: true,
        run: async () => ({ ...(await this.commands.execute(new RefreshWorkerVolumesCommand())) }),
      },
      {
        name: 'lab-sync',
        description: 'Brings the lab records of every running worker in line with its controller (one call per worker).',
        intervalSeconds: jobs.labSyncIntervalSeconds,
        enabled: true,
        run: () => this.syncLabs(),
      },
      {
        name: 'power-reconciler',
        description:
          'Compares every managed worker with its desired power state (reservations with their warm-up, overrides, schedules, runtime limits; docs/scheduling.md) and starts or stops it through the same commands people use. A transition in progress is left alone; after failures it backs off; every decision not to act is recorded with its reason.',
        intervalSeconds: this.config.scheduling.reconcileIntervalSeconds,
        enabled: true,
        run: async () => ({ ...(await this.commands.execute(new ReconcilePowerCommand())) }),
      },
      {
        name: 'cost-meter',
        description:
          'Brings the cost ledger up to date: finds the workers whose status history was recorded since its last run and meters each of them again from its history (running time per second with the one-minute minimum, savings of automatic stops), so month views add up stored figures instead of replaying history (docs/cost.md).',
        intervalSeconds: this.config.cost.meterIntervalSeconds,
        enabled: true,
        run: async () => ({ ...(await this.commands.execute(new MeterCostCommand())) }),
      },
      ...this.extra,
      {
        name: 'auto-import',
        description: `Imports unmanaged instances whose AMI name matches ${jobs.autoImport.amiName ?? '(AUTO_IMPORT_WORKERS_AMI_NAME)'} in ${jobs.autoImport.regions.join(', ')}; never imports twice.`,
        intervalSeconds: jobs.autoImport.intervalSeconds,
        enabled: jobs.autoImport.enabled,
        disabledReason: jobs.autoImport.enabled ? undefined : 'AUTO_IMPORT_WORKERS_ENABLED=false',
        run: () => this.autoImport(),
      },
    ];
  }

  private async syncLabs(): Promise<Record<string, unknown>> {
    const running = await this.workers.listByStatus(['running']);
    const totals = { workers: running.length, created: 0, updated: 0, removed: 0, unchanged: 0, failed: 0 };
    const failures: string[] = [];
    await mapWithConcurrency(running, this.config.jobs.cmlConcurrency, async (w) => {
      try {
        const r = await this.commands.execute<SyncWorkerLabsCommand, LabSyncResult>(new SyncWorkerLabsCommand(w.id, systemActor('lab-sync')));
        totals.created += r.created;
        totals.updated += r.updated;
        totals.removed += r.removed;
        totals.unchanged += r.unchanged;
      } catch (err) {
        totals.failed++;
        failures.push(`${w.name}: ${(err as Error).message}`);
      }
    });
    return { ...totals, failures: failures.slice(0, 20) };
  }

  private async autoImport(): Promise<Record<string, unknown>> {
    const { regions, amiName } = this.config.jobs.autoImport;
    const perRegion: Record<string, { found: number; imported: string[]; skipped: number; error?: string }> = {};
    let found = 0;
    let imported = 0;
    let skipped = 0;
    for (const region of regions) {
      try {
        const r = await this.commands.execute<ImportWorkersCommand, ImportResult>(new ImportWorkersCommand({ region, amiName, all: true }, systemActor('auto-import'), 'auto-import'));
        perRegion[region] = { found: r.totalFound, imported: r.imported.map((i) => i.instanceId), skipped: r.skipped.length };
        found += r.totalFound;
        imported += r.imported.length;
        skipped += r.skipped.length;
      } catch (err) {
        perRegion[region] = { found: 0, imported: [], skipped: 0, error: (err as Error).message };
      }
    }
    return { found, imported, skipped, regions: perRegion };
  }
}
