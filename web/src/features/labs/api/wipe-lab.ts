import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { refreshLabs } from './lab-cache';
import type { LabDetail } from './types';

/** Erases the nodes' disks and state; the topology stays (manager). */
export async function wipeLab({ workerId, labId }: { workerId: string; labId: string }): Promise<LabDetail> {
  return (await api.post<LabDetail>(`/workers/${encodeURIComponent(workerId)}/labs/${encodeURIComponent(labId)}/wipe`)).data;
}

export function useWipeLab() {
  const client = useQueryClient();
  return useMutation({ mutationFn: wipeLab, onSuccess: (_r, v) => refreshLabs(client, v.workerId) });
}
