import { CreateSubnetCommand, CreateVpcCommand, DescribeInstancesCommand, StopInstancesCommand } from '@aws-sdk/client-ec2';
import { Api, eventually, expectStatus } from './support/api.js';
import { type AwsFaultProxy, type Ec2Call, startAwsFaultProxy } from './support/aws-fault-proxy.js';
import { TimeTravel } from './support/clock.js';
import { closeMotoClients, createNamedAmi, launchInstances, motoEc2, motoEndpoint, uniqueRunId } from './support/moto.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const REGION = 'us-east-1';

interface TimelineEvent {
  type: string;
  actor: { name: string };
  data: { instanceType?: string; subnetId?: string; succeeded?: boolean; errorCode?: string; attempt?: number; tried?: string[]; reason?: string; changes?: Record<string, unknown> };
}

/**
 * moto never runs out of capacity: the fault proxy in front of it answers StartInstances and
 * RunInstances with InsufficientInstanceCapacity (HTTP 500, as EC2 does) for the instance types
 * (and `type@subnet`) in `noCapacity`, and the app's capacity fallback has to find another way.
 */
describe('start and provisioning with capacity fallback (EC2 capacity errors injected)', () => {
  let proxy: AwsFaultProxy;
  let t: TestApp;
  let api: Api;
  let time: TimeTravel;
  let amiId: string;
  let run: string;
  let subnets: [string, string];
  const noCapacity = new Set<string>();

  /** The instance type moto has for an instance now (asked of moto directly, not through the proxy). */
  const typeOf = async (instanceId: string) => (await motoEc2(REGION).send(new DescribeInstancesCommand({ InstanceIds: [instanceId] }))).Reservations?.[0].Instances?.[0];

  async function shortage({ action, params }: Ec2Call) {
    const refuse = (type: string) => ({ code: 'InsufficientInstanceCapacity', message: `We currently do not have sufficient ${type} capacity in the Availability Zone you requested.` });
    if (action === 'StartInstances') {
      const instance = await typeOf(params.get('InstanceId.1') ?? '');
      return instance?.InstanceType && noCapacity.has(instance.InstanceType) ? refuse(instance.InstanceType) : undefined;
    }
    if (action === 'RunInstances') {
      const type = params.get('InstanceType') ?? '';
      return noCapacity.has(type) || noCapacity.has(`${type}@${params.get('SubnetId')}`) ? refuse(type) : undefined;
    }
    return undefined;
  }

  async function runFallbackJob(): Promise<{ outcome: string; summary: { due: number; succeeded: number; waiting: number; ended: number; errors: string[] } }> {
    const started = await api.post('/api/jobs/capacity-fallback/run', {}, 'admin').then(expectStatus(202));
    return eventually(async () => {
      const runs = await api.get('/api/jobs/capacity-fallback/runs?limit=50');
      return runs.body.find((r: { id: string; outcome: string }) => r.id === started.body.id && r.outcome !== 'running');
    }, 30_000);
  }

  const timeline = async (id: string) => (await api.get(`/api/workers/${id}/events?pageSize=100`).then(expectStatus(200))).body.items as TimelineEvent[];
  const attempts = async (id: string) => (await timeline(id)).filter((e) => e.type === 'worker.capacity-attempted').reverse();

  /** A stopped m5zn.metal instance, imported as a worker. */
  async function stoppedWorker(): Promise<{ id: string; instanceId: string }> {
    const [instanceId] = await launchInstances(REGION, { count: 1, imageId: amiId, instanceType: 'm5zn.metal', tags: { Name: `capfb-${run}` } });
    await motoEc2(REGION).send(new StopInstancesCommand({ InstanceIds: [instanceId] }));
    const imported = await api.post('/api/workers/import', { region: REGION, instanceId }).then(expectStatus(201));
    expect(imported.body).toMatchObject({ status: 'stopped', instanceType: 'm5zn.metal' });
    return { id: imported.body.id, instanceId };
  }

  beforeAll(async () => {
    run = uniqueRunId('capfb');
    amiId = await createNamedAmi(REGION, `cml-${run}`);
    const vpc = await motoEc2(REGION).send(new CreateVpcCommand({ CidrBlock: '10.77.0.0/16' }));
    const subnet = async (cidr: string, zone: string) => (await motoEc2(REGION).send(new CreateSubnetCommand({ VpcId: vpc.Vpc!.VpcId!, CidrBlock: cidr, AvailabilityZone: zone }))).Subnet!.SubnetId!;
    subnets = [await subnet('10.77.1.0/24', 'us-east-1a'), await subnet('10.77.2.0/24', 'us-east-1b')];
    proxy = await startAwsFaultProxy(motoEndpoint());
    proxy.rejectEc2 = shortage;
    t = await startTestApp('capacity-fallback', {
      AWS_ENDPOINT_URL: proxy.url,
      // The SDK retries a 500; one retry is enough to show it does not hide the capacity error.
      AWS_MAX_ATTEMPTS: '2',
      WORKER_CAPACITY_FALLBACK_INSTANCE_TYPES: 'm5.metal',
      WORKER_CAPACITY_FALLBACK_SUBNETS: subnets[1],
      WORKER_CAPACITY_FALLBACK_BACKOFF_SECONDS: '60',
      WORKER_CAPACITY_FALLBACK_DEADLINE_MINUTES: '10',
    });
    api = new Api(t.url);
    time = new TimeTravel(t.app);
  });
  afterAll(async () => {
    await t.close();
    await proxy.close();
    closeMotoClients();
  });
  beforeEach(() => noCapacity.clear());

  it('falls back to the next instance type: the start answers 202 at once, the job changes the stopped instance and starts it, the timeline shows both tries', async () => {
    const w = await stoppedWorker();
    noCapacity.add('m5zn.metal');
    const res = await api.post(`/api/workers/${w.id}/start`, {}, 'manager').then(expectStatus(202));
    expect(res.body.message).toContain('EC2 has no capacity for m5zn.metal (InsufficientInstanceCapacity); trying m5.metal next');
    expect((await api.get(`/api/workers/${w.id}`)).body).toMatchObject({ status: 'stopped', capacityFallback: { action: 'start', originalInstanceType: 'm5zn.metal', attempts: 1, tried: ['m5zn.metal'], next: { instanceType: 'm5.metal' } } });

    const job = await runFallbackJob();
    expect(job).toMatchObject({ outcome: 'succeeded', summary: { due: 1, succeeded: 1, errors: [] } });

    const worker = (await api.get(`/api/workers/${w.id}`).then(expectStatus(200))).body;
    expect(worker.instanceType).toBe('m5.metal');
    expect(worker.capacityFallback).toMatchObject({ attempts: 2, tried: ['m5zn.metal', 'm5.metal'] });
    expect(worker.capacityFallback.next).toBeUndefined();
    expect(['pending', 'running']).toContain(worker.status);
    const inEc2 = await typeOf(w.instanceId);
    expect(inEc2).toMatchObject({ InstanceType: 'm5.metal', State: { Name: 'running' } });
    expect((await attempts(w.id)).map((e) => e.data)).toEqual([
      expect.objectContaining({ attempt: 1, instanceType: 'm5zn.metal', succeeded: false, errorCode: 'InsufficientInstanceCapacity' }),
      expect.objectContaining({ attempt: 2, instanceType: 'm5.metal', succeeded: true }),
    ]);
    const events = await timeline(w.id);
    expect(events.find((e) => e.type === 'worker.instance-updated')?.data.changes).toEqual({ instanceType: { from: 'm5zn.metal', to: 'm5.metal' } });
    // The start is the manager's, made by the job on their behalf.
    expect(events.find((e) => e.type === 'worker.status-changed')).toMatchObject({ actor: { name: 'cml-automation-manager' } });
  });

  it('gives up at the deadline when no option has capacity, naming what was tried; the instance keeps its own type', async () => {
    const w = await stoppedWorker();
    noCapacity.add('m5zn.metal').add('m5.metal');
    await api.post(`/api/workers/${w.id}/start`, {}, 'manager').then(expectStatus(202));
    expect(await runFallbackJob()).toMatchObject({ outcome: 'succeeded', summary: { due: 1, waiting: 1 } });
    // The round is done; the next waits for the backoff. Past the deadline the job tries once more and gives up.
    time.advanceMinutes(11);
    expect(await runFallbackJob()).toMatchObject({ outcome: 'succeeded', summary: { due: 1, ended: 1 } });

    const worker = (await api.get(`/api/workers/${w.id}`).then(expectStatus(200))).body;
    expect(worker).toMatchObject({ status: 'stopped', instanceType: 'm5zn.metal' });
    expect(worker.statusReason).toMatch(/^No capacity after 3 attempts in 1\d min \(tried m5zn.metal, m5.metal; last: InsufficientInstanceCapacity\)\. Try again later, add instance types or subnets to the fallback/);
    const failed = (await timeline(w.id)).find((e) => e.type === 'worker.capacity-fallback-failed');
    expect(failed?.data).toMatchObject({ attempts: 3, tried: ['m5zn.metal', 'm5.metal'], reason: worker.statusReason });
    expect((await attempts(w.id)).map((e) => [e.data.instanceType, e.data.succeeded])).toEqual([
      ['m5zn.metal', false],
      ['m5.metal', false],
      ['m5zn.metal', false],
    ]);
    expect(await typeOf(w.instanceId)).toMatchObject({ InstanceType: 'm5zn.metal', State: { Name: 'stopped' } });
    expect(await runFallbackJob()).toMatchObject({ summary: { due: 0 } });
  });

  it('launches a new worker in the next subnet (availability zone) when the one asked for has no capacity', async () => {
    noCapacity.add(`m5zn.metal@${subnets[0]}`);
    const res = await api.post('/api/workers', { name: `capfb-new-${run}`, region: REGION, amiId, instanceType: 'm5zn.metal', subnetId: subnets[0] }).then(expectStatus(202));
    await eventually(async () => (await attempts(res.body.id)).length === 1, 15_000, 100);
    expect((await api.get(`/api/workers/${res.body.id}`)).body).toMatchObject({ status: 'pending' });

    expect(await runFallbackJob()).toMatchObject({ summary: { due: 1, succeeded: 1 } });
    const worker = await eventually(async () => {
      const body = (await api.get(`/api/workers/${res.body.id}`)).body;
      return body.instanceId ? body : undefined;
    }, 15_000, 100);
    const inEc2 = await typeOf(worker.instanceId);
    expect(inEc2).toMatchObject({ InstanceType: 'm5zn.metal', SubnetId: subnets[1] });
    expect((await attempts(res.body.id)).map((e) => [e.data.subnetId, e.data.succeeded])).toEqual([
      [subnets[0], false],
      [subnets[1], true],
    ]);
  });
});
