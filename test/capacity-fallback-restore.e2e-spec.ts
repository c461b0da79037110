import { DescribeInstancesCommand, StopInstancesCommand } from '@aws-sdk/client-ec2';
import { Api, eventually, expectStatus } from './support/api.js';
import { type AwsFaultProxy, type AwsRejection, type Ec2Call, startAwsFaultProxy } from './support/aws-fault-proxy.js';
import { SUITE_REDIS_PREFIX } from './support/env.js';
import { closeMotoClients, createNamedAmi, launchInstances, motoEc2, motoEndpoint, uniqueRunId } from './support/moto.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const REGION = 'us-east-1';

interface TimelineEvent {
  type: string;
  actor: { name: string };
  data: { from?: string; to?: string; moment?: string; changes?: Record<string, unknown> };
}

/**
 * After a start fell back to another instance type for lack of capacity, the worker goes back to
 * its own type at its next stop (WORKER_CAPACITY_FALLBACK_RESTORE_TYPE=on-next-stop, the default),
 * or keeps the fallback type (`never`). moto never runs out of capacity and changes an instance's
 * type in any state: the fault proxy in front of it refuses StartInstances for the types in
 * `noCapacity` (InsufficientInstanceCapacity) and, as EC2 does, ModifyInstanceAttribute unless the
 * instance is stopped (IncorrectInstanceState); `refuseModify` makes it refuse the change outright.
 */
describe('the instance type after a capacity fallback (EC2 capacity errors injected)', () => {
  let proxy: AwsFaultProxy;
  let amiId: string;
  let run: string;
  const noCapacity = new Set<string>();
  let refuseModify: AwsRejection | undefined;

  /** The instance as moto has it now (asked of moto directly, not through the proxy). */
  const inEc2 = async (instanceId: string) => (await motoEc2(REGION).send(new DescribeInstancesCommand({ InstanceIds: [instanceId] }))).Reservations?.[0].Instances?.[0];

  async function ec2Rules({ action, params }: Ec2Call): Promise<AwsRejection | undefined> {
    const instance = await inEc2(params.get('InstanceId.1') ?? params.get('InstanceId') ?? '');
    if (action === 'StartInstances' && instance?.InstanceType && noCapacity.has(instance.InstanceType)) {
      return { code: 'InsufficientInstanceCapacity', message: `We currently do not have sufficient ${instance.InstanceType} capacity in the Availability Zone you requested.` };
    }
    if (action === 'ModifyInstanceAttribute') {
      if (refuseModify) return refuseModify;
      if (instance?.State?.Name !== 'stopped') return { code: 'IncorrectInstanceState', message: `The instance '${instance?.InstanceId}' is not in the 'stopped' state.`, status: 400 };
    }
    return undefined;
  }

  /** One app of the suite, with the restore policy given (unset: the default). */
  function suiteApp(restoreType: string | undefined) {
    const ctx = {} as { t: TestApp; api: Api };

    beforeAll(async () => {
      ctx.t = await startTestApp(`capfb-restore-${restoreType ?? 'default'}`, {
        AWS_ENDPOINT_URL: proxy.url,
        AWS_MAX_ATTEMPTS: '2',
        WORKER_CAPACITY_FALLBACK_INSTANCE_TYPES: 'm5.metal',
        WORKER_CAPACITY_FALLBACK_DEADLINE_MINUTES: '10',
        WORKER_CAPACITY_FALLBACK_RESTORE_TYPE: restoreType,
        // Each app its own leases, so the second's job runs never wait for the first's.
        REDIS_KEY_PREFIX: `${SUITE_REDIS_PREFIX}${restoreType ?? 'default'}:`,
      });
      ctx.api = new Api(ctx.t.url);
    });
    afterAll(() => ctx.t.close());

    const runJob = async (name: string) => {
      const started = await ctx.api.post(`/api/jobs/${name}/run`, {}, 'admin').then(expectStatus(202));
      return eventually(async () => {
        const runs = await ctx.api.get(`/api/jobs/${name}/runs?limit=50`);
        return runs.body.find((r: { id: string; outcome: string }) => r.id === started.body.id && r.outcome !== 'running');
      }, 30_000);
    };
    const worker = async (id: string) => (await ctx.api.get(`/api/workers/${id}`).then(expectStatus(200))).body;
    const timeline = async (id: string) => ((await ctx.api.get(`/api/workers/${id}/events?pageSize=100`).then(expectStatus(200))).body.items as TimelineEvent[]).reverse();

    /** A stopped m5zn.metal worker that a start, finding no m5zn.metal, ran on m5.metal; EC2 has it running. */
    async function startedOnFallback(): Promise<{ id: string; instanceId: string }> {
      const [instanceId] = await launchInstances(REGION, { count: 1, imageId: amiId, instanceType: 'm5zn.metal', tags: { Name: `capfb-restore-${run}` } });
      await motoEc2(REGION).send(new StopInstancesCommand({ InstanceIds: [instanceId] }));
      const { id } = (await ctx.api.post('/api/workers/import', { region: REGION, instanceId }).then(expectStatus(201))).body;
      noCapacity.add('m5zn.metal');
      await ctx.api.post(`/api/workers/${id}/start`, {}, 'manager').then(expectStatus(202));
      expect(await runJob('capacity-fallback')).toMatchObject({ outcome: 'succeeded', summary: { succeeded: 1 } });
      expect(await inEc2(instanceId)).toMatchObject({ InstanceType: 'm5.metal', State: { Name: 'running' } });
      // The class has its worker; m5zn.metal has capacity again by the time it ends.
      noCapacity.clear();
      await runJob('status-follow');
      expect(await worker(id)).toMatchObject({ status: 'running', instanceType: 'm5.metal' });
      return { id, instanceId };
    }

    /** Stops the worker as a person does, then lets the status follow see EC2's `stopped`. */
    async function stopAndFollow(id: string): Promise<void> {
      await ctx.api.post(`/api/workers/${id}/stop`, {}, 'manager').then(expectStatus(202));
      expect(await runJob('status-follow')).toMatchObject({ outcome: 'succeeded', summary: { settled: 1 } });
    }

    return { ctx, runJob, worker, timeline, startedOnFallback, stopAndFollow };
  }

  beforeAll(async () => {
    run = uniqueRunId('capfb-restore');
    amiId = await createNamedAmi(REGION, `cml-${run}`);
    proxy = await startAwsFaultProxy(motoEndpoint());
    proxy.rejectEc2 = ec2Rules;
  });
  afterAll(async () => {
    await proxy.close();
    closeMotoClients();
  });
  beforeEach(() => {
    noCapacity.clear();
    refuseModify = undefined;
  });

  describe('on-next-stop (the default)', () => {
    const s = suiteApp(undefined);

    it('says the worker runs on the fallback type until its next stop, then changes the stopped instance back, recorded in the timeline', async () => {
      const w = await s.startedOnFallback();
      expect((await s.worker(w.id)).instanceTypeRestore).toMatchObject({ originalInstanceType: 'm5zn.metal', fallbackInstanceType: 'm5.metal', failures: 0 });

      await s.stopAndFollow(w.id);

      expect(await inEc2(w.instanceId)).toMatchObject({ InstanceType: 'm5zn.metal', State: { Name: 'stopped' } });
      const after = await s.worker(w.id);
      expect(after).toMatchObject({ status: 'stopped', instanceType: 'm5zn.metal' });
      expect(after.instanceTypeRestore).toBeUndefined();
      const restored = (await s.timeline(w.id)).filter((e) => e.type === 'worker.instance-type-restored');
      expect(restored).toEqual([expect.objectContaining({ data: { from: 'm5.metal', to: 'm5zn.metal', moment: 'stopped' }, actor: expect.objectContaining({ name: 'instance-type-restore' }) })]);
      // Nothing left to do: the next cycle changes nothing.
      expect(await s.runJob('metrics-collection')).toMatchObject({ outcome: 'succeeded' });
      expect((await s.timeline(w.id)).filter((e) => e.type === 'worker.instance-type-restored')).toHaveLength(1);
    });

    it('keeps a change EC2 refused waiting with its error and makes it at the next look (the collection cycle)', async () => {
      const w = await s.startedOnFallback();
      refuseModify = { code: 'UnauthorizedOperation', message: 'You are not authorized to perform this operation.', status: 403 };
      await s.stopAndFollow(w.id);
      expect(await inEc2(w.instanceId)).toMatchObject({ InstanceType: 'm5.metal', State: { Name: 'stopped' } });
      const waiting = await s.worker(w.id);
      expect(waiting).toMatchObject({ status: 'stopped', instanceType: 'm5.metal', instanceTypeRestore: { originalInstanceType: 'm5zn.metal', failures: 1, lastError: expect.stringContaining('ModifyInstanceAttribute') } });

      refuseModify = undefined;
      expect(await s.runJob('metrics-collection')).toMatchObject({ outcome: 'succeeded' });
      expect(await inEc2(w.instanceId)).toMatchObject({ InstanceType: 'm5zn.metal' });
      expect(await s.worker(w.id)).toMatchObject({ instanceType: 'm5zn.metal' });
      expect((await s.timeline(w.id)).filter((e) => e.type === 'worker.instance-type-restored').map((e) => e.data.moment)).toEqual(['stopped']);
    });

    it('changes the type back before a start when the change at the stop failed, so the start asks for the worker\'s own type', async () => {
      const w = await s.startedOnFallback();
      refuseModify = { code: 'UnauthorizedOperation', message: 'You are not authorized to perform this operation.', status: 403 };
      await s.stopAndFollow(w.id);
      refuseModify = undefined;

      await s.ctx.api.post(`/api/workers/${w.id}/start`, {}, 'manager').then(expectStatus(202));
      expect(await inEc2(w.instanceId)).toMatchObject({ InstanceType: 'm5zn.metal', State: { Name: 'running' } });
      const events = await s.timeline(w.id);
      const restoredAt = events.findIndex((e) => e.type === 'worker.instance-type-restored');
      expect(events[restoredAt].data).toEqual({ from: 'm5.metal', to: 'm5zn.metal', moment: 'before-start' });
      // The restore came first, then the start.
      expect(events.slice(restoredAt).find((e) => e.type === 'worker.status-changed')).toMatchObject({ data: expect.objectContaining({ to: 'pending' }) });
      expect(await s.worker(w.id)).toMatchObject({ instanceType: 'm5zn.metal' });
    });
  });

  describe('never', () => {
    const s = suiteApp('never');

    it('keeps the fallback type after the stop', async () => {
      const w = await s.startedOnFallback();
      expect((await s.worker(w.id)).instanceTypeRestore).toBeUndefined();
      await s.stopAndFollow(w.id);
      expect(await s.runJob('metrics-collection')).toMatchObject({ outcome: 'succeeded' });
      expect(await inEc2(w.instanceId)).toMatchObject({ InstanceType: 'm5.metal', State: { Name: 'stopped' } });
      expect(await s.worker(w.id)).toMatchObject({ status: 'stopped', instanceType: 'm5.metal' });
      expect((await s.timeline(w.id)).some((e) => e.type === 'worker.instance-type-restored')).toBe(false);
    });
  });
});
