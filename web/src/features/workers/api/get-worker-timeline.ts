import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { workerKeys } from '../../../lib/query-keys';
import type { WorkerEventPage } from './types';

/** The worker's audit events, newest first: what happened, when, and who did it. */
export async function getWorkerTimeline(id: string, page: number, pageSize: number, signal?: AbortSignal): Promise<WorkerEventPage> {
  return (await api.get<WorkerEventPage>(`/workers/${encodeURIComponent(id)}/events`, { params: { page, pageSize }, signal })).data;
}

export const workerTimelineQuery = (id: string, page = 1, pageSize = 25) =>
  queryOptions({ queryKey: workerKeys.timeline(id, page), queryFn: ({ signal }) => getWorkerTimeline(id, page, pageSize, signal), placeholderData: keepPreviousData });

export const useWorkerTimeline = (id: string, page = 1) => useQuery(workerTimelineQuery(id, page));
