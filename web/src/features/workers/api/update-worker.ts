import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { workerKeys } from '../../../lib/query-keys';
import type { Worker, WorkerSettingsChange } from './types';
import { storeWorker } from './worker-cache';

/** Changes the name, the endpoint override, idle detection or the idle timeout (admin); only the fields given change. */
export async function updateWorker({ id, ...changes }: { id: string } & WorkerSettingsChange): Promise<Worker> {
  return (await api.patch<Worker>(`/workers/${encodeURIComponent(id)}`, changes)).data;
}

export function useUpdateWorker() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: updateWorker,
    onSuccess: (worker) => {
      storeWorker(client, worker);
      // The idle tab shows the timeout and whether detection is on.
      void client.invalidateQueries({ queryKey: workerKeys.idle(worker.id) });
    },
  });
}
