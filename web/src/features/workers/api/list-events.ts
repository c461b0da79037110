import { type InfiniteData, infiniteQueryOptions, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { components } from '../../../lib/api-types';

export type EventListing = components['schemas']['EventListingResponse'];
export type LoggedEvent = EventListing['items'][number];

const PAGE_SIZE = 50;

/** One page of the event log, newest first (GET /api/events); `before` continues from the previous page's `nextBefore`. */
export async function listEvents(query: Record<string, string>, before: string | undefined, signal?: AbortSignal): Promise<EventListing> {
  const params = { ...query, limit: PAGE_SIZE, ...(before ? { before } : { order: 'newest-first' }) };
  return (await api.get<EventListing>('/events', { params, signal })).data;
}

export const activityKeys = {
  all: ['activity'] as const,
  list: (query: Record<string, string>) => [...activityKeys.all, 'list', query] as const,
  newer: (query: Record<string, string>, after: string) => [...activityKeys.all, 'newer', query, after] as const,
};

export const activityQuery = (query: Record<string, string>) =>
  infiniteQueryOptions<EventListing, Error, InfiniteData<EventListing>, ReturnType<typeof activityKeys.list>, string | undefined>({
    queryKey: activityKeys.list(query),
    queryFn: ({ pageParam, signal }) => listEvents(query, pageParam, signal),
    initialPageParam: undefined,
    getNextPageParam: (last) => last.nextBefore ?? undefined,
  });

/** The filtered log, newest first, a page at a time ("Load more"). */
export const useActivity = (query: Record<string, string>, enabled = true) => useInfiniteQuery({ ...activityQuery(query), enabled });

/**
 * How many events matching the filter arrived after `after` (the newest shown), checked every
 * `everyMs`: the page offers them instead of moving what the reader is looking at.
 */
export function useNewerEvents(query: Record<string, string>, after: string | undefined, everyMs = 15_000) {
  return useQuery({
    queryKey: activityKeys.newer(query, after ?? ''),
    queryFn: async ({ signal }) => (await api.get<EventListing>('/events', { params: { ...query, after, limit: 100 }, signal })).data.items.length,
    enabled: Boolean(after),
    refetchInterval: everyMs,
  });
}

/**
 * The same filter as CSV (GET /api/events.csv): a plain link, so the browser downloads the
 * server's attachment with the session cookie; no script reads it.
 */
export function eventsCsvUrl(query: Record<string, string>): string {
  const qs = new URLSearchParams(query).toString();
  return `/api/events.csv${qs ? `?${qs}` : ''}`;
}
