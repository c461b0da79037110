import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { jobKeys } from '../../../lib/query-keys';
import type { JobRun } from './types';

/** A job's recent runs, newest first. */
export async function listJobRuns(name: string, signal?: AbortSignal): Promise<JobRun[]> {
  return (await api.get<JobRun[]>(`/jobs/${encodeURIComponent(name)}/runs`, { params: { limit: 20 }, signal })).data;
}

export const jobRunsQuery = (name: string) => queryOptions({ queryKey: jobKeys.runs(name), queryFn: ({ signal }) => listJobRuns(name, signal) });

export const useJobRuns = (name: string) => useQuery(jobRunsQuery(name));
