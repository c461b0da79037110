import { instanceFigures, instanceMetricQueries } from './instance-metrics.mapper.js';
import type { MetricResult } from './ports/cloudwatch.port.js';

describe('instanceMetricQueries', () => {
  it('asks EC2 CPU and the agent’s memory of each instance, at the period given', () => {
    expect(instanceMetricQueries(['i-a', 'i-b'], 300)).toEqual([
      { id: 'c0', namespace: 'AWS/EC2', metricName: 'CPUUtilization', dimensions: { InstanceId: 'i-a' }, period: 300, stat: 'Average' },
      { id: 'm0', namespace: 'CWAgent', metricName: 'mem_used_percent', dimensions: { InstanceId: 'i-a' }, period: 300, stat: 'Average' },
      { id: 'c1', namespace: 'AWS/EC2', metricName: 'CPUUtilization', dimensions: { InstanceId: 'i-b' }, period: 300, stat: 'Average' },
      { id: 'm1', namespace: 'CWAgent', metricName: 'mem_used_percent', dimensions: { InstanceId: 'i-b' }, period: 300, stat: 'Average' },
    ]);
  });

  it('asks nothing about no instances', () => {
    expect(instanceMetricQueries([], 60)).toEqual([]);
  });
});

describe('instanceFigures', () => {
  const point = (value: number) => ({ timestamp: '2026-11-25T10:00:00Z', value });
  it.each<[string, MetricResult[], Record<string, { cpu?: number; memory?: number }>]>([
    ['both figures', [{ id: 'c0', latest: point(42.46), points: [] }, { id: 'm0', latest: point(61), points: [] }], { 'i-a': { cpu: 42.5, memory: 61 } }],
    ['CPU only (no agent on the instance)', [{ id: 'c1', latest: point(3), points: [] }, { id: 'm1', points: [] }], { 'i-b': { cpu: 3 } }],
    ['no points in the window', [{ id: 'c0', points: [] }], { 'i-a': {} }],
    ['an id CloudWatch should not have answered', [{ id: 'c7', latest: point(1), points: [] }, { id: 'x0', latest: point(1), points: [] }], {}],
  ])('%s', (_case, results, expected) => {
    expect(Object.fromEntries(instanceFigures(['i-a', 'i-b'], results))).toEqual(expected);
  });
});
