import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { StateChange } from './types';
import { refreshOnOperationConflict } from './operation-conflict';
import { storeWorker } from './worker-cache';

/** Asks EC2 to start the worker's instance (manager). The answer says whether anything changed and why. */
export async function startWorker(id: string): Promise<StateChange> {
  return (await api.post<StateChange>(`/workers/${encodeURIComponent(id)}/start`)).data;
}

export function useStartWorker() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: startWorker,
    onSuccess: (result) => storeWorker(client, result.worker),
    onError: (err, id) => refreshOnOperationConflict(client, err, id),
  });
}
