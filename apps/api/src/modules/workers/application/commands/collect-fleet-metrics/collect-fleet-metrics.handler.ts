import { Logger } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock, DomainError, mapWithConcurrency, systemActor } from '#kernel';
import { retryOnConflict } from '#persistence';
import { AppConfig } from '../../../../../config/app-config.js';
import { CmlCallMetrics } from '../../../../../platform/cml/cml-call-metrics.js';
import { WorkerRepository } from '../../../domain/worker.repository.port.js';
import { endpointPolicy, observed } from '../../ec2-observation.js';
import { AwsCallRecorder } from '../../ports/aws-call-recorder.port.js';
import { CloudWatchPort, type MetricQuery } from '../../ports/cloudwatch.port.js';
import { type CmlCycleResult, CmlCyclePort } from '../../ports/cml-cycle.port.js';
import { type Ec2Instance, Ec2Port, type Ec2StatusCheck } from '../../ports/ec2.port.js';
import { type MetricSample, MetricSamples } from '../../ports/metric-samples.port.js';
import { WorkerReadModel, type WorkerView } from '../../worker.view.js';
import { CollectFleetMetricsCommand, type FleetCollectionSummary } from './collect-fleet-metrics.command.js';

/** Fits basic (5 min) and detailed (1 min) monitoring: 1-minute periods over 15 minutes, newest point wins. */
const CLOUDWATCH_WINDOW_MS = 15 * 60_000;
const CLOUDWATCH_PERIOD_S = 60;
const WRITE_CONCURRENCY = 25;

interface RegionFacts {
  instances: Map<string, Ec2Instance>;
  checks: Map<string, Ec2StatusCheck>;
  metrics: Map<string, { cpu?: number; memory?: number }>;
  failed?: string;
}

/**
 * Fleet-wide and batched: per region one paginated DescribeInstances, one paginated
 * DescribeInstanceStatus and GetMetricData in calls of up to 500 queries; never one AWS call per
 * worker per metric. Running controllers are read with bounded concurrency (three calls each), so
 * a slow or dead controller costs at most its timeout and delays nobody else.
 */
@CommandHandler(CollectFleetMetricsCommand)
export class CollectFleetMetricsHandler implements ICommandHandler<CollectFleetMetricsCommand, FleetCollectionSummary> {
  private readonly logger = new Logger('FleetCollection');

  constructor(
    private readonly readModel: WorkerReadModel,
    private readonly workers: WorkerRepository,
    private readonly ec2: Ec2Port,
    private readonly cloudwatch: CloudWatchPort,
    private readonly cml: CmlCyclePort,
    private readonly samples: MetricSamples,
    private readonly awsCalls: AwsCallRecorder,
    private readonly cmlCalls: CmlCallMetrics,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async execute(): Promise<FleetCollectionSummary> {
    const started = Date.now();
    const errors: string[] = [];
    const awsBefore = this.awsCalls.counts();
    const cmlBefore = this.cmlCalls.total();
    const phasesMs = { loadWorkers: 0, aws: 0, cml: 0, writes: 0, samples: 0 };
    let mark = started;
    const lap = (phase: keyof typeof phasesMs) => {
      const now = Date.now();
      phasesMs[phase] = now - mark;
      mark = now;
    };
    {
      const all = await this.managedWorkers();
      lap('loadWorkers');
      const byRegion = new Map<string, WorkerView[]>();
      for (const w of all) if (w.instanceId) byRegion.set(w.region, [...(byRegion.get(w.region) ?? []), w]);

      const facts = new Map<string, RegionFacts>();
      await Promise.all(
        [...byRegion].map(async ([region, workers]) => {
          const f = await this.regionFacts(region, workers);
          if (f.failed) errors.push(`${region}: ${f.failed}`);
          facts.set(region, f);
        }),
      );
      lap('aws');

      // Running per EC2 now (not per the stored status), with a controller to ask.
      const running = all.filter((w) => w.instanceId && facts.get(w.region)?.instances.get(w.instanceId)?.state === 'running');
      const withEndpoint = running.filter((w) => this.endpointOf(w, facts));
      const cmlResults = new Map<string, CmlCycleResult>();
      await mapWithConcurrency(withEndpoint, this.config.jobs.cmlConcurrency, async (w) => {
        try {
          cmlResults.set(w.id, await this.cml.collect({ name: w.name, instanceId: w.instanceId, endpoint: this.endpointOf(w, facts) }, w.idle?.lastActivityCheckAt));
        } catch (err) {
          errors.push(`${w.name}: ${(err as Error).message}`);
        }
      });
      lap('cml');

      let eventsEmitted = 0;
      const samples: MetricSample[] = [];
      await mapWithConcurrency(all, WRITE_CONCURRENCY, async (view) => {
        const f = facts.get(view.region);
        if (!view.instanceId || !f || f.failed) return;
        try {
          eventsEmitted += await this.apply(view, f, cmlResults.get(view.id), samples);
        } catch (err) {
          errors.push(`${view.name}: ${(err as Error).message}`);
        }
      });
      lap('writes');
      await this.samples.record(samples).catch((err: unknown) => errors.push(`metric samples: ${(err as Error).message}`));
      lap('samples');

      const cmlCalls = this.cmlCalls.total() - cmlBefore;
      const awsByOperation = Object.fromEntries(
        Object.entries(this.awsCalls.counts())
          .map(([op, n]) => [op, n - (awsBefore[op] ?? 0)] as const)
          .filter(([, n]) => n > 0),
      );
      const statuses = [...cmlResults.values()].map((r) => r.observation.serviceStatus);
      const summary: FleetCollectionSummary = {
        regions: byRegion.size,
        workers: all.length,
        running: running.length,
        cmlAvailable: statuses.filter((s) => s === 'available').length,
        cmlUnavailable: statuses.filter((s) => s !== 'available').length,
        eventsEmitted,
        samples: samples.length,
        awsCalls: Object.values(awsByOperation).reduce((a, n) => a + n, 0),
        awsCallsByOperation: awsByOperation,
        cmlCalls,
        cmlCallsPerRunningWorker: withEndpoint.length ? Math.round((cmlCalls / withEndpoint.length) * 100) / 100 : 0,
        durationMs: Date.now() - started,
        phasesMs,
        errors: errors.slice(0, 50),
      };
      return summary;
    }
  }

  private async managedWorkers(): Promise<WorkerView[]> {
    const out: WorkerView[] = [];
    for (let page = 1; ; page++) {
      const res = await this.readModel.list({
        statuses: ['pending', 'running', 'stopping', 'stopped', 'shutting-down', 'unknown'],
        includeTerminated: false,
        includeUnregistered: false,
        page,
        pageSize: 500,
        sort: { field: 'createdAt', direction: 1 },
      });
      out.push(...res.items);
      if (res.items.length < 500) return out;
    }
  }

  private async regionFacts(region: string, workers: WorkerView[]): Promise<RegionFacts> {
    const f: RegionFacts = { instances: new Map(), checks: new Map(), metrics: new Map() };
    try {
      const managed = new Set(workers.map((w) => w.instanceId!));
      const [instances, checks] = await Promise.all([this.ec2.describeInstances(region), this.ec2.describeInstanceStatus(region)]);
      for (const i of instances) if (managed.has(i.instanceId)) f.instances.set(i.instanceId, i);
      for (const c of checks) if (managed.has(c.instanceId)) f.checks.set(c.instanceId, c);
    } catch (err) {
      f.failed = err instanceof DomainError ? err.message : (err as Error).message;
      return f;
    }
    const running = [...f.instances.values()].filter((i) => i.state === 'running').map((i) => i.instanceId);
    if (running.length) {
      const queries: MetricQuery[] = running.flatMap((id, i) => [
        { id: `c${i}`, namespace: 'AWS/EC2', metricName: 'CPUUtilization', dimensions: { InstanceId: id }, period: CLOUDWATCH_PERIOD_S, stat: 'Average' as const },
        { id: `m${i}`, namespace: 'CWAgent', metricName: 'mem_used_percent', dimensions: { InstanceId: id }, period: CLOUDWATCH_PERIOD_S, stat: 'Average' as const },
      ]);
      const end = this.clock.now();
      try {
        const results = await this.cloudwatch.getMetricData(region, queries, { start: new Date(end.getTime() - CLOUDWATCH_WINDOW_MS), end });
        for (const r of results) {
          const id = running[Number(r.id.slice(1))];
          const entry = f.metrics.get(id) ?? {};
          if (r.latest) entry[r.id.startsWith('c') ? 'cpu' : 'memory'] = Math.round(r.latest.value * 10) / 10;
          f.metrics.set(id, entry);
        }
      } catch (err) {
        // CloudWatch trouble costs the CloudWatch figures only, not the cycle.
        this.logger.warn(`CloudWatch in ${region} failed: ${(err as Error).message}`);
      }
    }
    return f;
  }

  private endpointOf(view: WorkerView, facts: Map<string, RegionFacts>): string | undefined {
    // The endpoint as the worker will have it after this cycle's EC2 facts (new IPs, new tags).
    const i = facts.get(view.region)?.instances.get(view.instanceId!);
    if (view.endpointOverride) return view.endpointOverride;
    const tag = i?.tags['cml-endpoint'] ?? view.tags['cml-endpoint'];
    if (tag) return tag.replace(/\/$/, '');
    const ip = this.config.workers.endpointUsePrivateIp ? (i?.privateIp ?? view.privateIp) : (i?.publicIp ?? view.publicIp);
    return ip ? `https://${ip}` : undefined;
  }

  /** One read-modify-write per worker for everything this cycle learned; returns the events emitted. */
  private async apply(view: WorkerView, f: RegionFacts, cml: CmlCycleResult | undefined, samples: MetricSample[]): Promise<number> {
    const instance = f.instances.get(view.instanceId!);
    const check = f.checks.get(view.instanceId!);
    const metrics = f.metrics.get(view.instanceId!);
    const actor = systemActor('metrics-collection');
    let emitted = 0;
    await retryOnConflict(async () => {
      const worker = await this.workers.get(view.id);
      const ctx = { actor, now: this.clock.now() };
      const threshold = this.config.cml.telemetryThresholdPercent;
      worker.observe(instance ? observed(instance) : 'missing', endpointPolicy(this.config), ctx);
      if (check) worker.observeStatusChecks({ instance: check.instanceStatus, system: check.systemStatus }, ctx);
      if (worker.status === 'running') {
        if (metrics) worker.observeTelemetry({ ec2CpuPercent: metrics.cpu, ec2MemoryPercent: metrics.memory }, threshold, ctx);
        if (cml) {
          worker.observeCml(cml.observation, threshold, ctx);
          worker.observeActivity({ latest: cml.latestActivity, labStates: cml.labStates }, ctx);
        }
      }
      emitted = worker.unsavedEvents().length;
      await this.workers.save(worker);
      worker.commit();
      if (worker.status === 'running') {
        const t = worker.snapshot().telemetry;
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
    return emitted;
  }
}
