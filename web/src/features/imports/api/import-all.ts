import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { workerKeys } from '../../../lib/query-keys';
import type { DiscoveryCriteria, ImportRequest, ImportResult } from './types';

/** Every instance of an AMI (id or name pattern) at once (`all: true`): imported and skipped, each with its reason; `dryRun` writes nothing. */
export async function importAll(criteria: DiscoveryCriteria, dryRun: boolean): Promise<ImportResult> {
  const body: ImportRequest = {
    region: criteria.region,
    ...(criteria.kind === 'amiId' ? { amiId: criteria.value } : { amiName: criteria.value }),
    all: true,
    dryRun,
  };
  return (await api.post<ImportResult>('/workers/import', body)).data;
}

/** A dry run of importing every match (the preview). */
export const usePreviewImportAll = () => useMutation({ mutationFn: (criteria: DiscoveryCriteria) => importAll(criteria, true) });

/** Importing every match; the workers and the discovery are refreshed whatever the outcome (a failure may come after some imports). */
export function useImportAll() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (criteria: DiscoveryCriteria) => importAll(criteria, false),
    onSettled: () => client.invalidateQueries({ queryKey: workerKeys.all }),
  });
}
