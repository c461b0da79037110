import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { workerKeys } from '../../../lib/query-keys';
import type { LabDetail } from './types';

/** One lab of a worker as last synced, with its state history (records only; no controller call). */
export async function getLab(workerId: string, labId: string, signal?: AbortSignal): Promise<LabDetail> {
  return (await api.get<LabDetail>(`/workers/${encodeURIComponent(workerId)}/labs/${encodeURIComponent(labId)}`, { signal })).data;
}

export const labQuery = (workerId: string, labId: string) =>
  queryOptions({ queryKey: [...workerKeys.labs(workerId), labId], queryFn: ({ signal }) => getLab(workerId, labId, signal) });

export const useLab = (workerId: string, labId: string) => useQuery(labQuery(workerId, labId));
