import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { systemKeys } from '../../../lib/query-keys';

export interface Readiness {
  status: string;
  details?: Record<string, { status: string; responseTime?: number }>;
}

export async function getReadiness(): Promise<Readiness> {
  const res = await api.get<Readiness>('/health/ready', { validateStatus: (s) => s === 200 || s === 503 });
  return res.data;
}

export const readinessQuery = () => queryOptions({ queryKey: systemKeys.readiness(), queryFn: getReadiness, refetchInterval: 30_000 });

export const useReadiness = () => useQuery(readinessQuery());
