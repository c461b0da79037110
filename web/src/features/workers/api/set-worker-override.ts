import { api } from '../../../lib/api-client';
import type { Worker } from './types';

/** Keeps the worker running or stopped until `until` (ISO 8601), whatever its schedules (its owner or a manager). */
export async function setWorkerOverride({ id, kind, until }: { id: string; kind: 'keep-running' | 'keep-stopped'; until: string }): Promise<Worker> {
  return (await api.put<Worker>(`/workers/${encodeURIComponent(id)}/override`, { kind, until })).data;
}
