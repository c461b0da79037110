import { Logger } from '@nestjs/common';
import { CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock, createLimiter, DomainError, inCompletionOrder, type Limiter, PhaseTimer, retryOnConflict, systemActor } from '#kernel';
import { AppConfig } from '../../../../../config/app-config.js';
import { restoreDecision } from '../../../domain/instance-type-restore.rule.js';
import type { Worker } from '../../../domain/worker.aggregate.js';
import { resolveEndpoint } from '../../../domain/worker-endpoint.rule.js';
import { WorkerRepository } from '../../../domain/worker.repository.port.js';
import { endpointPolicy } from '../../worker-config.policy.js';
import { observed } from '../../ec2-instance.mapper.js';
import { AwsCallRecorder } from '../../ports/aws-call-recorder.port.js';
import { CloudWatchPort } from '../../ports/cloudwatch.port.js';
import { CmlCallCounter } from '../../ports/cml-call-counter.port.js';
import { type InstanceFigures, instanceFigures, instanceMetricQueries } from '../../instance-metrics.mapper.js';
import { type CmlCycleResult, CmlCyclePort } from '../../ports/cml-cycle.port.js';
import { type Ec2Instance, Ec2Port, type Ec2StatusCheck } from '../../ports/ec2.port.js';
import { type MetricSample, MetricSamples } from '../../ports/metric-samples.port.js';
import { WorkerReadModel } from '../../ports/worker-read-model.port.js';
import type { CollectionTarget, WorkerView } from '../../worker.view.js';
import { RestoreWorkerInstanceTypeCommand } from '../restore-worker-instance-type/restore-worker-instance-type.command.js';
import { CollectFleetMetricsCommand, type FleetCollectionSummary } from './collect-fleet-metrics.command.js';
import { fullDescribeReason, type LastFullDescribe } from './full-describe.rule.js';

/** Statuses whose instance EC2 may still report: every managed worker but the terminated and the failed launches. */
const MANAGED_STATUSES: WorkerView['status'][] = ['pending', 'running', 'stopping', 'stopped', 'shutting-down', 'unknown'];
const PHASES = ['loadWorkers', 'aws', 'cml', 'writes', 'samples'] as const;

type Metrics = Map<string, InstanceFigures>;
type Phases = PhaseTimer<(typeof PHASES)[number]>;

/** What one region contributed to the cycle. */
interface RegionOutcome {
  /** 1 when the region's instances were read in full (DescribeInstances) this cycle. */
  described: number;
  running: number;
  /** Running workers whose controller was read (those with an endpoint). */
  asked: number;
  cmlStatuses: string[];
  eventsEmitted: number;
  samples: number;
}

/**
 * Fleet-wide and batched: per region one paginated DescribeInstances, one paginated
 * DescribeInstanceStatus and GetMetricData in calls of up to 500 queries; never one AWS call per
 * worker per metric. Running controllers are read with bounded concurrency (three calls each), so
 * a slow or dead controller costs at most its timeout and delays nobody else.
 *
 * Regions run as independent pipelines: a region's controllers are read as soon as its
 * DescribeInstances is in (while CloudWatch still answers), and each worker is written as soon as
 * its own controller has answered, so AWS, controller and database time overlap instead of adding
 * up. The controller and write concurrencies are shared by all regions.
 */
@CommandHandler(CollectFleetMetricsCommand)
export class CollectFleetMetricsHandler implements ICommandHandler<CollectFleetMetricsCommand, FleetCollectionSummary> {
  private readonly logger = new Logger('FleetCollection');
  /** When this process last read each region in full (full-describe.rule.ts). */
  private readonly lastFullDescribe = new Map<string, LastFullDescribe>();
  /** Per region: the workers whose controllers answered in the last cycle. */
  private readonly answering = new Map<string, Set<string>>();

  constructor(
    private readonly readModel: WorkerReadModel,
    private readonly workers: WorkerRepository,
    private readonly ec2: Ec2Port,
    private readonly cloudwatch: CloudWatchPort,
    private readonly cml: CmlCyclePort,
    private readonly samples: MetricSamples,
    private readonly awsCalls: AwsCallRecorder,
    private readonly cmlCalls: CmlCallCounter,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly commands: CommandBus,
  ) {}

  async execute(): Promise<FleetCollectionSummary> {
    const started = Date.now();
    const errors: string[] = [];
    const awsBefore = this.awsCalls.counts();
    const cmlBefore = this.cmlCalls.total();
    const phases: Phases = new PhaseTimer();

    const all = await phases.time('loadWorkers', () => this.readModel.collectionTargets(MANAGED_STATUSES));
    const byRegion = new Map<string, CollectionTarget[]>();
    for (const w of all) {
      if (!w.instanceId) continue;
      const list = byRegion.get(w.region);
      if (list) list.push(w);
      else byRegion.set(w.region, [w]);
    }

    const shared = { cmlSlots: createLimiter(this.config.jobs.cmlConcurrency), writeSlots: createLimiter(this.config.jobs.collection.writeConcurrency), phases, errors };
    const outcomes = await Promise.all([...byRegion].map(([region, workers]) => this.collectRegion(region, workers, shared)));

    const total = (k: keyof Omit<RegionOutcome, 'cmlStatuses'>) => outcomes.reduce((n, o) => n + o[k], 0);
    const statuses = outcomes.flatMap((o) => o.cmlStatuses);
    const asked = total('asked');
    const cmlCalls = this.cmlCalls.total() - cmlBefore;
    const awsByOperation = Object.fromEntries(
      Object.entries(this.awsCalls.counts())
        .map(([op, n]) => [op, n - (awsBefore[op] ?? 0)] as const)
        .filter(([, n]) => n > 0),
    );
    return {
      regions: byRegion.size,
      regionsDescribed: total('described'),
      workers: all.length,
      running: total('running'),
      cmlAvailable: statuses.filter((s) => s === 'available').length,
      cmlUnavailable: statuses.filter((s) => s !== 'available').length,
      eventsEmitted: total('eventsEmitted'),
      samples: total('samples'),
      awsCalls: Object.values(awsByOperation).reduce((a, n) => a + n, 0),
      awsCallsByOperation: awsByOperation,
      cmlCalls,
      cmlCallsPerRunningWorker: asked ? Math.round((cmlCalls / asked) * 100) / 100 : 0,
      durationMs: Date.now() - started,
      phasesMs: phases.busyMs(PHASES),
      errors: errors.slice(0, 50),
    };
  }

  private async collectRegion(
    region: string,
    workers: CollectionTarget[],
    shared: { cmlSlots: Limiter; writeSlots: Limiter; phases: Phases; errors: string[] },
  ): Promise<RegionOutcome> {
    const outcome: RegionOutcome = { described: 0, running: 0, asked: 0, cmlStatuses: [], eventsEmitted: 0, samples: 0 };
    const { phases, errors } = shared;
    const managed = new Set(workers.map((w) => w.instanceId!));

    // EC2 first: DescribeInstanceStatus (every state, the checks) every cycle; DescribeInstances
    // (addresses, tags, type) side by side when a full read is due, else only when the states show
    // a change (full-describe.rule.ts). CloudWatch starts as soon as the checks say which instances run.
    let metrics: Promise<Metrics> = Promise.resolve(new Map());
    const policy = endpointPolicy(this.config);
    const now = { atMs: Date.now(), policy: JSON.stringify(policy), describeSeconds: this.config.jobs.collection.describeSeconds };
    const ec2 = await phases.time('aws', async () => {
      const statusChecks = this.ec2.describeInstanceStatus(region);
      metrics = statusChecks.then(
        (checks) => this.cloudWatchFigures(region, checks.filter((c) => c.state === 'running' && managed.has(c.instanceId)).map((c) => c.instanceId)),
        () => new Map(),
      );
      const last = this.lastFullDescribe.get(region);
      const dueAnyway = fullDescribeReason([], new Map(), last, now);
      let describing = dueAnyway ? this.ec2.describeInstances(region) : undefined;
      // If the status checks fail first, this one's failure has nobody left to hear it.
      describing?.catch(() => undefined);
      const checks = new Map((await statusChecks).map((c) => [c.instanceId, c]));
      describing ??= fullDescribeReason(workers, checks, last, now) ? this.ec2.describeInstances(region) : undefined;
      if (!describing) return { described: false as const, instances: new Map<string, Ec2Instance>(), checks };
      const instances = await describing;
      this.lastFullDescribe.set(region, { atMs: now.atMs, policy: now.policy });
      return { described: true as const, instances: new Map(instances.filter((i) => managed.has(i.instanceId)).map((i) => [i.instanceId, i])), checks };
    }).catch((err: unknown) => {
      errors.push(`${region}: ${err instanceof DomainError ? err.message : (err as Error).message}`);
      // What changed while the region could not be read shows in no state comparison: read it in full next time.
      this.lastFullDescribe.delete(region);
      return undefined;
    });
    if (!ec2) {
      await metrics;
      return outcome;
    }
    if (ec2.described) outcome.described = 1;
    // What EC2 told of each worker's instance this cycle: in full, missing, or (no full read) only the unchanged state.
    const observation = (w: CollectionTarget): Ec2Instance | 'missing' | 'unchanged' => (ec2.described ? (ec2.instances.get(w.instanceId!) ?? 'missing') : 'unchanged');

    // Controllers of workers running per EC2 now (not per the stored status), at the endpoint the
    // worker will have after this cycle's EC2 facts; started at once, bounded by the shared slots.
    const reads = new Map<string, Promise<CmlCycleResult | undefined>>();
    for (const w of workers) {
      const seen = observation(w);
      const state = typeof seen === 'object' ? seen.state : seen === 'unchanged' ? ec2.checks.get(w.instanceId!)?.state : undefined;
      if (state !== 'running') continue;
      outcome.running++;
      const endpoint = typeof seen === 'object' ? this.endpointOf(w, seen) : w.endpoint;
      if (!endpoint) continue;
      outcome.asked++;
      reads.set(w.id, shared.cmlSlots(() => phases.time('cml', () => this.readController(w, endpoint, errors))));
    }
    const figures = await phases.time('aws', () => metrics);

    // One read-modify-write per worker, in the order workers become ready (stopped ones at once,
    // running ones when their controller answered): up to WORKER_METRICS_LOAD_BATCH ready workers are
    // read in one query and then written, so reads are batched and memory holds one batch, not the region.
    const samples: MetricSample[] = [];
    const ready = workers.map(async (view) => ({ view, cml: await reads.get(view.id) }));
    for await (const batch of inCompletionOrder(ready, this.config.jobs.collection.loadBatch)) {
      const loaded = await this.workers.getMany(batch.map((b) => b.view.id)).catch(() => new Map<string, Worker>());
      await Promise.all(
        batch.map(async ({ view, cml }) => {
          if (cml) outcome.cmlStatuses.push(cml.observation.serviceStatus);
          const id = view.instanceId!;
          try {
            const emitted = await shared.writeSlots(() =>
              phases.time('writes', () => this.apply(view, loaded.get(view.id), observation(view), ec2.checks.get(id), figures.get(id), cml, samples)),
            );
            outcome.eventsEmitted += emitted;
          } catch (err) {
            errors.push(`${view.name}: ${(err as Error).message}`);
          }
        }),
      );
    }
    await this.rememberAnswers(region, workers, reads, ec2.described);
    await phases.time('samples', () => this.samples.record(samples)).catch((err: unknown) => errors.push(`metric samples: ${(err as Error).message}`));
    outcome.samples = samples.length;
    return outcome;
  }

  /**
   * Which controllers answered this cycle; those that answered last cycle and not at their stored
   * address this time make the next cycle read the region in full (full-describe.rule.ts).
   */
  private async rememberAnswers(region: string, workers: CollectionTarget[], reads: Map<string, Promise<CmlCycleResult | undefined>>, described: boolean): Promise<void> {
    const answered = new Set<string>();
    for (const [id, read] of reads) if ((await read)?.observation.serviceStatus === 'available') answered.add(id);
    const before = this.answering.get(region);
    this.answering.set(region, answered);
    const memory = this.lastFullDescribe.get(region);
    if (!memory) return;
    const silenced = described || !before ? [] : workers.filter((w) => before.has(w.id) && reads.has(w.id) && !answered.has(w.id)).map((w) => w.name);
    this.lastFullDescribe.set(region, { ...memory, silenced });
  }

  private async readController(w: CollectionTarget, endpoint: string, errors: string[]): Promise<CmlCycleResult | undefined> {
    try {
      return await this.cml.collect({ name: w.name, instanceId: w.instanceId, endpoint }, w.idle?.lastActivityCheckAt);
    } catch (err) {
      errors.push(`${w.name}: ${(err as Error).message}`);
      return undefined;
    }
  }

  /** CPU and memory of the running instances; CloudWatch trouble costs these figures only, not the cycle. */
  private async cloudWatchFigures(region: string, running: string[]): Promise<Metrics> {
    if (running.length === 0) return new Map();
    const { cloudWatchPeriodSeconds, cloudWatchWindowMinutes } = this.config.jobs.collection;
    const end = this.clock.now();
    try {
      const results = await this.cloudwatch.getMetricData(region, instanceMetricQueries(running, cloudWatchPeriodSeconds), { start: new Date(end.getTime() - cloudWatchWindowMinutes * 60_000), end });
      return instanceFigures(running, results);
    } catch (err) {
      this.logger.warn(`CloudWatch in ${region} failed: ${(err as Error).message}`);
      return new Map();
    }
  }

  /** The endpoint as the worker will have it after this cycle's EC2 facts (new IPs, new tags): the domain's rule. */
  private endpointOf(view: CollectionTarget, instance: Ec2Instance): string | undefined {
    const { usePrivateIp } = endpointPolicy(this.config);
    return resolveEndpoint({ override: view.endpointOverride, tags: instance.tags, publicIp: instance.publicIp, privateIp: instance.privateIp, usePrivateIp }).url;
  }

  /**
   * One read-modify-write per worker for everything this cycle learned; returns the events emitted.
   * The worker comes from the batch load; a lost version race reloads it alone and applies again.
   * A stopped worker still waiting to go back to its own instance type after a capacity fallback
   * (the change failed when the stop was seen, or nobody saw the stop) is changed back after it.
   */
  private async apply(
    view: CollectionTarget,
    preloaded: Worker | undefined,
    instance: Ec2Instance | 'missing' | 'unchanged',
    check: Ec2StatusCheck | undefined,
    metrics: InstanceFigures | undefined,
    cml: CmlCycleResult | undefined,
    samples: MetricSample[],
  ): Promise<number> {
    const actor = systemActor('metrics-collection');
    let emitted = 0;
    let first = preloaded;
    let restore = false;
    await retryOnConflict(async () => {
      const worker = first ?? (await this.workers.get(view.id));
      first = undefined;
      const ctx = { actor, now: this.clock.now() };
      const threshold = this.config.cml.telemetryThresholdPercent;
      if (instance !== 'unchanged') worker.observe(instance === 'missing' ? 'missing' : observed(instance), endpointPolicy(this.config), ctx);
      if (check) worker.observeStatusChecks({ instance: check.instanceStatus, system: check.systemStatus }, ctx);
      if (worker.status === 'running') {
        if (metrics) worker.observeTelemetry({ ec2CpuPercent: metrics.cpu, ec2MemoryPercent: metrics.memory }, threshold, ctx);
        if (cml) {
          worker.observeCml(cml.observation, threshold, ctx);
          worker.observeActivity({ latest: cml.latestActivity, labStates: cml.labStates }, ctx);
        } else if (!worker.endpoint) {
          // Not asked (nowhere to ask): say why on the worker instead of leaving the last answer.
          worker.observeCml({ serviceStatus: 'unavailable', reason: worker.endpointProblem ?? `Worker ${worker.name} has no CML endpoint (no public IP, tag or override).` }, threshold, ctx);
        }
      }
      if (instance === 'unchanged' && restoreDecision(worker).kind === 'restore') {
        // Before changing the type back, the instance as it is now: someone may have chosen another type meanwhile.
        const [current] = await this.ec2.describeInstances(view.region, { instanceIds: [view.instanceId!] }).catch(() => []);
        if (current) worker.observe(observed(current), endpointPolicy(this.config), ctx);
      }
      emitted = worker.unsavedEvents().length;
      restore = restoreDecision(worker).kind === 'restore';
      // Grouped with the other workers' saves of the moment: a few bulk writes per cycle, not one write per worker.
      await this.workers.save(worker, { grouped: true });
      worker.commit();
      if (worker.status === 'running') {
        const t = worker.telemetry;
        samples.push({
          workerId: worker.id,
          at: ctx.now.toISOString(),
          ec2CpuPercent: metrics?.cpu,
          ec2MemoryPercent: metrics?.memory,
          cpuPercent: cml ? t.cpuPercent : undefined,
          memoryPercent: cml ? t.memoryPercent : undefined,
          diskPercent: cml ? t.diskPercent : undefined,
          runningNodes: cml ? t.runningNodes : undefined,
        });
      }
    });
    if (restore) await this.commands.execute(new RestoreWorkerInstanceTypeCommand(view.id));
    return emitted;
  }
}
