import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { EventEnvelope } from '#kernel';
import { OBSERVED_EVENT_TYPES } from '../../../domain/audit-view.rule.js';
import { WorkerErrors } from '../../../domain/worker.errors.js';
import { WorkerTimeline } from '../../ports/worker-timeline.port.js';
import type { Page } from '../../worker.view.js';
import { GetWorkerTimelineQuery } from './get-worker-timeline.query.js';

/** The audit timeline of one worker, newest first: who did what, when. */
@QueryHandler(GetWorkerTimelineQuery)
export class GetWorkerTimelineHandler implements IQueryHandler<GetWorkerTimelineQuery, Page<EventEnvelope>> {
  constructor(private readonly timeline: WorkerTimeline) {}

  async execute({ workerId, page, pageSize, view }: GetWorkerTimelineQuery): Promise<Page<EventEnvelope>> {
    const result = await this.timeline.events(workerId, page, pageSize, view === 'people' ? OBSERVED_EVENT_TYPES : undefined);
    if (!result) throw WorkerErrors.notFound(workerId);
    return { ...result, page, pageSize };
  }
}
