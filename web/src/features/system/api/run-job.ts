import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { jobKeys } from '../../../lib/query-keys';
import type { JobRun } from './types';

/** Starts a job now (202 with the run); 409 when it is already running or disabled (admin). */
export async function runJob(name: string): Promise<JobRun> {
  return (await api.post<JobRun>(`/jobs/${encodeURIComponent(name)}/run`)).data;
}

export function useRunJob() {
  const client = useQueryClient();
  return useMutation({ mutationFn: runJob, onSuccess: () => client.invalidateQueries({ queryKey: jobKeys.all }) });
}
