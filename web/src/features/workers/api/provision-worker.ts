import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { ProvisionRequest, Worker } from './types';
import { storeWorker } from './worker-cache';

/** Asks for a new worker; the server answers 202 with it `pending` and launches the instance in the background (admin). */
export async function provisionWorker(request: ProvisionRequest): Promise<Worker> {
  return (await api.post<Worker>('/workers', request)).data;
}

export function useProvisionWorker() {
  const client = useQueryClient();
  return useMutation({ mutationFn: provisionWorker, onSuccess: (worker) => storeWorker(client, worker) });
}
