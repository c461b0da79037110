import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { refreshLabs } from './lab-cache';

/** Removes the lab from its controller, stopping and wiping it first if needed (admin). */
export async function deleteLab({ workerId, labId }: { workerId: string; labId: string }): Promise<void> {
  await api.delete(`/workers/${encodeURIComponent(workerId)}/labs/${encodeURIComponent(labId)}`);
}

export function useDeleteLab() {
  const client = useQueryClient();
  return useMutation({ mutationFn: deleteLab, onSuccess: (_r, v) => refreshLabs(client, v.workerId) });
}
