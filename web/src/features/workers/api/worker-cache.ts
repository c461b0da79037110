import type { QueryClient } from '@tanstack/react-query';
import { workerKeys } from '../../../lib/query-keys';
import type { Worker, WorkerPage } from './types';

/**
 * Puts a worker the server just returned into the cache (its detail and any list page that shows
 * it), then refetches the lists in the background for totals and order.
 */
export function storeWorker(client: QueryClient, worker: Worker): void {
  client.setQueryData(workerKeys.detail(worker.id), worker);
  client.setQueriesData<WorkerPage>({ queryKey: workerKeys.lists() }, (page) =>
    page && page.items.some((w) => w.id === worker.id) ? { ...page, items: page.items.map((w) => (w.id === worker.id ? worker : w)) } : page,
  );
  void client.invalidateQueries({ queryKey: workerKeys.lists() });
  void client.invalidateQueries({ queryKey: workerKeys.timeline(worker.id).slice(0, -1) });
}
