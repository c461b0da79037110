import { createServer, type Server } from 'node:http';
import request from 'supertest';
import { TelemetryHandle } from '../apps/api/src/platform/telemetry/telemetry.module.js';
import { Api, eventually, expectStatus } from './support/api.js';
import { startTestApp, type TestApp } from './support/test-app.js';

interface ReceivedSpan {
  name: string;
  traceId: string;
  parentSpanId?: string;
}

interface Received {
  spans: string[];
  /** The spans with their trace and parent (ids as the JSON encoding sends them: hex). */
  spanDetails: ReceivedSpan[];
  metrics: string[];
}

/** A minimal OTLP/HTTP (JSON) receiver: collects span and metric names. */
function startCollector(received: Received): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as {
        resourceSpans?: { scopeSpans: { spans: ReceivedSpan[] }[] }[];
        resourceMetrics?: { scopeMetrics: { metrics: { name: string }[] }[] }[];
      };
      for (const rs of body.resourceSpans ?? []) for (const ss of rs.scopeSpans) for (const s of ss.spans) {
        received.spans.push(s.name);
        received.spanDetails.push({ name: s.name, traceId: s.traceId, parentSpanId: s.parentSpanId });
      }
      for (const rm of body.resourceMetrics ?? []) for (const sm of rm.scopeMetrics) for (const m of sm.metrics) received.metrics.push(m.name);
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ url: `http://127.0.0.1:${(server.address() as { port: number }).port}`, server })));
}

describe('OpenTelemetry export over OTLP', () => {
  const received: Received = { spans: [], spanDetails: [], metrics: [] };
  let collector: { url: string; server: Server };
  let t: TestApp;
  let api: Api;

  beforeAll(async () => {
    collector = await startCollector(received);
    t = await startTestApp('telemetry', { OTEL_EXPORTER_OTLP_ENDPOINT: collector.url, OTEL_TRACES_DELAY_MS: '200', OTEL_METRICS_INTERVAL_MS: '1000' });
    api = new Api(t.url);
  });
  afterAll(async () => {
    await t.close();
    collector.server.close();
  });

  it('traces HTTP requests, queries, commands, jobs and AWS calls, and exports fleet metrics', async () => {
    await api.get('/api/workers').then(expectStatus(200));
    await api.get('/api/workers/discovery?region=us-east-1&amiName=none-such-*', 'admin').then(expectStatus(200));
    const run = await api.post('/api/jobs/metrics-collection/run', {}, 'admin').then(expectStatus(202));
    await eventually(async () => {
      const runs = await api.get('/api/jobs/metrics-collection/runs');
      return runs.body.find((r: { id: string; outcome: string }) => r.id === run.body.id && r.outcome !== 'running');
    });
    await t.app.get(TelemetryHandle).value.flush();
    await eventually(async () => received.spans.includes('job metrics-collection') && received.spans.includes('aws.ec2.DescribeImages') && received.metrics.includes('ccm.workers'), 10_000);
    expect(received.spans).toEqual(
      expect.arrayContaining(['HTTP GET /api/workers', 'query ListWorkersQuery', 'job metrics-collection', 'command CollectFleetMetricsCommand', 'aws.ec2.DescribeImages']),
    );
    expect(received.metrics).toEqual(expect.arrayContaining(['ccm.workers', 'ccm.job.duration', 'ccm.aws.calls']));
  });

  it('continues the caller\'s trace when the request carries a W3C traceparent', async () => {
    const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
    const parentSpanId = '00f067aa0ba902b7';
    await request(t.url).get('/api/health/live').set('traceparent', `00-${traceId}-${parentSpanId}-01`).expect(200);
    await t.app.get(TelemetryHandle).value.flush();
    const span = await eventually(async () => received.spanDetails.find((s) => s.traceId === traceId && s.name.startsWith('HTTP GET')), 10_000);
    expect(span).toMatchObject({ name: 'HTTP GET /api/health/live', traceId, parentSpanId });
  });

  it('starts a trace of its own when the traceparent is malformed', async () => {
    await request(t.url).get('/api/health/ready').set('traceparent', '00-not-a-trace-01').expect((res) => expect([200, 503]).toContain(res.status));
    await t.app.get(TelemetryHandle).value.flush();
    const span = await eventually(async () => received.spanDetails.find((s) => s.name === 'HTTP GET /api/health/ready'), 10_000);
    expect(span.traceId).toMatch(/^[0-9a-f]{32}$/);
    expect(span.parentSpanId ?? '').toBe('');
  });
});
