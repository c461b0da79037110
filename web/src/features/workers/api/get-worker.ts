import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { workerKeys } from '../../../lib/query-keys';
import type { Worker } from './types';

export async function getWorker(id: string, signal?: AbortSignal): Promise<Worker> {
  return (await api.get<Worker>(`/workers/${encodeURIComponent(id)}`, { signal })).data;
}

export const workerQuery = (id: string) => queryOptions({ queryKey: workerKeys.detail(id), queryFn: ({ signal }) => getWorker(id, signal) });

export const useWorker = (id: string) => useQuery(workerQuery(id));
