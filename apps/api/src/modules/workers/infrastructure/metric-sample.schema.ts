import { Schema } from 'mongoose';
import { SCHEMA_DEFAULTS } from '#persistence';

export const METRIC_SAMPLES_COLLECTION = 'metric_samples';
export const METRIC_SAMPLE_MODEL = 'MetricSample';

/**
 * One point of a worker's metrics (`MetricSample` of the port, `at` as a Date for the TTL index).
 * Samples are only appended: no version key. MongoDB removes samples older than `retentionDays`.
 */
export function metricSampleSchema(retentionDays: number): Schema {
  const schema = new Schema(
    {
      workerId: String,
      at: Date,
      ec2CpuPercent: Number,
      ec2MemoryPercent: Number,
      cpuPercent: Number,
      memoryPercent: Number,
      diskPercent: Number,
      runningNodes: Number,
    },
    { ...SCHEMA_DEFAULTS, versionKey: false, collection: METRIC_SAMPLES_COLLECTION },
  );
  schema.index({ workerId: 1, at: 1 });
  // Retention (METRICS_RETENTION_DAYS).
  schema.index({ at: 1 }, { expireAfterSeconds: retentionDays * 86_400, name: 'at_ttl' });
  return schema;
}
