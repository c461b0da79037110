import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { refreshLabs } from './lab-cache';

/** Erases the nodes' disks and state; the topology stays (manager). */
export async function wipeLab({ workerId, labId }: { workerId: string; labId: string }): Promise<void> {
  await api.post(`/workers/${encodeURIComponent(workerId)}/labs/${encodeURIComponent(labId)}/wipe`);
}

export function useWipeLab() {
  const client = useQueryClient();
  return useMutation({ mutationFn: wipeLab, onSuccess: (_r, v) => refreshLabs(client, v.workerId) });
}
