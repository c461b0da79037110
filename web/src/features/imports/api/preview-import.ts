import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { DiscoveryCriteria, ImportRequest, ImportResult } from './types';

/**
 * What an import would do, writing nothing (`dryRun`). By AMI it covers every match (`all`); by
 * instance id, that one instance (the server does not combine `all` with an instance id).
 */
export async function previewImport(criteria: DiscoveryCriteria): Promise<ImportResult> {
  const body: ImportRequest = { region: criteria.region, [criteria.kind]: criteria.value.trim(), dryRun: true, ...(criteria.kind === 'instanceId' ? {} : { all: true }) };
  return (await api.post<ImportResult>('/workers/import', body)).data;
}

export const usePreviewImport = () => useMutation({ mutationFn: previewImport });
