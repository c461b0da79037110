import { checkSeriesName, MetricsRegistry } from './metrics-registry.js';

describe('checkSeriesName', () => {
  it.each([
    ['ccm_aws_calls_total', 'counter', true],
    ['ccm_aws_calls', 'counter', false],
    ['aws_calls_total', 'counter', false],
    ['ccm_AwsCalls_total', 'counter', false],
    ['ccm_sse_streams_open', 'gauge', true],
    ['ccm_sse_streams_open_total', 'gauge', false],
    ['ccm_job_run_duration_seconds', 'histogram', true],
    ['ccm_job_run_duration', 'histogram', false],
    ['ccm_job_run_duration_seconds_total', 'histogram', false],
  ] as const)('%s as a %s is accepted: %s', (name, kind, ok) => {
    if (ok) expect(() => checkSeriesName(name, kind)).not.toThrow();
    else expect(() => checkSeriesName(name, kind)).toThrow();
  });
});

describe('MetricsRegistry', () => {
  it('shows a counter kept elsewhere as it is when scraped, labels included', async () => {
    const registry = new MetricsRegistry();
    let count = 2;
    registry.counterFrom({ name: 'ccm_things_total', help: 'Things', labelNames: ['kind'] }, () => [{ labels: { kind: 'a' }, value: count }]);
    expect(await registry.exposition()).toContain('ccm_things_total{kind="a"} 2');
    count = 5;
    const text = await registry.exposition();
    expect(text).toContain('ccm_things_total{kind="a"} 5');
    expect(text).toContain('# TYPE ccm_things_total counter');
  });

  it('reads async gauges and drops series that are gone since the last scrape', async () => {
    const registry = new MetricsRegistry();
    let samples = [{ labels: { worker_id: 'w1' }, value: 0.5 }, { labels: { worker_id: 'w2' }, value: 1 }];
    registry.gaugeFrom({ name: 'ccm_worker_cpu_ratio', help: 'CPU', labelNames: ['worker_id'] }, () => Promise.resolve(samples));
    expect(await registry.exposition()).toContain('ccm_worker_cpu_ratio{worker_id="w2"} 1');
    samples = [{ labels: { worker_id: 'w1' }, value: 0.25 }];
    const text = await registry.exposition();
    expect(text).toContain('ccm_worker_cpu_ratio{worker_id="w1"} 0.25');
    expect(text).not.toContain('worker_id="w2"');
  });

  it('leaves out the series of a gauge whose source fails, and still answers with the rest', async () => {
    const registry = new MetricsRegistry();
    registry.gaugeFrom({ name: 'ccm_broken', help: 'Broken', labelNames: ['worker_id'] }, () => Promise.reject(new Error('database away')));
    registry.counterFrom({ name: 'ccm_fine_total', help: 'Fine' }, () => [{ value: 1 }]);
    const text = await registry.exposition();
    expect(text).toContain('ccm_fine_total 1');
    expect(text).not.toMatch(/^ccm_broken\{/m);
  });

  it('times HTTP requests and job runs in seconds with the declared labels', async () => {
    const registry = new MetricsRegistry();
    registry.httpRequestDuration.observe({ method: 'GET', route: '/api/workers/:id', status_code: '200' }, 0.02);
    registry.jobRunDuration.observe({ job: 'metrics-collection', outcome: 'succeeded' }, 3);
    const text = await registry.exposition();
    expect(text).toContain('ccm_http_server_request_duration_seconds_count{method="GET",route="/api/workers/:id",status_code="200"} 1');
    expect(text).toContain('ccm_http_server_request_duration_seconds_bucket{le="0.025",method="GET",route="/api/workers/:id",status_code="200"} 1');
    expect(text).toContain('ccm_job_run_duration_seconds_sum{job="metrics-collection",outcome="succeeded"} 3');
  });
});
