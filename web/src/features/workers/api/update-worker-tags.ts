import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Worker } from './types';
import { storeWorker } from './worker-cache';

export interface TagChanges {
  set: Record<string, string>;
  remove: string[];
}

/** Adds or changes (`set`) and deletes (`remove`) EC2 tags; other tags stay (admin). */
export async function updateWorkerTags({ id, ...changes }: { id: string } & TagChanges): Promise<Worker> {
  return (await api.patch<Worker>(`/workers/${encodeURIComponent(id)}/tags`, changes)).data;
}

export function useUpdateWorkerTags() {
  const client = useQueryClient();
  return useMutation({ mutationFn: updateWorkerTags, onSuccess: (worker) => storeWorker(client, worker) });
}
