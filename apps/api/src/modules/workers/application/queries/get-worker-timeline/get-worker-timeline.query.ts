import type { TimelineView } from '../../../domain/audit-view.rule.js';

export class GetWorkerTimelineQuery {
  constructor(
    readonly workerId: string,
    readonly page: number,
    readonly pageSize: number,
    /** `people`: without the changes the product merely observed. */
    readonly view: TimelineView = 'all',
  ) {}
}
