import { MetricsRegistry } from '../../../platform/metrics/metrics-registry.js';
import { OtelJobTelemetry } from './otel-job-telemetry.adapter.js';

describe('OtelJobTelemetry', () => {
  const labels = { job: 'metrics-collection', trigger: 'schedule', runId: 'r1' };

  it.each([
    ['a run that succeeds', () => Promise.resolve('done'), 'succeeded'],
    ['a run that fails', () => Promise.reject(new Error('AWS away')), 'failed'],
  ] as const)('counts %s and times it by outcome; its result or error passes through', async (_case, run, outcome) => {
    const registry = new MetricsRegistry();
    const telemetry = new OtelJobTelemetry(registry);
    const result = telemetry.observe(labels, run);
    if (outcome === 'succeeded') await expect(result).resolves.toBe('done');
    else await expect(result).rejects.toThrow('AWS away');
    const text = await registry.exposition();
    expect(text).toContain(`ccm_job_runs_total{job="metrics-collection",outcome="${outcome}"} 1`);
    expect(text).toContain(`ccm_job_run_duration_seconds_count{job="metrics-collection",outcome="${outcome}"} 1`);
  });

  it('counts a skipped run, which has no duration', async () => {
    const registry = new MetricsRegistry();
    new OtelJobTelemetry(registry).skipped({ job: 'lab-sync', trigger: 'schedule' });
    const text = await registry.exposition();
    expect(text).toContain('ccm_job_runs_total{job="lab-sync",outcome="skipped"} 1');
    expect(text).not.toContain('ccm_job_run_duration_seconds_count{job="lab-sync"');
  });
});
