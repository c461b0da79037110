import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { StateChange } from './types';
import { refreshOnOperationConflict } from './operation-conflict';
import { storeWorker } from './worker-cache';

/** Asks for the worker to be stopped: its running labs first, then EC2 (manager). The answer says whether anything changed and why, and names the operation. */
export async function stopWorker(id: string): Promise<StateChange> {
  return (await api.post<StateChange>(`/workers/${encodeURIComponent(id)}/stop`)).data;
}

export function useStopWorker() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: stopWorker,
    onSuccess: (result) => storeWorker(client, result.worker),
    onError: (err, id) => refreshOnOperationConflict(client, err, id),
  });
}
