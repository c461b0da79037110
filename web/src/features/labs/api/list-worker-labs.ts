import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { workerKeys } from '../../../lib/query-keys';
import type { LabPage, LabRecord } from './types';

/** The labs of one worker as last synced from its controller. */
export async function listWorkerLabs(workerId: string, signal?: AbortSignal): Promise<LabRecord[]> {
  const data = (await api.get<LabRecord[] | LabPage>(`/workers/${encodeURIComponent(workerId)}/labs`, { signal })).data;
  // Accept a plain list or a page, whichever the labs module settles on.
  return Array.isArray(data) ? data : data.items;
}

export const workerLabsQuery = (workerId: string) => queryOptions({ queryKey: workerKeys.labs(workerId), queryFn: ({ signal }) => listWorkerLabs(workerId, signal) });

export const useWorkerLabs = (workerId: string) => useQuery(workerLabsQuery(workerId));
