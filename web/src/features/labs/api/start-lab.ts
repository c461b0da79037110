import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { refreshLabs } from './lab-cache';
import type { LabDetail } from './types';

/** Starts every node of the lab (manager). */
export async function startLab({ workerId, labId }: { workerId: string; labId: string }): Promise<LabDetail> {
  return (await api.post<LabDetail>(`/workers/${encodeURIComponent(workerId)}/labs/${encodeURIComponent(labId)}/start`)).data;
}

export function useStartLab() {
  const client = useQueryClient();
  return useMutation({ mutationFn: startLab, onSuccess: (_r, v) => refreshLabs(client, v.workerId) });
}
