import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { refreshLabs } from './lab-cache';
import type { LabDetail } from './types';

/** Removes the lab from its controller, stopping and wiping it first if needed (admin); the record stays, marked deleted. */
export async function deleteLab({ workerId, labId }: { workerId: string; labId: string }): Promise<LabDetail> {
  return (await api.delete<LabDetail>(`/workers/${encodeURIComponent(workerId)}/labs/${encodeURIComponent(labId)}`)).data;
}

export function useDeleteLab() {
  const client = useQueryClient();
  return useMutation({ mutationFn: deleteLab, onSuccess: (_r, v) => refreshLabs(client, v.workerId) });
}
