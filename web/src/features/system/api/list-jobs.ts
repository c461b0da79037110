import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { jobKeys } from '../../../lib/query-keys';
import type { Job } from './types';

/** Scheduled jobs with their schedule, last run and next run. */
export async function listJobs(signal?: AbortSignal): Promise<Job[]> {
  return (await api.get<Job[]>('/jobs', { signal })).data;
}

export const jobsQuery = () =>
  queryOptions({
    queryKey: jobKeys.list(),
    queryFn: ({ signal }) => listJobs(signal),
    // Job runs raise no live events; while this page is open, follow them by polling.
    refetchInterval: (q) => (q.state.data?.some((j) => j.running) ? 3_000 : 30_000),
  });

export const useJobs = () => useQuery(jobsQuery());
