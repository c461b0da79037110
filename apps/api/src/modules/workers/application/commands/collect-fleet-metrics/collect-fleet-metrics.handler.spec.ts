import { Logger } from '@nestjs/common';
import { Clock, ConcurrencyError } from '#kernel';
import { loadConfig } from '../../../../../config/app-config.js';
import { CmlCallMetrics } from '../../../../../platform/cml/cml-call-metrics.js';
import type { ObservedInstance } from '../../../domain/observed-instance.value-object.js';
import { Worker } from '../../../domain/worker.aggregate.js';
import { WorkerRepository } from '../../../domain/worker.repository.port.js';
import { AwsCallRecorder } from '../../ports/aws-call-recorder.port.js';
import { CloudWatchPort, type MetricQuery, type MetricResult } from '../../ports/cloudwatch.port.js';
import type { CmlTarget } from '../../ports/cml-controller.port.js';
import { type CmlCycleResult, CmlCyclePort } from '../../ports/cml-cycle.port.js';
import { type Ec2Instance, Ec2Port, type Ec2StatusCheck } from '../../ports/ec2.port.js';
import { type MetricSample, MetricSamples } from '../../ports/metric-samples.port.js';
import { WorkerReadModel } from '../../ports/worker-read-model.port.js';
import type { WorkerView } from '../../worker.view.js';
import { CollectFleetMetricsHandler } from './collect-fleet-metrics.handler.js';

const NOW = new Date('2026-11-25T10:00:00Z');
const actor = { kind: 'user' as const, id: 'u1', name: 'ada' };
const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));

class FixedClock extends Clock {
  now(): Date {
    return new Date(NOW);
  }
}

/** Workers kept as snapshots, with the store's optimistic version check. */
class MemoryWorkers extends WorkerRepository {
  readonly docs = new Map<string, { state: ReturnType<Worker['snapshot']>; version: number }>();
  gets = 0;
  batchReads: number[] = [];
  saves = 0;
  eventsSaved = 0;
  /** Ids whose next save finds somebody else's write first. */
  readonly raceOnce = new Set<string>();

  newId(): string {
    return `w${this.docs.size + 1}`;
  }
  async findById(id: string): Promise<Worker | undefined> {
    const d = this.docs.get(id);
    return d ? new Worker(id, structuredClone(d.state) as never, d.version) : undefined;
  }
  async get(id: string): Promise<Worker> {
    this.gets++;
    return (await this.findById(id))!;
  }
  async getMany(ids: readonly string[]): Promise<Map<string, Worker>> {
    this.batchReads.push(ids.length);
    const out = new Map<string, Worker>();
    for (const id of ids) {
      const w = await this.findById(id);
      if (w) out.set(id, w);
    }
    return out;
  }
  async save(worker: Worker): Promise<void> {
    if (!worker.hasChanges) return;
    const d = this.docs.get(worker.id);
    if (this.raceOnce.delete(worker.id) && d) d.version++;
    if (d && d.version !== worker.expectedVersion) throw new ConcurrencyError('worker', worker.id);
    await tick();
    this.saves++;
    this.eventsSaved += worker.unsavedEvents().length;
    this.docs.set(worker.id, { state: worker.snapshot(), version: worker.version });
    worker.markPersisted();
  }
  view(id: string): WorkerView {
    const d = this.docs.get(id)!;
    return { id, version: d.version, ...structuredClone(d.state) } as WorkerView;
  }
}

class ListedWorkers extends WorkerReadModel {
  constructor(private readonly workers: MemoryWorkers) {
    super();
  }
  async allManaged(): Promise<WorkerView[]> {
    return [...this.workers.docs.keys()].map((id) => this.workers.view(id));
  }
  list = () => Promise.reject(new Error('the cycle reads all managed workers in one pass'));
  briefs = () => Promise.reject(new Error('the cycle names no workers'));
  get = () => Promise.reject(new Error('not used'));
  summary = () => Promise.reject(new Error('not used'));
  managedByInstance = () => Promise.reject(new Error('not used'));
}

class FakeEc2 extends Ec2Port {
  readonly instances = new Map<string, Ec2Instance[]>();
  readonly calls: string[] = [];
  failRegion?: string;
  async describeInstances(region: string): Promise<Ec2Instance[]> {
    this.calls.push(`DescribeInstances ${region}`);
    await tick(5);
    if (region === this.failRegion) throw new Error('EC2 is down');
    return this.instances.get(region) ?? [];
  }
  async describeInstanceStatus(region: string): Promise<Ec2StatusCheck[]> {
    this.calls.push(`DescribeInstanceStatus ${region}`);
    return (this.instances.get(region) ?? []).map((i) => ({ instanceId: i.instanceId, state: i.state, instanceStatus: 'ok', systemStatus: 'ok' }));
  }
  runInstance = () => Promise.reject(new Error('not used'));
  startInstances = () => Promise.reject(new Error('not used'));
  stopInstances = () => Promise.reject(new Error('not used'));
  terminateInstances = () => Promise.reject(new Error('not used'));
  createTags = () => Promise.reject(new Error('not used'));
  deleteTags = () => Promise.reject(new Error('not used'));
  describeImages = () => Promise.reject(new Error('not used'));
  monitorInstances = () => Promise.reject(new Error('not used'));
  describeInstanceTypeOfferings = () => Promise.reject(new Error('not used'));
  describeInstanceTypes = () => Promise.reject(new Error('not used'));
}

class FakeCloudWatch extends CloudWatchPort {
  readonly calls: { region: string; queries: MetricQuery[]; window: { start: Date; end: Date } }[] = [];
  fail = false;
  async getMetricData(region: string, queries: MetricQuery[], window: { start: Date; end: Date }): Promise<MetricResult[]> {
    this.calls.push({ region, queries, window });
    if (this.fail) throw new Error('CloudWatch is down');
    return queries.map((q) => ({ id: q.id, latest: { timestamp: NOW.toISOString(), value: q.id.startsWith('c') ? 42.5 : 61 }, points: [] }));
  }
}

/** Controllers that answer after `delayMs`, counting the most reads in flight at once. */
class FakeCml extends CmlCyclePort {
  readonly targets: CmlTarget[] = [];
  inFlight = 0;
  peak = 0;
  constructor(
    private readonly metrics: CmlCallMetrics,
    private readonly delayMs = 2,
  ) {
    super();
  }
  async collect(target: CmlTarget): Promise<CmlCycleResult> {
    this.targets.push(target);
    this.inFlight++;
    this.peak = Math.max(this.peak, this.inFlight);
    await tick(this.delayMs);
    this.inFlight--;
    for (const operation of ['systemStats', 'labTiles', 'telemetryEvents']) this.metrics.record({ controller: target.endpoint!, operation, method: 'GET', status: 200, durationMs: 1, attempt: 1 });
    return { observation: { serviceStatus: 'available', telemetry: { cpuPercent: 30, runningNodes: 4 } }, labStates: { lab1: 'STARTED' } };
  }
}

class MemorySamples extends MetricSamples {
  readonly recorded: MetricSample[] = [];
  async record(samples: MetricSample[]): Promise<void> {
    this.recorded.push(...samples);
  }
  range = () => Promise.resolve([]);
}

class CountingRecorder extends AwsCallRecorder {
  private readonly n = new Map<string, number>();
  record(): void {}
  counts(): Record<string, number> {
    return Object.fromEntries(this.n);
  }
}

function instance(n: number, region: string, over: Partial<Ec2Instance> = {}): Ec2Instance {
  return {
    instanceId: `i-${region.slice(-1)}${String(n).padStart(5, '0')}`,
    region,
    state: 'running',
    instanceType: 'c5.2xlarge',
    imageId: 'ami-0abc',
    tags: { 'cml-endpoint': `http://127.0.0.1:9/${region}-${n}` },
    monitoring: 'disabled',
    securityGroupIds: [],
    ...over,
  };
}

function setup(options: { concurrency?: number; cmlDelayMs?: number; env?: Record<string, string> } = {}) {
  const workers = new MemoryWorkers();
  const ec2 = new FakeEc2();
  const cloudwatch = new FakeCloudWatch();
  const cmlMetrics = new CmlCallMetrics();
  const cml = new FakeCml(cmlMetrics, options.cmlDelayMs);
  const samples = new MemorySamples();
  const config = loadConfig({
    MONGODB_URI: 'mongodb://127.0.0.1:1/unused',
    OIDC_ISSUER_URL: 'http://127.0.0.1:1/realms/unused',
    AWS_REGIONS: 'us-east-1,us-west-2',
    CML_SYNC_CONCURRENCY: String(options.concurrency ?? 25),
    ...options.env,
  });
  const handler = new CollectFleetMetricsHandler(new ListedWorkers(workers), workers, ec2, cloudwatch, cml, samples, new CountingRecorder(), cmlMetrics, config, new FixedClock());

  /** Imports `count` instances of a region as workers, as EC2 shows them at import time. */
  const fleet = (region: string, count: number, over: (n: number) => Partial<Ec2Instance> = () => ({})): Ec2Instance[] => {
    const list = Array.from({ length: count }, (_, n) => instance(n, region, over(n)));
    for (const i of list) {
      const w = Worker.import(workers.newId(), { region, instance: i as ObservedInstance, source: 'api' }, { usePrivateIp: false }, { actor, now: NOW });
      workers.docs.set(w.id, { state: w.snapshot(), version: w.version });
    }
    ec2.instances.set(region, list);
    return list;
  };
  return { handler, workers, ec2, cloudwatch, cml, samples, fleet, run: () => handler.execute() };
}

describe('CollectFleetMetricsHandler', () => {
  // The cycle warns about CloudWatch trouble; the test that causes it checks the outcome instead.
  beforeAll(() => Logger.overrideLogger(false));

  it('asks AWS once per region and operation, and CloudWatch only about running instances', async () => {
    const t = setup();
    t.fleet('us-east-1', 3, (n) => (n === 2 ? { state: 'stopped' } : {}));
    t.fleet('us-west-2', 2);
    const s = await t.run();
    expect(t.ec2.calls.sort()).toEqual(['DescribeInstanceStatus us-east-1', 'DescribeInstanceStatus us-west-2', 'DescribeInstances us-east-1', 'DescribeInstances us-west-2']);
    expect(t.cloudwatch.calls.map((c) => [c.region, c.queries.length]).sort()).toEqual([
      ['us-east-1', 4],
      ['us-west-2', 4],
    ]);
    expect(s).toMatchObject({ regions: 2, workers: 5, running: 4, cmlAvailable: 4, cmlCalls: 12, cmlCallsPerRunningWorker: 3, samples: 4, errors: [] });
  });

  it('reads the controllers of workers running per EC2 now, at the endpoint EC2 now gives them', async () => {
    const t = setup();
    const [a, b] = t.fleet('us-east-1', 2, (n) => (n === 1 ? { state: 'stopped' } : {}));
    // Since the import: a has a new endpoint tag, b was started.
    t.ec2.instances.set('us-east-1', [{ ...a, tags: { 'cml-endpoint': 'http://127.0.0.1:9/moved/' } }, { ...b, state: 'running' }]);
    const s = await t.run();
    expect(t.cml.targets.map((x) => x.endpoint).sort()).toEqual(['http://127.0.0.1:9/moved', 'http://127.0.0.1:9/us-east-1-1']);
    expect(s.running).toBe(2);
    const stored = [...t.workers.docs.values()].map((d) => d.state);
    expect(stored.map((w) => w.status)).toEqual(['running', 'running']);
    expect(stored[0].endpoint).toBe('http://127.0.0.1:9/moved');
  });

  it('counts every event of workers written at the same time', async () => {
    const t = setup();
    t.fleet('us-east-1', 60);
    const s = await t.run();
    // Each worker: status checks first seen, EC2 telemetry, the controller available, its telemetry.
    expect(t.workers.eventsSaved).toBe(60 * 4);
    expect(s.eventsEmitted).toBe(t.workers.eventsSaved);
  });

  it('keeps the controller concurrency across all regions at CML_SYNC_CONCURRENCY', async () => {
    const t = setup({ concurrency: 4, cmlDelayMs: 5 });
    t.fleet('us-east-1', 20);
    t.fleet('us-west-2', 20);
    await t.run();
    expect(t.cml.targets).toHaveLength(40);
    expect(t.cml.peak).toBe(4);
  });

  it('loads workers in batches and writes each once, reloading only the one that lost a race', async () => {
    const t = setup();
    t.fleet('us-east-1', 450);
    t.workers.raceOnce.add('w7');
    const s = await t.run();
    const reads = t.workers.batchReads;
    expect(reads.reduce((a, n) => a + n, 0)).toBe(450);
    expect(Math.max(...reads)).toBeLessThanOrEqual(200);
    expect(reads.length).toBeLessThan(450 / 10);
    expect(t.workers.gets).toBe(1);
    expect(t.workers.saves).toBe(450);
    expect(s.errors).toEqual([]);
    expect(t.workers.docs.get('w7')!.state.serviceStatus).toBe('available');
  });

  it('reads workers in batches of WORKER_METRICS_LOAD_BATCH and asks CloudWatch at the configured period and window', async () => {
    const t = setup({ env: { WORKER_METRICS_LOAD_BATCH: '7', WORKER_METRICS_CLOUDWATCH_PERIOD_SECONDS: '300', WORKER_METRICS_CLOUDWATCH_WINDOW_MINUTES: '30' } });
    t.fleet('us-east-1', 20);
    await t.run();
    expect(t.workers.batchReads.reduce((a, n) => a + n, 0)).toBe(20);
    expect(Math.max(...t.workers.batchReads)).toBeLessThanOrEqual(7);
    const [call] = t.cloudwatch.calls;
    expect(new Set(call.queries.map((q) => q.period))).toEqual(new Set([300]));
    expect(call.window.end.getTime() - call.window.start.getTime()).toBe(30 * 60_000);
  });

  it('leaves a region whose EC2 answer failed untouched, and still collects the others', async () => {
    const t = setup();
    t.fleet('us-east-1', 2);
    t.fleet('us-west-2', 3);
    t.ec2.failRegion = 'us-east-1';
    const before = structuredClone(t.workers.docs.get('w1'));
    const s = await t.run();
    expect(s.errors).toEqual(['us-east-1: EC2 is down']);
    expect(t.cml.targets.every((x) => x.endpoint!.includes('us-west-2'))).toBe(true);
    expect(t.workers.docs.get('w1')).toEqual(before);
    expect(s).toMatchObject({ running: 3, samples: 3 });
  });

  it('keeps collecting when CloudWatch fails, without the EC2 figures', async () => {
    const t = setup();
    t.fleet('us-east-1', 2);
    t.cloudwatch.fail = true;
    const s = await t.run();
    expect(s.errors).toEqual([]);
    expect(t.samples.recorded).toHaveLength(2);
    expect(t.samples.recorded[0]).toMatchObject({ ec2CpuPercent: undefined, cpuPercent: 30 });
  });

  it('records where the time went', async () => {
    const t = setup();
    t.fleet('us-east-1', 3);
    const s = await t.run();
    expect(Object.keys(s.phasesMs)).toEqual(['loadWorkers', 'aws', 'cml', 'writes', 'samples']);
    expect(s.phasesMs.aws).toBeGreaterThanOrEqual(4);
  });
});
