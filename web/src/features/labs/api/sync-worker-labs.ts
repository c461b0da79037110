import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { refreshLabs } from './lab-cache';
import type { LabSyncResult } from './types';

/** Reads the worker's labs from its controller now instead of waiting for the next scheduled sync. */
export async function syncWorkerLabs(workerId: string): Promise<LabSyncResult> {
  return (await api.post<LabSyncResult>(`/workers/${encodeURIComponent(workerId)}/labs/sync`)).data;
}

export function useSyncWorkerLabs() {
  const client = useQueryClient();
  return useMutation({ mutationFn: syncWorkerLabs, onSuccess: (_r, workerId) => refreshLabs(client, workerId) });
}
