import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { refreshLabs } from './lab-cache';
import type { LabDetail } from './types';

/** Stops every node of the lab; configurations stay (manager). */
export async function stopLab({ workerId, labId }: { workerId: string; labId: string }): Promise<LabDetail> {
  return (await api.post<LabDetail>(`/workers/${encodeURIComponent(workerId)}/labs/${encodeURIComponent(labId)}/stop`)).data;
}

export function useStopLab() {
  const client = useQueryClient();
  return useMutation({ mutationFn: stopLab, onSuccess: (_r, v) => refreshLabs(client, v.workerId) });
}
