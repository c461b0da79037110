import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { refreshLabs } from './lab-cache';

/** Starts every node of the lab (manager). */
export async function startLab({ workerId, labId }: { workerId: string; labId: string }): Promise<void> {
  await api.post(`/workers/${encodeURIComponent(workerId)}/labs/${encodeURIComponent(labId)}/start`);
}

export function useStartLab() {
  const client = useQueryClient();
  return useMutation({ mutationFn: startLab, onSuccess: (_r, v) => refreshLabs(client, v.workerId) });
}
