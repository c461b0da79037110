import { api } from '../../../lib/api-client';
import type { ImportedWorker, ImportRequest } from './types';

/** Imports one instance by id (201 with the new worker); refusals carry the server's reason (409 already managed, ...). */
export async function importInstance(region: string, instanceId: string): Promise<ImportedWorker> {
  const body: ImportRequest = { region, instanceId };
  return (await api.post<ImportedWorker>('/workers/import', body)).data;
}
