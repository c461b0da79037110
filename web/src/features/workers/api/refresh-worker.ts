import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Worker } from './types';
import { storeWorker } from './worker-cache';

/** Re-reads EC2 state and status checks now; the server throttles it per worker (429 with the wait). */
export async function refreshWorker(id: string): Promise<Worker> {
  return (await api.post<Worker>(`/workers/${encodeURIComponent(id)}/refresh`)).data;
}

export function useRefreshWorker() {
  const client = useQueryClient();
  return useMutation({ mutationFn: refreshWorker, onSuccess: (worker) => storeWorker(client, worker) });
}
