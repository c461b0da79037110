import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Operation } from './types';

/** Starts registering the worker's CML licence with a Smart Licensing token (admin); follow the operation it answers. */
export async function registerLicense({ id, token, reregister }: { id: string; token: string; reregister?: boolean }): Promise<Operation> {
  return (await api.post<Operation>(`/workers/${encodeURIComponent(id)}/license`, { token, ...(reregister ? { reregister: true } : {}) })).data;
}

/** Starts deregistering the worker's CML licence (admin); follow the operation it answers. */
export async function deregisterLicense(id: string): Promise<Operation> {
  return (await api.delete<Operation>(`/workers/${encodeURIComponent(id)}/license`)).data;
}

export const useRegisterLicense = () => useMutation({ mutationFn: registerLicense });
export const useDeregisterLicense = () => useMutation({ mutationFn: deregisterLicense });
