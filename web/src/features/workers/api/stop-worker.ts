import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { StateChange } from './types';
import { storeWorker } from './worker-cache';

/** Asks EC2 to stop the worker's instance (manager). The answer says whether anything changed and why. */
export async function stopWorker(id: string): Promise<StateChange> {
  return (await api.post<StateChange>(`/workers/${encodeURIComponent(id)}/stop`)).data;
}

export function useStopWorker() {
  const client = useQueryClient();
  return useMutation({ mutationFn: stopWorker, onSuccess: (result) => storeWorker(client, result.worker) });
}
