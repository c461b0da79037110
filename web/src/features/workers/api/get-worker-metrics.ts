import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { workerKeys } from '../../../lib/query-keys';
import type { WorkerMetrics } from './types';

export const METRIC_RANGES = { '1h': 3_600_000, '6h': 6 * 3_600_000, '24h': 24 * 3_600_000, '7d': 7 * 24 * 3_600_000 } as const;
export type MetricRange = keyof typeof METRIC_RANGES;

/** CPU, memory, disk and running nodes over the last `range` (the server thins to at most 500 points). */
export async function getWorkerMetrics(id: string, range: MetricRange, signal?: AbortSignal): Promise<WorkerMetrics> {
  const to = new Date();
  const from = new Date(to.getTime() - METRIC_RANGES[range]);
  return (await api.get<WorkerMetrics>(`/workers/${encodeURIComponent(id)}/metrics`, { params: { from: from.toISOString(), to: to.toISOString() }, signal })).data;
}

export const workerMetricsQuery = (id: string, range: MetricRange) =>
  queryOptions({ queryKey: workerKeys.metrics(id, range), queryFn: ({ signal }) => getWorkerMetrics(id, range, signal), placeholderData: keepPreviousData, staleTime: 60_000 });

export const useWorkerMetrics = (id: string, range: MetricRange) => useQuery(workerMetricsQuery(id, range));
