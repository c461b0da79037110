import type { MetricDataQuery, MetricDataResult } from '@aws-sdk/client-cloudwatch';
import { AwsErrors } from '../../application/ports/aws.errors.js';
import type { MetricQuery, MetricResult } from '../../application/ports/cloudwatch.port.js';

/** CloudWatch's rule for MetricDataQuery ids: a lowercase letter, then letters, digits or underscores. */
export const METRIC_QUERY_ID = /^[a-z][a-zA-Z0-9_]*$/;
/** CloudWatch's maximum length of a MetricDataQuery id. */
export const METRIC_QUERY_ID_MAX_LENGTH = 255;

/**
 * Refuses, before any call, query ids CloudWatch would reject and ids used twice (results are
 * matched to queries by id, across every batch).
 */
export function validateMetricQueries(queries: readonly MetricQuery[], region: string): void {
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const { id, period } of queries) {
    if (!METRIC_QUERY_ID.test(id) || id.length > METRIC_QUERY_ID_MAX_LENGTH) {
      problems.push(`"${id}" is not a valid query id (start with a lowercase letter, then letters, digits or underscores, at most ${METRIC_QUERY_ID_MAX_LENGTH} characters)`);
    } else if (seen.has(id)) {
      problems.push(`"${id}" is used by more than one query`);
    }
    seen.add(id);
    if (!Number.isInteger(period) || period < 1) problems.push(`query "${id}" has period ${period}; it must be a whole number of seconds`);
  }
  if (problems.length > 0) {
    const shown = problems.slice(0, 5).join('; ');
    const more = problems.length > 5 ? ` (and ${problems.length - 5} more)` : '';
    throw AwsErrors.invalidRequest({ awsCode: 'ValidationError', operation: 'GetMetricData', region }, `CloudWatch metric queries are invalid: ${shown}${more}.`);
  }
}

/** One port query as a CloudWatch MetricDataQuery that returns its data. */
export function toMetricDataQuery(query: MetricQuery): MetricDataQuery {
  return {
    Id: query.id,
    MetricStat: {
      Metric: {
        Namespace: query.namespace,
        MetricName: query.metricName,
        Dimensions: Object.entries(query.dimensions).map(([Name, Value]) => ({ Name, Value })),
      },
      Period: query.period,
      Stat: query.stat,
    },
    ReturnData: true,
  };
}

/**
 * Results per query id, in the order of `ids`: datapoints of every page merged, sorted oldest
 * first, `latest` the newest by timestamp whatever order CloudWatch returned them in. A query
 * without data gets an empty `points` and no `latest`.
 */
export function toMetricResults(ids: readonly string[], results: readonly MetricDataResult[]): MetricResult[] {
  const points = new Map<string, { timestamp: Date; value: number }[]>(ids.map((id) => [id, []]));
  for (const result of results) {
    const bucket = result.Id !== undefined ? points.get(result.Id) : undefined;
    if (!bucket) continue;
    const timestamps = result.Timestamps ?? [];
    const values = result.Values ?? [];
    timestamps.forEach((timestamp, i) => {
      const value = values[i];
      if (value !== undefined) bucket.push({ timestamp: new Date(timestamp), value });
    });
  }
  return ids.map((id) => {
    const sorted = (points.get(id) ?? []).sort((a, b) => a.timestamp.getTime() - b.timestamp.getTime());
    const mapped = sorted.map((p) => ({ timestamp: p.timestamp.toISOString(), value: p.value }));
    const latest = mapped.at(-1);
    return latest ? { id, latest, points: mapped } : { id, points: mapped };
  });
}
