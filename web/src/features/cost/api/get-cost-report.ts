import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { type CostReportQuery, costKeys } from '../../../lib/query-keys';
import type { CostReport } from './cost-types';

/** The month's figures grouped one way (GET /api/cost): totals, saved per rule, groups and days. */
export async function getCostReport(query: CostReportQuery, signal?: AbortSignal): Promise<CostReport> {
  const params = { month: query.month, groupBy: query.groupBy, tagKey: query.groupBy === 'tag' ? query.tagKey : undefined };
  return (await api.get<CostReport>('/cost', { params, signal })).data;
}

export const costReportQuery = (query: CostReportQuery) =>
  queryOptions({
    queryKey: costKeys.report(query),
    queryFn: ({ signal }) => getCostReport(query, signal),
    // Another month or grouping keeps the last figures on screen (dimmed) instead of a spinner.
    placeholderData: keepPreviousData,
  });

/** Disabled while a tag grouping has no tag key yet (the server would refuse it). */
export const useCostReport = (query: CostReportQuery) => useQuery({ ...costReportQuery(query), enabled: query.groupBy !== 'tag' || Boolean(query.tagKey) });
