import { api } from '../../../lib/api-client';
import type { Worker } from './types';

/** Ends the worker's override now; its schedules apply again (its owner or a manager). Nothing to clear is no error. */
export async function clearWorkerOverride(id: string): Promise<Worker> {
  return (await api.delete<Worker>(`/workers/${encodeURIComponent(id)}/override`)).data;
}
