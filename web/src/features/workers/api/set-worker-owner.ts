import { api } from '../../../lib/api-client';
import type { Worker } from './types';

/** Makes `owner` (a username or group:<name>) the worker's owner; an empty string clears it (admin). */
export async function setWorkerOwner({ id, owner }: { id: string; owner: string }): Promise<Worker> {
  return (await api.put<Worker>(`/workers/${encodeURIComponent(id)}/owner`, { owner })).data;
}
