import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { workerKeys } from '../../../lib/query-keys';
import type { LabPage } from './types';

/** The labs of one worker as last synced from its controller (records only; no controller call). */
export async function listWorkerLabs(workerId: string, signal?: AbortSignal): Promise<LabPage> {
  return (await api.get<LabPage>(`/workers/${encodeURIComponent(workerId)}/labs`, { params: { pageSize: 500, sort: 'title' }, signal })).data;
}

export const workerLabsQuery = (workerId: string) => queryOptions({ queryKey: workerKeys.labs(workerId), queryFn: ({ signal }) => listWorkerLabs(workerId, signal) });

export const useWorkerLabs = (workerId: string) => useQuery(workerLabsQuery(workerId));
