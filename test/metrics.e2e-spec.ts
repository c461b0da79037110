import { readFileSync } from 'node:fs';
import request from 'supertest';
import { MetricsServer } from '../apps/api/src/platform/metrics/metrics-server.js';
import { Api, eventually, expectStatus } from './support/api.js';
import { roleToken } from './support/keycloak.js';
import { closeMotoClients, launchInstances, uniqueRunId } from './support/moto.js';
import { SseClient } from './support/sse-client.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const REGION = 'us-east-1';

/** One sample of the exposition text: its value, or undefined when the series is not there. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split('\n')) {
    if (line.startsWith('#')) continue;
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const found = Object.fromEntries([...(match[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((m) => [m[1], m[2]]));
    if (Object.entries(labels).every(([k, v]) => found[k] === v)) return Number(match[3]);
  }
  return undefined;
}

describe('Prometheus metrics endpoint', () => {
  let t: TestApp;
  let api: Api;
  let metricsUrl: string;
  const scrape = async () => {
    const res = await request(metricsUrl).get('/metrics').expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    return res.text;
  };

  beforeAll(async () => {
    t = await startTestApp('metrics', { METRICS_ENABLED: 'true', METRICS_PORT: '0' });
    api = new Api(t.url);
    metricsUrl = `http://127.0.0.1:${t.app.get(MetricsServer).port}`;
  });
  afterAll(async () => {
    await t.close();
    closeMotoClients();
  });

  it('times HTTP requests by route template and status: the count goes up by the requests made', async () => {
    const [instanceId] = await launchInstances(REGION, { count: 1, tags: { Name: `metrics-${uniqueRunId()}` } });
    const worker = await api.post('/api/workers/import', { region: REGION, instanceId }).then(expectStatus(201));
    const labels = { method: 'GET', route: '/api/workers/:id', status_code: '200' };
    const before = sample(await scrape(), 'ccm_http_server_request_duration_seconds_count', labels) ?? 0;
    for (let i = 0; i < 3; i++) await api.get(`/api/workers/${worker.body.id}`).then(expectStatus(200));
    await api.get('/api/workers/0190a0a0-0000-7000-8000-000000000000').then(expectStatus(404));
    const text = await scrape();
    expect(sample(text, 'ccm_http_server_request_duration_seconds_count', labels)).toBe(before + 3);
    expect(sample(text, 'ccm_http_server_request_duration_seconds_count', { ...labels, status_code: '404' })).toBe(1);
    expect(sample(text, 'ccm_http_server_request_duration_seconds_bucket', { ...labels, le: '+Inf' })).toBe(before + 3);
    expect(sample(text, 'ccm_http_server_request_duration_seconds_sum', labels)).toBeGreaterThan(0);
    // The route is the template: no raw id ever becomes a label.
    expect(text).not.toContain(`route="/api/workers/${worker.body.id}"`);
    // The worker's own gauges, labelled by id and name.
    expect(sample(text, 'ccm_worker_status', { worker_id: worker.body.id, status: 'running' })).toBe(1);
    expect(sample(text, 'ccm_workers', { status: 'running' })).toBeGreaterThanOrEqual(1);
  });

  it('counts job runs by outcome with their duration, and the AWS calls they made', async () => {
    const runs = () => scrape().then((text) => sample(text, 'ccm_job_runs_total', { job: 'metrics-collection', outcome: 'succeeded' }) ?? 0);
    const before = await runs();
    const run = await api.post('/api/jobs/metrics-collection/run', {}, 'admin').then(expectStatus(202));
    // The run is recorded as finished after its duration was observed.
    await eventually(async () => {
      const list = await api.get('/api/jobs/metrics-collection/runs');
      return (list.body as { id: string; outcome: string }[]).find((r) => r.id === run.body.id && r.outcome !== 'running');
      // A collection cycle reads EC2 and CloudWatch (moto): on a loaded machine it takes more than 10 s.
    }, 30_000);
    const text = await scrape();
    expect(await runs()).toBe(before + 1);
    expect(sample(text, 'ccm_job_run_duration_seconds_count', { job: 'metrics-collection', outcome: 'succeeded' })).toBe(before + 1);
    expect(sample(text, 'ccm_job_run_duration_seconds_sum', { job: 'metrics-collection', outcome: 'succeeded' })).toBeGreaterThan(0);
    expect(sample(text, 'ccm_aws_calls_total', { service: 'ec2', operation: 'DescribeInstances' })).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'ccm_aws_call_errors_total', { service: 'ec2', operation: 'DescribeInstances' })).toBe(0);
  });

  it('shows live streams open and the realtime and CloudEvents counters', async () => {
    const stream = await SseClient.open(`${t.url}/api/events/stream`, { headers: { authorization: `Bearer ${await roleToken('user')}` } });
    try {
      expect(stream.status).toBe(200);
      await stream.waitForEvent('ready');
      const text = await scrape();
      expect(sample(text, 'ccm_sse_streams_open')).toBe(1);
      expect(sample(text, 'ccm_sse_streams_opened_total')).toBeGreaterThanOrEqual(1);
      for (const name of ['ccm_sse_events_delivered_total', 'ccm_cloudevents_delivered_total', 'ccm_cloudevents_pending']) expect(sample(text, name)).toBeGreaterThanOrEqual(0);
      expect(sample(text, 'ccm_sse_streams_dropped_total', { reason: 'overflow' })).toBe(0);
    } finally {
      stream.close();
    }
    expect(await scrape()).toContain('# TYPE ccm_cml_calls_total counter');
  });

  it('serves every series the Grafana dashboard queries', async () => {
    const dashboard = readFileSync('deploy/grafana/dashboards/cml-cloud-manager.json', 'utf8');
    const exprs = (JSON.parse(dashboard) as { panels: { targets?: { expr: string }[] }[] }).panels.flatMap((p) => (p.targets ?? []).map((t) => t.expr));
    const queried = new Set(exprs.flatMap((e) => e.match(/\bccm_[a-z0-9_]+/g) ?? []).map((n) => n.replace(/_(bucket|count|sum)$/, '')));
    const text = await scrape();
    const served = new Set([...text.matchAll(/^# TYPE (\S+) /gm)].map((m) => m[1]));
    expect([...queried].filter((n) => !served.has(n))).toEqual([]);
    expect(queried.size).toBeGreaterThan(15);
  });

  it('serves only GET /metrics on its port, and nothing of the metrics on the API port', async () => {
    await request(metricsUrl).get('/api/workers').expect(404);
    await request(metricsUrl).post('/metrics').expect(404);
    await request(t.url).get('/metrics').expect(404);
  });
});

describe('Prometheus metrics endpoint, off by default', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp('metrics-off');
  });
  afterAll(() => t.close());

  it('opens no listener and the API serves no /metrics', async () => {
    expect(t.app.get(MetricsServer).enabled).toBe(false);
    expect(t.app.get(MetricsServer).port).toBeUndefined();
    await request(t.url).get('/metrics').expect(404);
    await request(t.url).get('/api/metrics').expect(404);
  });
});
