import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ListWorkerFactsQuery, type WorkerFacts } from '../../../workers/workers.public.js';
import { type CostSubject, WorkerDirectory } from '../../application/ports/worker-directory.port.js';

/** The workers module's facts, asked on the query bus (the workers module depends on this one for prices, so not the other way). */
@Injectable()
export class BusWorkerDirectory extends WorkerDirectory {
  constructor(private readonly queries: QueryBus) {
    super();
  }

  async all(): Promise<CostSubject[]> {
    return this.queries.execute<ListWorkerFactsQuery, WorkerFacts[]>(new ListWorkerFactsQuery());
  }
}
