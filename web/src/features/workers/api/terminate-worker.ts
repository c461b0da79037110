import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { StateChange } from './types';
import { storeWorker } from './worker-cache';

/** Asks EC2 to terminate the worker's instance; cannot be undone (admin). The answer says whether anything changed and why. */
export async function terminateWorker(id: string): Promise<StateChange> {
  return (await api.post<StateChange>(`/workers/${encodeURIComponent(id)}/terminate`)).data;
}

export function useTerminateWorker() {
  const client = useQueryClient();
  return useMutation({ mutationFn: terminateWorker, onSuccess: (result) => storeWorker(client, result.worker) });
}
