import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { workerKeys } from '../../../lib/query-keys';
import type { WorkerEventPage } from './types';

/** `people`: what people and policies did; `all`: also the changes the product observed on its own. */
export type TimelineView = 'people' | 'all';

/** The worker's audit events, newest first: what happened, when, and who did it (the server filters and pages). */
export async function getWorkerTimeline(id: string, page: number, pageSize: number, view: TimelineView, signal?: AbortSignal): Promise<WorkerEventPage> {
  return (await api.get<WorkerEventPage>(`/workers/${encodeURIComponent(id)}/events`, { params: { page, pageSize, view }, signal })).data;
}

export const workerTimelineQuery = (id: string, page = 1, view: TimelineView = 'people', pageSize = 25) =>
  queryOptions({ queryKey: workerKeys.timeline(id, page, view), queryFn: ({ signal }) => getWorkerTimeline(id, page, pageSize, view, signal), placeholderData: keepPreviousData });

export const useWorkerTimeline = (id: string, page = 1, view: TimelineView = 'people') => useQuery(workerTimelineQuery(id, page, view));
