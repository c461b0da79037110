import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { workerKeys } from '../../../lib/query-keys';
import type { WorkerIdle } from './types';

/** Keeps a running worker from being stopped for idleness for `minutes` or until `until` (ISO, at most 7 days ahead); cancels a pending warning (manager). */
export async function snoozeWorker({ id, minutes, until }: { id: string; minutes?: number; until?: string }): Promise<WorkerIdle> {
  return (await api.post<WorkerIdle>(`/workers/${encodeURIComponent(id)}/idle/snooze`, until ? { until } : { minutes })).data;
}

export function useSnoozeWorker() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: snoozeWorker,
    onSuccess: (idle) => {
      client.setQueryData(workerKeys.idle(idle.workerId), idle);
      void client.invalidateQueries({ queryKey: workerKeys.detail(idle.workerId), exact: true });
      void client.invalidateQueries({ queryKey: workerKeys.lists() });
    },
  });
}
