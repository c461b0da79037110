import { type CloudWatchClient, GetMetricDataCommand, type GetMetricDataCommandInput, type MetricDataResult } from '@aws-sdk/client-cloudwatch';
import type { EC2Client } from '@aws-sdk/client-ec2';
import { Test } from '@nestjs/testing';
import 'reflect-metadata';
import { RecordingAwsCallRecorder } from '../../../../../../../test/support/recording-aws-call-recorder.js';
import { AppConfig, loadConfig } from '../../../../config/app-config.js';
import { AwsCallRecorder } from '../../application/ports/aws-call-recorder.port.js';
import { CloudWatchPort, type MetricQuery } from '../../application/ports/cloudwatch.port.js';
import { AwsClients } from './aws-clients.js';
import { AwsCloudWatchAdapter, METRIC_QUERIES_PER_CALL } from './cloudwatch.adapter.js';
import { toMetricResults, validateMetricQueries } from './cloudwatch.mapper.js';

interface SentCommand {
  input: unknown;
}

function adapterWith(respond: (input: GetMetricDataCommandInput) => { MetricDataResults?: MetricDataResult[]; NextToken?: string }) {
  const config = loadConfig({ MONGODB_URI: 'mongodb://127.0.0.1:1/unused', OIDC_ISSUER_URL: 'http://127.0.0.1:1/realms/unused', AWS_REGIONS: 'us-east-1,eu-north-1' });
  const sent: SentCommand[] = [];
  const fakeCloudWatch = {
    send: async (command: SentCommand) => {
      sent.push(command);
      return respond(command.input as GetMetricDataCommandInput);
    },
    destroy: () => undefined,
  };
  const clients = new AwsClients(config, { ec2: () => ({}) as EC2Client, cloudWatch: () => fakeCloudWatch as unknown as CloudWatchClient });
  const recorder = new RecordingAwsCallRecorder();
  return { adapter: new AwsCloudWatchAdapter(config, recorder, { clients }), sent, recorder };
}

const query = (id: string, instanceId = 'i-1'): MetricQuery => ({
  id,
  namespace: 'AWS/EC2',
  metricName: 'CPUUtilization',
  dimensions: { InstanceId: instanceId },
  period: 300,
  stat: 'Average',
});
const window = { start: new Date('2026-11-25T00:00:00Z'), end: new Date('2026-11-25T01:00:00Z') };
const at = (minute: number) => new Date(Date.UTC(2026, 10, 25, 0, minute));

describe('AwsCloudWatchAdapter (fake CloudWatch client)', () => {
  it.each([
    [1, [1]],
    [500, [500]],
    [501, [500, 1]],
    [1201, [500, 500, 201]],
  ])(`sends %i queries in calls of at most ${METRIC_QUERIES_PER_CALL}: %j`, async (count, sizes) => {
    const { adapter, sent, recorder } = adapterWith(() => ({ MetricDataResults: [] }));
    const queries = Array.from({ length: count }, (_, i) => query(`q${i}`));
    const results = await adapter.getMetricData('us-east-1', queries, window);
    expect(sent.every((c) => c instanceof GetMetricDataCommand)).toBe(true);
    expect(sent.map((c) => (c.input as GetMetricDataCommandInput).MetricDataQueries?.length)).toEqual(sizes);
    expect(recorder.count('GetMetricData')).toBe(sizes.length);
    expect(results.map((r) => r.id)).toEqual(queries.map((q) => q.id));
  });

  it('asks newest-first for the window, with each query as a MetricStat that returns data', async () => {
    const { adapter, sent } = adapterWith(() => ({ MetricDataResults: [] }));
    await adapter.getMetricData('us-east-1', [query('cpu_i1')], window);
    expect(sent[0]!.input).toEqual({
      MetricDataQueries: [
        {
          Id: 'cpu_i1',
          MetricStat: { Metric: { Namespace: 'AWS/EC2', MetricName: 'CPUUtilization', Dimensions: [{ Name: 'InstanceId', Value: 'i-1' }] }, Period: 300, Stat: 'Average' },
          ReturnData: true,
        },
      ],
      StartTime: window.start,
      EndTime: window.end,
      ScanBy: 'TimestampDescending',
      NextToken: undefined,
    });
  });

  it('follows NextToken and merges the datapoints a query gets on several pages', async () => {
    const { adapter, sent } = adapterWith((input) =>
      input.NextToken
        ? { MetricDataResults: [{ Id: 'a', Timestamps: [at(10)], Values: [10] }] }
        : {
            MetricDataResults: [
              { Id: 'a', Timestamps: [at(30), at(20)], Values: [30, 20] },
              { Id: 'b', Timestamps: [], Values: [] },
            ],
            NextToken: 'page2',
          },
    );
    const [a, b] = await adapter.getMetricData('us-east-1', [query('a'), query('b', 'i-2')], window);
    expect(sent).toHaveLength(2);
    expect(a?.points.map((p) => p.value)).toEqual([10, 20, 30]);
    expect(a?.latest).toEqual({ timestamp: at(30).toISOString(), value: 30 });
    expect(b).toEqual({ id: 'b', points: [] });
  });

  it('sends nothing for no queries', async () => {
    const { adapter, sent } = adapterWith(() => ({}));
    expect(await adapter.getMetricData('us-east-1', [], window)).toEqual([]);
    expect(sent).toHaveLength(0);
  });

  it.each(['1cpu', 'Cpu', 'cpu-i1', 'cpu i1', '', 'a'.repeat(256)])('refuses the query id "%s" before calling CloudWatch', async (id) => {
    const { adapter, sent } = adapterWith(() => ({}));
    await expect(adapter.getMetricData('us-east-1', [query(id)], window)).rejects.toMatchObject({ code: 'AWS.INVALID_REQUEST', kind: 'invalid' });
    expect(sent).toHaveLength(0);
  });

  it('refuses the same id twice, even in different batches', async () => {
    const queries = [...Array.from({ length: 600 }, (_, i) => query(`q${i}`)), query('q3')];
    const { adapter, sent } = adapterWith(() => ({}));
    await expect(adapter.getMetricData('us-east-1', queries, window)).rejects.toThrow('"q3" is used by more than one query');
    expect(sent).toHaveLength(0);
  });

  it('refuses a window that does not end after it starts', async () => {
    const { adapter } = adapterWith(() => ({}));
    await expect(adapter.getMetricData('us-east-1', [query('a')], { start: window.end, end: window.start })).rejects.toMatchObject({ code: 'AWS.INVALID_REQUEST' });
  });

  it('refuses an unmanaged region', async () => {
    const { adapter, sent } = adapterWith(() => ({}));
    await expect(adapter.getMetricData('ap-south-1', [query('a')], window)).rejects.toMatchObject({ code: 'WORKER.REGION_NOT_MANAGED' });
    expect(sent).toHaveLength(0);
  });
});

describe('validateMetricQueries', () => {
  it.each(['a', 'cpu', 'cpu_i_0123456789abcdef0', 'mEm1', 'a'.repeat(255)])('accepts "%s"', (id) => {
    expect(() => validateMetricQueries([query(id)], 'us-east-1')).not.toThrow();
  });

  it.each([0, -60, 1.5])('refuses the period %p', (period) => {
    expect(() => validateMetricQueries([{ ...query('a'), period }], 'us-east-1')).toThrow('whole number of seconds');
  });
});

describe('toMetricResults', () => {
  it('picks the newest datapoint by timestamp, not the first returned, and lists points oldest first', () => {
    const [result] = toMetricResults(['cpu'], [{ Id: 'cpu', Timestamps: [at(5), at(50), at(20)], Values: [5, 50, 20] }]);
    expect(result?.latest).toEqual({ timestamp: at(50).toISOString(), value: 50 });
    expect(result?.points).toEqual([
      { timestamp: at(5).toISOString(), value: 5 },
      { timestamp: at(20).toISOString(), value: 20 },
      { timestamp: at(50).toISOString(), value: 50 },
    ]);
  });

  it('ignores results for ids nobody asked for', () => {
    expect(toMetricResults(['a'], [{ Id: 'zzz', Timestamps: [at(1)], Values: [1] }])).toEqual([{ id: 'a', points: [] }]);
  });
});

describe('AwsCloudWatchAdapter as a Nest provider', () => {
  it('is built from AppConfig and AwsCallRecorder alone', async () => {
    const moduleRef = await Test.createTestingModule({
      providers: [
        { provide: AppConfig, useValue: loadConfig({ MONGODB_URI: 'mongodb://127.0.0.1:1/unused', OIDC_ISSUER_URL: 'http://127.0.0.1:1/realms/unused' }) },
        { provide: AwsCallRecorder, useClass: RecordingAwsCallRecorder },
        { provide: CloudWatchPort, useClass: AwsCloudWatchAdapter },
      ],
    }).compile();
    expect(moduleRef.get(CloudWatchPort)).toBeInstanceOf(AwsCloudWatchAdapter);
    await moduleRef.close();
  });
});
