import { DescribeInstancesCommand } from '@aws-sdk/client-ec2';
import { AwsCallMetrics } from '../apps/api/src/modules/workers/infrastructure/aws/aws-call-metrics.js';
import { Api, eventually, expectStatus } from './support/api.js';
import { type AwsFaultProxy, startAwsFaultProxy } from './support/aws-fault-proxy.js';
import { closeMotoClients, createNamedAmi, launchInstances, motoEc2, motoEndpoint, uniqueRunId } from './support/moto.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const REGION = 'us-east-1';

/** AWS misbehaves (throttling, 500s, latency): work completes with bounded retries, nothing is left wrong. */
describe('faults: AWS throttles, fails and slows down', () => {
  let proxy: AwsFaultProxy;
  let t: TestApp;
  let api: Api;
  let instances: string[];
  let amiName: string;

  beforeAll(async () => {
    proxy = await startAwsFaultProxy(motoEndpoint());
    t = await startTestApp('faults-aws', { AWS_ENDPOINT_URL: proxy.url, AWS_MAX_ATTEMPTS: '8', WORKER_REFRESH_MIN_INTERVAL_SECONDS: '0' });
    api = new Api(t.url);
    const run = uniqueRunId('flt');
    amiName = `cml-${run}`;
    const amiId = await createNamedAmi(REGION, amiName);
    instances = await launchInstances(REGION, { count: 6, imageId: amiId, tags: { Name: `flaky-${run}` } });
    proxy.faults = { throttleRate: 0.25, errorRate: 0.1, latencyMs: 20 };
  });
  afterAll(async () => {
    await t.close();
    await proxy.close();
    closeMotoClients();
  });

  async function runJob(name: string): Promise<{ outcome: string; summary: { errors: string[]; workers: number } }> {
    const started = await api.post(`/api/jobs/${name}/run`, {}, 'admin').then(expectStatus(202));
    return eventually(async () => {
      const runs = await api.get(`/api/jobs/${name}/runs`);
      const r = runs.body.find((x: { id: string; outcome: string }) => x.id === started.body.id && x.outcome !== 'running');
      return r;
    }, 30_000);
  }

  it('imports every instance despite throttling and 500s', async () => {
    const res = await api.post('/api/workers/import', { region: REGION, amiName, all: true }).then(expectStatus(200));
    expect(res.body.imported).toHaveLength(6);
  });

  it('finishes collection cycles with the faults absorbed by retries, and counts them', async () => {
    for (let i = 0; i < 3; i++) {
      const run = await runJob('metrics-collection');
      expect(run.outcome).toBe('succeeded');
      expect(run.summary.errors).toEqual([]);
      expect(run.summary.workers).toBeGreaterThanOrEqual(6);
    }
    expect(proxy.counts.throttled).toBeGreaterThan(0);
    expect(proxy.counts.failed).toBeGreaterThan(0);
    const retries = Object.values(t.app.get(AwsCallMetrics).snapshot()).reduce((n, e) => n + e.retries, 0);
    expect(retries).toBeGreaterThan(0);
  });

  it('answers operator actions with a result or a clear problem, never a 500, and leaves no worker in a wrong state', async () => {
    const list = await api.get(`/api/workers?q=flaky&pageSize=50`);
    const ids: string[] = list.body.items.map((w: { id: string }) => w.id);
    const results = await Promise.all(ids.slice(0, 3).map((id) => api.post(`/api/workers/${id}/stop`, {}, 'manager')));
    for (const r of results) expect([202, 503, 502]).toContain(r.status);

    proxy.faults = {};
    for (const id of ids) await api.post(`/api/workers/${id}/refresh`, {}, 'manager').then(expectStatus(200));
    const described = await motoEc2(REGION).send(new DescribeInstancesCommand({ InstanceIds: instances }));
    const actual = new Map(described.Reservations!.flatMap((r) => r.Instances!).map((i) => [i.InstanceId!, i.State!.Name!]));
    const after = await api.get(`/api/workers?q=flaky&pageSize=50&includeTerminated=true`, 'admin');
    for (const w of after.body.items as { instanceId: string; status: string }[]) expect(w.status).toBe(actual.get(w.instanceId));
  });
});
