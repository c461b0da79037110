import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { components } from '../../../lib/api-types';
import { workerKeys } from '../../../lib/query-keys';
import type { DiscoveryCriteria } from './types';

export type FoundImage = components['schemas']['FoundImageResponse'];

/** The AMIs an AMI criterion matches in a region, newest first (admin). */
export async function findImages(criteria: DiscoveryCriteria, signal?: AbortSignal): Promise<FoundImage[]> {
  return (await api.get<FoundImage[]>('/workers/discovery/images', { params: { region: criteria.region, [criteria.kind!]: criteria.value?.trim() }, signal })).data;
}

/** Asked only when a search by AMI found no instance, to say whether any AMI matched. */
export const imagesQuery = (criteria: DiscoveryCriteria | undefined, enabled: boolean) =>
  queryOptions({
    queryKey: [...workerKeys.discovery({ region: criteria?.region, [criteria?.kind ?? 'none']: criteria?.value }), 'images'],
    queryFn: ({ signal }) => findImages(criteria!, signal),
    enabled: enabled && Boolean(criteria?.kind && criteria.kind !== 'instanceId' && criteria.value?.trim()),
    staleTime: 0,
    refetchOnWindowFocus: false,
  });

export const useImages = (criteria: DiscoveryCriteria | undefined, enabled: boolean) => useQuery(imagesQuery(criteria, enabled));
