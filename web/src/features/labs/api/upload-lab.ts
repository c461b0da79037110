import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { refreshLabs } from './lab-cache';
import type { LabRecord } from './types';

/** Uploads a topology file (CML YAML) to a worker, where it becomes a new lab. */
export async function uploadLab({ workerId, file }: { workerId: string; file: File }): Promise<LabRecord> {
  const form = new FormData();
  form.append('file', file, file.name);
  return (await api.post<LabRecord>(`/workers/${encodeURIComponent(workerId)}/labs`, form)).data;
}

export function useUploadLab() {
  const client = useQueryClient();
  return useMutation({ mutationFn: uploadLab, onSuccess: (_r, v) => refreshLabs(client, v.workerId) });
}
