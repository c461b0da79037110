import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { WorkerReadModel } from '../../ports/worker-read-model.port.js';
import type { WorkerView } from '../../worker.view.js';
import { ListWorkerFactsQuery, type WorkerFacts } from './list-worker-facts.query.js';

/** Every worker ever known, in one read (the read model's list, unpaged in effect). */
const ALL = 10_000_000;

export function factsOf(w: WorkerView): WorkerFacts {
  return {
    id: w.id,
    name: w.name,
    owner: w.owner,
    region: w.region,
    instanceType: w.instanceType,
    status: w.status,
    statusChangedAt: w.statusChangedAt,
    tags: { ...w.tags },
    createdAt: w.lifecycle.createdAt,
    endedAt: w.lifecycle.terminatedAt ?? w.lifecycle.unregisteredAt,
    volumes: (w.volumes ?? []).map((v) => ({ sizeGiB: v.sizeGiB, volumeType: v.volumeType })),
  };
}

@QueryHandler(ListWorkerFactsQuery)
export class ListWorkerFactsHandler implements IQueryHandler<ListWorkerFactsQuery, WorkerFacts[]> {
  constructor(private readonly readModel: WorkerReadModel) {}

  async execute(): Promise<WorkerFacts[]> {
    const page = await this.readModel.list({ includeTerminated: true, includeUnregistered: true, page: 1, pageSize: ALL, sort: { field: 'name', direction: 1 } });
    return page.items.map(factsOf);
  }
}
