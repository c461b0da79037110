import type { MetricQuery, MetricResult } from './ports/cloudwatch.port.js';

/** An instance's CPU and memory in percent, as CloudWatch last saw them (either may be missing). */
export interface InstanceFigures {
  cpu?: number;
  memory?: number;
}

/** The two figures asked per instance; the query id is the key's letter and the instance's index. */
const METRICS = {
  c: { namespace: 'AWS/EC2', metricName: 'CPUUtilization', figure: 'cpu' },
  // Published by the CloudWatch agent when it runs on the instance; EC2 itself does not see memory.
  m: { namespace: 'CWAgent', metricName: 'mem_used_percent', figure: 'memory' },
} as const;

/** Two queries per instance (`c<i>`, `m<i>`), for one GetMetricData batch over the whole region. */
export function instanceMetricQueries(instanceIds: readonly string[], periodSeconds: number): MetricQuery[] {
  return instanceIds.flatMap((id, i) =>
    (Object.keys(METRICS) as (keyof typeof METRICS)[]).map((key) => ({
      id: `${key}${i}`,
      namespace: METRICS[key].namespace,
      metricName: METRICS[key].metricName,
      dimensions: { InstanceId: id },
      period: periodSeconds,
      stat: 'Average' as const,
    })),
  );
}

/** Each instance's figures from the newest point of its queries, with one decimal. */
export function instanceFigures(instanceIds: readonly string[], results: readonly MetricResult[]): Map<string, InstanceFigures> {
  const figures = new Map<string, InstanceFigures>();
  for (const r of results) {
    const key = r.id[0] as keyof typeof METRICS;
    const id = instanceIds[Number(r.id.slice(1))];
    if (!(key in METRICS) || id === undefined) continue;
    const entry = figures.get(id) ?? {};
    if (r.latest) entry[METRICS[key].figure] = Math.round(r.latest.value * 10) / 10;
    figures.set(id, entry);
  }
  return figures;
}
