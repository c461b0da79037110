import { randomBytes } from 'node:crypto';
import { closeMotoClients, launchInstances, motoConfig, putCpuMetric, putMetric, uniqueRunId } from '../../../../../../../test/support/moto.js';
import { RecordingAwsCallRecorder } from '../../../../../../../test/support/recording-aws-call-recorder.js';
import type { MetricQuery } from '../../application/ports/cloudwatch.port.js';
import { AwsCloudWatchAdapter } from './cloudwatch.adapter.js';

const REGION = 'eu-north-1';
const MINUTE = 60_000;

// Metrics are matched by dimensions, so ids no other run uses keep this suite's data apart.
const fakeInstanceId = () => `i-${randomBytes(9).toString('hex').slice(0, 17)}`;

const cpuQuery = (id: string, instanceId: string, stat: MetricQuery['stat'] = 'Average'): MetricQuery => ({
  id,
  namespace: 'AWS/EC2',
  metricName: 'CPUUtilization',
  dimensions: { InstanceId: instanceId },
  period: 60,
  stat,
});

describe('AwsCloudWatchAdapter against moto', () => {
  let recorder: RecordingAwsCallRecorder;
  let adapter: AwsCloudWatchAdapter;
  // Whole minutes, so moto's periods (counted from the window start) line up with the datapoints.
  const now = new Date(Math.floor(Date.now() / MINUTE) * MINUTE);
  const ago = (minutes: number) => new Date(now.getTime() - minutes * MINUTE);
  const window = { start: ago(30), end: new Date(now.getTime() + MINUTE) };

  beforeAll(() => {
    recorder = new RecordingAwsCallRecorder();
    adapter = new AwsCloudWatchAdapter(motoConfig(['us-east-1', REGION]), recorder);
  });

  beforeEach(() => recorder.clear());

  afterAll(() => {
    adapter.onModuleDestroy();
    closeMotoClients();
  });

  it('returns the datapoints oldest first and the newest one as latest, not the largest or the first', async () => {
    const [instanceId] = await launchInstances(REGION, { count: 1, tags: { 'ccm:test-run': uniqueRunId('cw') } });
    await putCpuMetric(REGION, instanceId!, [
      { timestamp: ago(10), value: 50 },
      { timestamp: ago(3), value: 30 },
      { timestamp: ago(20), value: 10 },
    ]);
    const [cpu] = await adapter.getMetricData(REGION, [cpuQuery('cpu', instanceId!)], window);
    expect(cpu).toEqual({
      id: 'cpu',
      latest: { timestamp: ago(3).toISOString(), value: 30 },
      points: [
        { timestamp: ago(20).toISOString(), value: 10 },
        { timestamp: ago(10).toISOString(), value: 50 },
        { timestamp: ago(3).toISOString(), value: 30 },
      ],
    });
    expect(recorder.calls).toEqual([expect.objectContaining({ service: 'cloudwatch', operation: 'GetMetricData', region: REGION })]);
  });

  it('aggregates the datapoints of one period with the asked statistic', async () => {
    const instanceId = fakeInstanceId();
    await putCpuMetric(REGION, instanceId, [
      { timestamp: ago(5), value: 20 },
      { timestamp: new Date(ago(5).getTime() + 20_000), value: 80 },
    ]);
    const [avg, max] = await adapter.getMetricData(REGION, [cpuQuery('avg', instanceId), cpuQuery('max', instanceId, 'Maximum')], window);
    expect(avg?.latest).toEqual({ timestamp: ago(5).toISOString(), value: 50 });
    expect(max?.latest).toEqual({ timestamp: ago(5).toISOString(), value: 80 });
  });

  it('answers more than 500 queries in two GetMetricData calls, each query with its own result', async () => {
    const withData = fakeInstanceId();
    await putMetric(REGION, { namespace: 'CCM/Test', metricName: 'Labs', dimensions: { InstanceId: withData } }, [{ timestamp: ago(2), value: 7 }]);
    const queries: MetricQuery[] = Array.from({ length: 501 }, (_, i) => ({
      id: `labs_${i}`,
      namespace: 'CCM/Test',
      metricName: 'Labs',
      dimensions: { InstanceId: i === 500 ? withData : fakeInstanceId() },
      period: 60,
      stat: 'Maximum',
    }));
    const results = await adapter.getMetricData(REGION, queries, window);
    expect(recorder.count('GetMetricData')).toBe(2);
    expect(results.map((r) => r.id)).toEqual(queries.map((q) => q.id));
    // The only query with data is the one alone in the second batch.
    expect(results[500]?.latest).toEqual({ timestamp: ago(2).toISOString(), value: 7 });
    expect(results.slice(0, 500).every((r) => r.points.length === 0 && r.latest === undefined)).toBe(true);
  });

  it('refuses a query id CloudWatch would reject without calling it', async () => {
    await expect(adapter.getMetricData(REGION, [cpuQuery('CPU-1', fakeInstanceId())], window)).rejects.toMatchObject({ code: 'AWS.INVALID_REQUEST', kind: 'invalid' });
    expect(recorder.calls).toHaveLength(0);
  });

  it('maps a request CloudWatch refuses to AWS.INVALID_REQUEST', async () => {
    const failure = adapter.getMetricData(REGION, [cpuQuery('cpu', fakeInstanceId())], { start: ago(5), end: new Date(ago(5).getTime() + 500) });
    await expect(failure).rejects.toMatchObject({ code: 'AWS.INVALID_REQUEST', details: { awsCode: 'ValidationError', operation: 'GetMetricData', region: REGION } });
    expect(recorder.calls).toEqual([expect.objectContaining({ operation: 'GetMetricData', error: 'ValidationError' })]);
  });

  it('refuses an unmanaged region', async () => {
    await expect(adapter.getMetricData('ap-south-1', [cpuQuery('cpu', fakeInstanceId())], window)).rejects.toMatchObject({ code: 'WORKER.REGION_NOT_MANAGED' });
    expect(recorder.calls).toHaveLength(0);
  });
});
