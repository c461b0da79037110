import type { QueryClient } from '@tanstack/react-query';
import { labKeys, workerKeys } from '../../../lib/query-keys';

/** After a lab changed: the fleet list, the worker's labs and the worker's counts. */
export function refreshLabs(client: QueryClient, workerId: string): Promise<unknown> {
  return Promise.all([
    client.invalidateQueries({ queryKey: labKeys.lists() }),
    client.invalidateQueries({ queryKey: workerKeys.labs(workerId) }),
    client.invalidateQueries({ queryKey: workerKeys.detail(workerId), exact: true }),
  ]);
}
