import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { workerKeys } from '../../../lib/query-keys';
import type { ComputeHost, ImageDefinition, NodeDefinition } from './types';

const base = (id: string) => `/workers/${encodeURIComponent(id)}`;

/** Node definitions installed on the worker's controller (a live controller read, manager). */
export async function listNodeDefinitions(id: string, signal?: AbortSignal): Promise<NodeDefinition[]> {
  return (await api.get<NodeDefinition[]>(`${base(id)}/node-definitions`, { signal })).data;
}

/** Image definitions installed on the worker's controller (a live controller read, manager). */
export async function listImageDefinitions(id: string, signal?: AbortSignal): Promise<ImageDefinition[]> {
  return (await api.get<ImageDefinition[]>(`${base(id)}/image-definitions`, { signal })).data;
}

/** The compute hosts of the worker's CML cluster (a live controller read, manager). */
export async function listComputeHosts(id: string, signal?: AbortSignal): Promise<ComputeHost[]> {
  return (await api.get<ComputeHost[]>(`${base(id)}/compute-hosts`, { signal })).data;
}

// Each read counts against the worker's LAB_CONTROLLER_READS_PER_MINUTE: read once per visit, not on focus.
const once = { staleTime: 5 * 60_000, refetchOnWindowFocus: false, retry: false } as const;

export const useNodeDefinitions = (id: string) =>
  useQuery(queryOptions({ queryKey: [...workerKeys.detail(id), 'node-definitions'], queryFn: ({ signal }) => listNodeDefinitions(id, signal), ...once }));
export const useImageDefinitions = (id: string) =>
  useQuery(queryOptions({ queryKey: [...workerKeys.detail(id), 'image-definitions'], queryFn: ({ signal }) => listImageDefinitions(id, signal), ...once }));
export const useComputeHosts = (id: string) =>
  useQuery(queryOptions({ queryKey: [...workerKeys.detail(id), 'compute-hosts'], queryFn: ({ signal }) => listComputeHosts(id, signal), ...once }));
