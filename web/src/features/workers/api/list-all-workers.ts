import { api } from '../../../lib/api-client';
import type { WorkerListFilters } from '../../../lib/query-keys';
import type { WorkerListItem, WorkerPage } from './types';

/** The largest page the list route gives (ListWorkersQueryDto). */
const MAX_PAGE = 500;

/**
 * Every worker the filters match, with what the caller may do to each (`include=actions`), read
 * page by page: for a bulk action on "all matching the filter".
 */
export async function listAllWorkers(filters: Omit<WorkerListFilters, 'page' | 'pageSize'>, signal?: AbortSignal): Promise<WorkerListItem[]> {
  const items: WorkerListItem[] = [];
  for (let page = 1; ; page += 1) {
    const params = {
      region: filters.region || undefined,
      status: filters.status?.length ? filters.status.join(',') : undefined,
      q: filters.q?.trim() || undefined,
      includeTerminated: filters.includeTerminated ? 'true' : undefined,
      sort: filters.sort || undefined,
      page,
      pageSize: MAX_PAGE,
      include: 'actions',
    };
    const data = (await api.get<WorkerPage>('/workers', { params, signal })).data;
    items.push(...data.items);
    if (data.items.length === 0 || items.length >= data.total || page >= (data.lastPage ?? page)) return items;
  }
}
