import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { workerKeys } from '../../../lib/query-keys';
import { type MetricRange, resolveRange } from '../lib/metric-range';
import type { WorkerMetrics } from './types';

/**
 * CPU, memory (the controller's and EC2's), disk and running nodes over `range` (the server thins
 * to at most 500 points). A preset is read up to the moment of the request; a window is fixed.
 */
export async function getWorkerMetrics(id: string, range: MetricRange, signal?: AbortSignal): Promise<WorkerMetrics> {
  const { from, to } = resolveRange(range, Date.now());
  return (await api.get<WorkerMetrics>(`/workers/${encodeURIComponent(id)}/metrics`, { params: { from: new Date(from).toISOString(), to: new Date(to).toISOString() }, signal })).data;
}

const keyOf = (range: MetricRange) => (range.kind === 'preset' ? range.preset : `${new Date(range.from).toISOString()}/${new Date(range.to).toISOString()}`);

export const workerMetricsQuery = (id: string, range: MetricRange) =>
  queryOptions({ queryKey: workerKeys.metrics(id, keyOf(range)), queryFn: ({ signal }) => getWorkerMetrics(id, range, signal), placeholderData: keepPreviousData, staleTime: 60_000 });

export const useWorkerMetrics = (id: string, range: MetricRange) => useQuery(workerMetricsQuery(id, range));
