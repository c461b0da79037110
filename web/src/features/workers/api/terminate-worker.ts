import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { StateChange } from './types';
import { refreshOnOperationConflict } from './operation-conflict';
import { storeWorker } from './worker-cache';

export interface TerminateRequest {
  id: string;
  /** Go on without an unreachable controller (also tells a terminate that waits for it to stop waiting); the licence may stay held. */
  force?: boolean;
}

/** Asks for the worker to be terminated; cannot be undone (admin). The answer says whether anything changed and why. */
export async function terminateWorker({ id, force }: TerminateRequest): Promise<StateChange> {
  return (await api.post<StateChange>(`/workers/${encodeURIComponent(id)}/terminate`, force ? { force: true } : undefined)).data;
}

export function useTerminateWorker() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: terminateWorker,
    onSuccess: (result) => storeWorker(client, result.worker),
    onError: (err, { id }) => refreshOnOperationConflict(client, err, id),
  });
}
