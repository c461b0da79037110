import { randomUUID } from 'node:crypto';
import { DescribeInstancesCommand } from '@aws-sdk/client-ec2';
import { CreateBucketCommand, GetObjectCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';
import { Api, eventually, expectStatus } from './support/api.js';
import { type CmlSimulator, startTestSimulator } from './support/cml.js';
import { closeMotoClients, createNamedAmi, launchInstances, motoEc2, motoS3, uniqueRunId } from './support/moto.js';
import { uniqueMongoUri } from './support/env.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const REGION = 'us-east-1';

interface OperationBody {
  id: string;
  kind: string;
  status: string;
  error?: string;
  percent?: number;
  steps: { name: string; status: string; detail?: string }[];
}

/**
 * Choreographed stop and terminate end to end: moto (EC2 and S3), simulated CML controllers with
 * labs and a registered licence, and an app restart in the middle of a terminate.
 */
describe('choreographed stop and terminate', () => {
  let sim: CmlSimulator;
  let t: TestApp;
  let api: Api;
  let run: string;
  let bucket: string;
  let amiId: string;
  const mongoUri = uniqueMongoUri('power-operations');
  const labs = { running: randomUUID(), stopped: randomUUID() };
  const env = () => ({
    CML_USERNAME: 'admin',
    CML_PASSWORD: 'admin',
    WORKER_REFRESH_MIN_INTERVAL_SECONDS: '0',
    WORKER_POWER_POLL_SECONDS: '1',
    POWER_OPERATIONS_INTERVAL_SECONDS: '1',
    WORKER_FOLLOW_INTERVAL_SECONDS: '5',
    WORKER_TOPOLOGY_EXPORT_BUCKET: bucket,
    CML_READ_RETRIES: '0',
  });

  const controller = (id: string) => sim.controllers.require(id);
  const operation = async (id: string) => (await api.get(`/api/operations/${id}`).then(expectStatus(200))).body as OperationBody;
  const ended = (id: string, timeoutMs = 45_000) => eventually(async () => {
    const op = await operation(id);
    return op.status !== 'running' && op;
  }, timeoutMs);
  const ec2State = async (instanceId: string) => (await motoEc2(REGION).send(new DescribeInstancesCommand({ InstanceIds: [instanceId] }))).Reservations![0].Instances![0].State!.Name;

  /** A running worker whose controller (`controllerId`) has one running and one stopped lab, and answers. */
  async function workerOn(controllerId: string): Promise<{ id: string; instanceId: string }> {
    const [instanceId] = await launchInstances(REGION, { count: 1, imageId: amiId, tags: { Name: `${controllerId}-${run}`, 'cml-endpoint': sim.baseUrlOf(controllerId) } });
    const id = (await api.post('/api/workers/import', { region: REGION, instanceId }).then(expectStatus(201))).body.id as string;
    await eventually(async () => (await api.post(`/api/workers/${id}/refresh`, {}, 'manager').then(expectStatus(200))).body.serviceStatus === 'available');
    return { id, instanceId };
  }

  beforeAll(async () => {
    run = uniqueRunId('powerops');
    bucket = run.toLowerCase();
    await motoS3().send(new CreateBucketCommand({ Bucket: bucket }));
    const seedLabs = (suffix: string) => [
      { id: randomUUID(), title: `Running ${suffix}`, state: 'STARTED' as const, nodes: 2, owner: 'admin' },
      { id: randomUUID(), title: `Stopped ${suffix}`, state: 'STOPPED' as const, nodes: 2, owner: 'admin' },
    ];
    sim = await startTestSimulator([
      { id: 'cml-stop', labs: [{ id: labs.running, title: 'BGP', state: 'STARTED', nodes: 2, owner: 'admin' }, { id: labs.stopped, title: 'OSPF', state: 'STOPPED', nodes: 2, owner: 'admin' }] },
      { id: 'cml-term', licensed: true, labs: seedLabs('term') },
      { id: 'cml-busy', labs: seedLabs('busy') },
    ]);
    t = await startTestApp('power-operations', env(), { mongoUri });
    api = new Api(t.url);
    amiId = await createNamedAmi(REGION, `cml-${run}`);
  });

  afterAll(async () => {
    await t?.close();
    await sim?.close();
    closeMotoClients();
  });

  it('a stop with running labs stops them first, then EC2 stops the instance', async () => {
    const w = await workerOn('cml-stop');
    const res = await api.post(`/api/workers/${w.id}/stop`, {}, 'manager').then(expectStatus(202));
    expect(res.body).toMatchObject({ changed: true, message: expect.stringMatching(/^Stopping: the running labs first, then EC2 \(operation [0-9a-f-]{36}\)\.$/), worker: { status: 'stopping' } });
    expect(res.body.operation.steps.map((s: { name: string }) => s.name)).toEqual(['stop-labs', 'ec2-stop', 'wait-stopped']);

    const op = await ended(res.body.operation.id);
    expect(op).toMatchObject({ status: 'succeeded', percent: 100 });
    expect(op.steps).toEqual([
      expect.objectContaining({ name: 'stop-labs', status: 'succeeded', detail: 'Stopped 1 lab: BGP' }),
      expect.objectContaining({ name: 'ec2-stop', status: 'succeeded' }),
      expect.objectContaining({ name: 'wait-stopped', status: 'succeeded' }),
    ]);
    expect(controller('cml-stop').labState(labs.running)).toBe('STOPPED');
    expect(await ec2State(w.instanceId)).toBe('stopped');
    const worker = (await api.get(`/api/workers/${w.id}`).then(expectStatus(200))).body;
    expect(worker).toMatchObject({ status: 'stopped', powerOperation: { id: op.id, action: 'stop', status: 'succeeded', summary: expect.stringContaining('Stopped 1 lab: BGP') } });
    const timeline = (await api.get(`/api/workers/${w.id}/events?pageSize=50`).then(expectStatus(200))).body.items as { type: string }[];
    expect(timeline.map((e) => e.type)).toContain('worker.power-operation-finished');
    const listed = (await api.get(`/api/operations?subjectId=${w.id}`).then(expectStatus(200))).body.items as OperationBody[];
    expect(listed[0].id).toBe(op.id);
  });

  it('refuses a second operation on the worker with a 409 that names the first', async () => {
    const w = await workerOn('cml-busy');
    // Slow lab stops keep the first operation in its first step.
    controller('cml-busy').setFaults({ latencyMs: 1500, only: ['/labs/{lab_id}/stop'] });
    const first = await api.post(`/api/workers/${w.id}/stop`, {}, 'manager').then(expectStatus(202));
    const second = await api.post(`/api/workers/${w.id}/terminate`, {}, 'admin').then(expectStatus(409));
    expect(second.body).toMatchObject({ code: 'WORKER.OPERATION_IN_PROGRESS', details: { operationId: first.body.operation.id } });
    expect(second.body.detail).toContain(`a stop (operation ${first.body.operation.id}`);
    await api.get('/api/operations?subjectId=nope').then(expectStatus(400));
    controller('cml-busy').setFaults({});
    await ended(first.body.operation.id);
  });

  it('a terminate exports the topologies to S3, releases the licence, then terminates; it survives an app restart in the middle', async () => {
    const w = await workerOn('cml-term');
    // The controller goes away: the terminate waits in its first step.
    controller('cml-term').setFaults({ unreachable: true });
    const res = await api.post(`/api/workers/${w.id}/terminate`, {}, 'admin').then(expectStatus(202));
    const opId = res.body.operation.id as string;
    expect(res.body.worker.status).toBe('shutting-down');
    await eventually(async () => ((await operation(opId)).steps[0].detail ?? '').startsWith('Waiting for the controller'), 20_000).catch(async (err: Error) => {
      throw new Error(`${err.message}: ${JSON.stringify(await operation(opId))}`);
    });

    // The app stops mid-operation; the controller comes back; another app takes the operation over.
    await t.close();
    controller('cml-term').setFaults({});
    t = await startTestApp('power-operations', env(), { mongoUri });
    api = new Api(t.url);

    // The power-operations job (run here by hand: the suites' scheduler is off) takes it over once its heartbeat is stale.
    await eventually(async () => {
      const run = await api.post('/api/jobs/power-operations/run', {}, 'admin').then(expectStatus(202));
      const done = await eventually(async () => (await api.get('/api/jobs/power-operations/runs?limit=20')).body.find((r: { id: string; outcome: string }) => r.id === run.body.id && r.outcome !== 'running'));
      return done.summary?.resumed === 1;
    }, 30_000, 1000);
    const op = await ended(opId, 60_000).catch(async (err: Error) => {
      throw new Error(`${err.message}: ${JSON.stringify(await operation(opId))}`);
    });
    expect(op.error).toBeUndefined();
    expect(op.status).toBe('succeeded');
    expect(op.steps.map((s) => `${s.name}:${s.status}`)).toEqual(['stop-labs:succeeded', 'wipe-labs:succeeded', 'export-topologies:succeeded', 'release-license:succeeded', 'ec2-terminate:succeeded', 'wait-terminated:succeeded']);
    const stored = await motoS3().send(new ListObjectsV2Command({ Bucket: bucket, Prefix: 'cml-topologies/' }));
    const keys = (stored.Contents ?? []).map((o) => o.Key!).filter((k) => k.includes(opId));
    expect(keys).toHaveLength(2);
    const yaml = await (await motoS3().send(new GetObjectCommand({ Bucket: bucket, Key: keys.find((k) => k.includes('Running-term'))! }))).Body!.transformToString();
    expect(yaml).toContain('title: Running term');
    expect(controller('cml-term').licensing.registration).toBe('NOT_REGISTERED');
    expect(await ec2State(w.instanceId)).toBe('terminated');
    const worker = (await api.get(`/api/workers/${w.id}?includeTerminated=true`, 'admin').then(expectStatus(200))).body;
    expect(worker).toMatchObject({ status: 'terminated', powerOperation: { status: 'succeeded' } });
  }, 150_000);
});
