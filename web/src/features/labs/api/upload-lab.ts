import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { refreshLabs } from './lab-cache';
import type { LabDetail } from './types';

/** Uploads a topology file (CML YAML, multipart field `file`) to a worker, where it becomes a new lab (manager). */
export async function uploadLab({ workerId, file }: { workerId: string; file: File }): Promise<LabDetail> {
  const form = new FormData();
  form.append('file', file, file.name);
  return (await api.post<LabDetail>(`/workers/${encodeURIComponent(workerId)}/labs`, form)).data;
}

export function useUploadLab() {
  const client = useQueryClient();
  return useMutation({ mutationFn: uploadLab, onSuccess: (_r, v) => refreshLabs(client, v.workerId) });
}
