import type { WorkerListFilter } from '../../worker.view.js';

export class ListWorkersQuery {
  constructor(readonly filter: WorkerListFilter) {}
}
