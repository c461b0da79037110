import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { labKeys } from '../../../lib/query-keys';
import type { WorkerOption } from './types';

/** Worker names for the lab filters and the upload target (the first 500 by name). */
export async function listWorkerOptions(signal?: AbortSignal): Promise<WorkerOption[]> {
  const res = await api.get<{ items: WorkerOption[] }>('/workers', { params: { pageSize: 500, sort: 'name' }, signal });
  return res.data.items.map(({ id, name, status }) => ({ id, name, status }));
}

export const workerOptionsQuery = () => queryOptions({ queryKey: labKeys.workerOptions(), queryFn: ({ signal }) => listWorkerOptions(signal), staleTime: 60_000 });

export const useWorkerOptions = () => useQuery(workerOptionsQuery());
