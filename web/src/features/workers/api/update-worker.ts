import { api } from '../../../lib/api-client';
import type { components } from '../../../lib/api-types';
import type { Worker } from './types';

export type WorkerChanges = components['schemas']['UpdateWorkerDto'];

/** Changes the worker's name, endpoint override or idle detection (PATCH /workers/{id}, admin). */
export async function updateWorker({ id, ...changes }: { id: string } & WorkerChanges): Promise<Worker> {
  return (await api.patch<Worker>(`/workers/${encodeURIComponent(id)}`, changes)).data;
}
