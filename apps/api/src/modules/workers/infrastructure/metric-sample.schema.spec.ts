import { documentMisfits, type EveryField } from '#persistence';
import type { SampleDoc } from './metric-samples.mongo-store.js';
import { metricSampleSchema } from './metric-sample.schema.js';

/** Every field a sample can have: a field added to `MetricSample` fails to compile here until the schema declares it. */
const everyField: EveryField<SampleDoc> = { workerId: 'w1', at: new Date(), ec2CpuPercent: 1, ec2MemoryPercent: 2, cpuPercent: 3, memoryPercent: 4, diskPercent: 5, runningNodes: 6 };

describe('the metric samples collection schema', () => {
  it('stores a sample as it is', () => {
    expect(documentMisfits(metricSampleSchema(30), everyField)).toEqual([]);
    expect(documentMisfits(metricSampleSchema(30), { workerId: 'w1', at: new Date(), ec2CpuPercent: 7 })).toEqual([]);
  });

  it('indexes a worker’s samples by time and removes samples older than the retention', () => {
    expect(metricSampleSchema(30).indexes()).toEqual([
      [{ workerId: 1, at: 1 }, {}],
      [{ at: 1 }, { expireAfterSeconds: 30 * 86_400, name: 'at_ttl' }],
    ]);
  });
});
