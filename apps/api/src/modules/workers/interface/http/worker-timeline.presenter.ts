import type { EventEnvelope } from '#kernel';
import { lastPageOf } from '../../../../platform/http/paging.js';
import { type Presented, present } from '../../../../platform/http/presenter.js';
import type { Page } from '../../application/worker.view.js';
import type { EventPageResponse, EventResponse } from './worker-response.dto.js';
import { toActorResponse } from './worker.presenter.js';

/** One event of a worker's timeline: the envelope's declared fields and its payload as the event map declares it. */
export function toEventResponse(e: EventEnvelope): EventResponse {
  return {
    id: e.id,
    type: e.type,
    aggregateType: e.aggregateType,
    aggregateId: e.aggregateId,
    aggregateVersion: e.aggregateVersion,
    occurredAt: e.occurredAt,
    actor: toActorResponse(e.actor),
    data: e.data,
  };
}

export function toEventPageResponse(page: Page<EventEnvelope>): Presented<EventPageResponse> {
  return present<EventPageResponse>({ items: page.items.map(toEventResponse), total: page.total, page: page.page, pageSize: page.pageSize, lastPage: lastPageOf(page) });
}
