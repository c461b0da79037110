import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Worker } from './types';
import { storeWorker } from './worker-cache';

/** Stops managing the worker; with `terminateInstance` EC2 terminates the instance first (admin). */
export async function unregisterWorker({ id, terminateInstance }: { id: string; terminateInstance: boolean }): Promise<Worker> {
  return (await api.delete<Worker>(`/workers/${encodeURIComponent(id)}`, { params: { terminateInstance } })).data;
}

export function useUnregisterWorker() {
  const client = useQueryClient();
  return useMutation({ mutationFn: unregisterWorker, onSuccess: (worker) => storeWorker(client, worker) });
}
