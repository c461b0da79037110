import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { workerKeys } from '../../../lib/query-keys';
import type { WorkerIdle } from './types';

/** Idle state: last activity, timeout, snooze, pending warning and planned stop, recent decisions. */
export async function getWorkerIdle(id: string, signal?: AbortSignal): Promise<WorkerIdle> {
  return (await api.get<WorkerIdle>(`/workers/${encodeURIComponent(id)}/idle`, { signal })).data;
}

export const workerIdleQuery = (id: string) => queryOptions({ queryKey: workerKeys.idle(id), queryFn: ({ signal }) => getWorkerIdle(id, signal) });

export const useWorkerIdle = (id: string) => useQuery(workerIdleQuery(id));
