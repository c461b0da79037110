import type { WorkerListFilters } from '../../../lib/query-keys';

/**
 * The workers list as CSV with the list's filter and sort (GET /api/workers.csv): every page, not
 * just the one on screen. A plain link, so the browser downloads the server's attachment with the
 * session cookie; no script reads it.
 */
export function workersCsvUrl(filters: Pick<WorkerListFilters, 'region' | 'status' | 'q' | 'includeTerminated' | 'sort'>): string {
  const params = new URLSearchParams();
  if (filters.region) params.set('region', filters.region);
  if (filters.status?.length) params.set('status', filters.status.join(','));
  if (filters.q?.trim()) params.set('q', filters.q.trim());
  if (filters.includeTerminated) params.set('includeTerminated', 'true');
  if (filters.sort) params.set('sort', filters.sort);
  const qs = params.toString();
  return `/api/workers.csv${qs ? `?${qs}` : ''}`;
}
