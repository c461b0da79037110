import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { workerKeys } from '../../../lib/query-keys';
import type { Operation } from './types';

export async function getOperation(id: string, signal?: AbortSignal): Promise<Operation> {
  return (await api.get<Operation>(`/operations/${encodeURIComponent(id)}`, { signal })).data;
}

/**
 * A worker's stop or terminate with its steps, re-read every `pollMs` while it runs (by the last
 * answer, or by `running` from the worker before the first one) and no more once it ended.
 */
export const operationQuery = (workerId: string, operationId: string, { running, pollMs }: { running: boolean; pollMs: number }) =>
  queryOptions({
    queryKey: workerKeys.operation(workerId, operationId),
    queryFn: ({ signal }) => getOperation(operationId, signal),
    refetchInterval: (query) => ((query.state.data?.status ?? (running ? 'running' : 'ended')) === 'running' ? pollMs : false),
  });

export const useOperation = (workerId: string, operationId: string, options: { running: boolean; pollMs: number }) =>
  useQuery(operationQuery(workerId, operationId, options));
