import { Logger } from '@nestjs/common';
import { anInstance } from '../../../../../../../../test/support/fake-ec2.js';
import { newTestHandler } from '../../../../../../../../test/support/unit/handler-factory.js';
import type { Ec2Instance } from '../../ports/ec2.port.js';
import { RestoreWorkerInstanceTypeCommand } from '../restore-worker-instance-type/restore-worker-instance-type.command.js';
import { CollectFleetMetricsHandler } from './collect-fleet-metrics.handler.js';

const NOW = '2026-11-25T10:00:00.000Z';

function setup(options: { concurrency?: number; cmlDelayMs?: number; env?: Record<string, string> } = {}) {
  const t = newTestHandler(CollectFleetMetricsHandler, { now: NOW, env: { CML_SYNC_CONCURRENCY: String(options.concurrency ?? 25), ...options.env } });
  t.cmlCycle.latencyMs = options.cmlDelayMs ?? 2;
  t.cmlCycle.answer = () => ({ observation: { serviceStatus: 'available', telemetry: { cpuPercent: 30, runningNodes: 4 } }, labStates: { lab1: 'STARTED' } });
  // EC2 takes a moment to answer, so the phases overlap as they do against AWS.
  t.ec2.latencyMs = 5;

  /** Imports `count` instances of a region as workers, as EC2 shows them at import time. */
  const fleet = (region: string, count: number, over: (n: number) => Partial<Ec2Instance> = () => ({})): Ec2Instance[] =>
    Array.from({ length: count }, (_, n) => {
      const instance = anInstance(`i-${region.slice(-1)}${String(n).padStart(5, '0')}`, { region, instanceType: 'c5.2xlarge', tags: { 'cml-endpoint': `http://127.0.0.1:9/${region}-${n}` }, ...over(n) });
      t.givenWorker({ region, state: instance.state, instance });
      return instance;
    });
  return { ...t, cml: t.cmlCycle, fleet, run: () => t.handler.execute() };
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
    t.ec2.instances.get(a.instanceId)!.tags = { 'cml-endpoint': 'http://127.0.0.1:9/moved/' };
    t.ec2.setState(b.instanceId, 'running');
    const s = await t.run();
    expect(t.cml.targets.map((x) => x.endpoint).sort()).toEqual(['http://127.0.0.1:9/moved', 'http://127.0.0.1:9/us-east-1-1']);
    expect(s.running).toBe(2);
    const stored = [...t.workers.docs.values()].map((d) => d.state);
    expect(stored.map((w) => w.status)).toEqual(['running', 'running']);
    expect(stored[0].endpoint).toBe('http://127.0.0.1:9/moved');
  });

  it('reads a region in full again only when the states changed or the full read is due; in between the status checks carry it', async () => {
    const t = setup({ env: { WORKER_METRICS_DESCRIBE_SECONDS: '1800' } });
    const [a, b] = t.fleet('us-east-1', 3, (n) => (n === 2 ? { state: 'stopped' } : {}));
    t.fleet('us-west-2', 1);
    expect((await t.run()).regionsDescribed).toBe(2);
    // Nothing changed: no DescribeInstances, the controllers are read at their stored endpoints, and nothing is lost.
    t.ec2.calls.length = 0;
    t.cml.targets.length = 0;
    const quiet = await t.run();
    expect(t.ec2.calls.sort()).toEqual(['DescribeInstanceStatus us-east-1', 'DescribeInstanceStatus us-west-2']);
    expect(quiet).toMatchObject({ regionsDescribed: 0, running: 3, cmlAvailable: 3, samples: 3, errors: [] });
    expect(t.cml.targets.map((x) => x.endpoint).sort()).toEqual(['http://127.0.0.1:9/us-east-1-0', 'http://127.0.0.1:9/us-east-1-1', 'http://127.0.0.1:9/us-west-2-0']);
    // A tag edited behind the product's back waits for the next full read ...
    t.ec2.instances.get(a.instanceId)!.tags = { 'cml-endpoint': 'http://127.0.0.1:9/moved/' };
    await t.run();
    expect([...t.workers.docs.values()].find((d) => d.state.instanceId === a.instanceId)!.state.endpoint).toBe('http://127.0.0.1:9/us-east-1-0');
    // ... which a state change in the region brings at once: us-east-1 is read in full, us-west-2 is not.
    t.ec2.calls.length = 0;
    t.ec2.setState(b.instanceId, 'stopped');
    const changed = await t.run();
    expect(t.ec2.calls.sort()).toEqual(['DescribeInstanceStatus us-east-1', 'DescribeInstanceStatus us-west-2', 'DescribeInstances us-east-1']);
    expect(changed.regionsDescribed).toBe(1);
    const stored = [...t.workers.docs.values()].map((d) => d.state).filter((w) => w.region === 'us-east-1');
    expect(stored.map((w) => [w.endpoint, w.status])).toEqual([
      ['http://127.0.0.1:9/moved', 'running'],
      ['http://127.0.0.1:9/us-east-1-1', 'stopped'],
      ['http://127.0.0.1:9/us-east-1-2', 'stopped'],
    ]);
  });

  it('reads a region in full after a controller that answered stops answering at its stored address (stopped and started behind the product\'s back)', async () => {
    const t = setup({ env: { WORKER_METRICS_DESCRIBE_SECONDS: '1800' } });
    const [a] = t.fleet('us-east-1', 2);
    await t.run();
    await t.run();
    // Stopped and started in the AWS console between two cycles: the same state, a new address.
    t.ec2.instances.get(a.instanceId)!.tags = { 'cml-endpoint': 'http://127.0.0.1:9/new-address' };
    const answer = t.cml.answer;
    t.cml.answer = (target) => (target.endpoint!.endsWith('/us-east-1-0') ? { observation: { serviceStatus: 'unavailable', reason: 'connection refused' } } : answer(target));
    t.ec2.calls.length = 0;
    const silent = await t.run();
    expect(silent.regionsDescribed).toBe(0);
    // The next cycle reads the region in full and asks the controller where it is now.
    t.cml.targets.length = 0;
    const found = await t.run();
    expect(found.regionsDescribed).toBe(1);
    expect(t.cml.targets.map((x) => x.endpoint).sort()).toEqual(['http://127.0.0.1:9/new-address', 'http://127.0.0.1:9/us-east-1-1']);
    expect(found.cmlAvailable).toBe(2);
    // Answering again, the region goes back to the status checks alone.
    expect((await t.run()).regionsDescribed).toBe(0);
  });

  it('does not read in full again for a controller that keeps not answering at an address a full read confirmed', async () => {
    const t = setup({ env: { WORKER_METRICS_DESCRIBE_SECONDS: '1800' } });
    t.fleet('us-east-1', 1);
    await t.run();
    t.cml.answer = () => ({ observation: { serviceStatus: 'unavailable', reason: 'connection refused' } });
    const described = [];
    for (let i = 0; i < 4; i++) described.push((await t.run()).regionsDescribed);
    expect(described).toEqual([0, 1, 0, 0]);
  });

  it('reads a region in full after a cycle that could not read it', async () => {
    const t = setup({ env: { WORKER_METRICS_DESCRIBE_SECONDS: '1800' } });
    t.fleet('us-east-1', 1);
    await t.run();
    t.ec2.failRegion = 'us-east-1';
    await t.run();
    t.ec2.failRegion = undefined;
    t.ec2.calls.length = 0;
    expect((await t.run()).regionsDescribed).toBe(1);
    expect(t.ec2.calls.sort()).toEqual(['DescribeInstanceStatus us-east-1', 'DescribeInstances us-east-1']);
  });

  it('reads every region in full every cycle with WORKER_METRICS_DESCRIBE_SECONDS=0', async () => {
    const t = setup({ env: { WORKER_METRICS_DESCRIBE_SECONDS: '0' } });
    t.fleet('us-east-1', 2);
    await t.run();
    t.ec2.calls.length = 0;
    expect((await t.run()).regionsDescribed).toBe(1);
    expect(t.ec2.calls.sort()).toEqual(['DescribeInstanceStatus us-east-1', 'DescribeInstances us-east-1']);
  });

  it('counts every event of workers written at the same time', async () => {
    const t = setup();
    t.fleet('us-east-1', 60);
    const s = await t.run();
    // Each worker: status checks first seen, EC2 telemetry, the controller available, its telemetry.
    expect(t.workers.saved).toHaveLength(60 * 4);
    expect(s.eventsEmitted).toBe(t.workers.saved.length);
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
    t.workers.raceOnce.add('w-7');
    const s = await t.run();
    const reads = t.workers.batchReads;
    expect(reads.reduce((a, n) => a + n, 0)).toBe(450);
    expect(Math.max(...reads)).toBeLessThanOrEqual(200);
    expect(reads.length).toBeLessThan(450 / 10);
    expect(t.workers.gets).toBe(1);
    expect(t.workers.saves).toBe(450);
    expect(s.errors).toEqual([]);
    expect(t.workers.docs.get('w-7')!.state.serviceStatus).toBe('available');
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
    const before = structuredClone(t.workers.docs.get('w-1'));
    const s = await t.run();
    expect(s.errors).toEqual(['us-east-1: EC2 is down']);
    expect(t.cml.targets.every((x) => x.endpoint!.includes('us-west-2'))).toBe(true);
    expect(t.workers.docs.get('w-1')).toEqual(before);
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

  it('asks for the change back to its own instance type of every stopped worker still waiting for it after a capacity fallback, at each cycle', async () => {
    const t = setup();
    const [stopped, running] = t.fleet('us-east-1', 2, (n) => ({ instanceType: 'm5.metal', ...(n === 0 ? { state: 'stopped' } : {}) }));
    for (const doc of t.workers.docs.values()) doc.state.instanceTypeRestore = { originalInstanceType: 'm5zn.metal', fallbackInstanceType: 'm5.metal', since: NOW, failures: 0 };
    const id = (instanceId: string) => [...t.workers.docs].find(([, d]) => d.state.instanceId === instanceId)![0];
    await t.run();
    await t.run();
    expect(t.commands.sent(RestoreWorkerInstanceTypeCommand)).toEqual([new RestoreWorkerInstanceTypeCommand(id(stopped.instanceId)), new RestoreWorkerInstanceTypeCommand(id(stopped.instanceId))]);
    expect(id(running.instanceId)).not.toBe(id(stopped.instanceId));
  });

  it('leaves a type chosen behind the product\'s back while the worker waits to change back (no full read of the region needed)', async () => {
    const t = setup({ env: { WORKER_METRICS_DESCRIBE_SECONDS: '1800' } });
    const [stopped] = t.fleet('us-east-1', 1, () => ({ instanceType: 'm5.metal', state: 'stopped' }));
    const [[id, doc]] = [...t.workers.docs];
    doc.state.instanceTypeRestore = { originalInstanceType: 'm5zn.metal', fallbackInstanceType: 'm5.metal', since: NOW, failures: 1, lastError: 'capacity' };
    await t.run();
    expect(t.commands.sent(RestoreWorkerInstanceTypeCommand)).toEqual([new RestoreWorkerInstanceTypeCommand(id)]);
    // An operator changes it to a third type in the AWS console; its state stays stopped.
    t.ec2.instances.get(stopped.instanceId)!.instanceType = 'c5.metal';
    t.ec2.calls.length = 0;
    const s = await t.run();
    expect(s.regionsDescribed).toBe(0);
    expect(t.ec2.calls.sort()).toEqual(['DescribeInstanceStatus us-east-1', 'DescribeInstances us-east-1']);
    expect(t.commands.sent(RestoreWorkerInstanceTypeCommand)).toHaveLength(1);
    expect(t.workers.docs.get(id)!.state).toMatchObject({ instanceType: 'c5.metal', instanceTypeRestore: undefined });
  });
});
