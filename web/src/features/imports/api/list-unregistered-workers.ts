import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { workerKeys } from '../../../lib/query-keys';
import type { WorkerPage } from './types';

/** How many workers one read looks through for the unregistered ones (the list API's largest page). */
export const UNREGISTERED_SCAN = 500;

/**
 * The unregistered workers (admin): the list with `includeUnregistered` and terminated ones, newest
 * change first, keeping those no longer managed. The API has no "only unregistered" filter, so
 * this reads the most recently changed 500 workers; `scanned` and `total` say whether that was all.
 */
export async function listUnregisteredWorkers(signal?: AbortSignal) {
  const params = { includeUnregistered: 'true', includeTerminated: 'true', sort: '-updatedAt', pageSize: UNREGISTERED_SCAN, page: 1 };
  const page = (await api.get<WorkerPage>('/workers', { params, signal })).data;
  return { items: page.items.filter((w) => !w.managed), scanned: page.items.length, total: page.total };
}

export const unregisteredWorkersQuery = () =>
  queryOptions({ queryKey: [...workerKeys.lists(), 'unregistered'] as const, queryFn: ({ signal }) => listUnregisteredWorkers(signal) });

export const useUnregisteredWorkers = (enabled: boolean) => useQuery({ ...unregisteredWorkersQuery(), enabled });
