import { Injectable } from '@nestjs/common';
import type { EventEnvelope } from '#kernel';
import { MongoEventLog } from '#persistence';
import { PowerHistory, type StatusChange } from '../../application/ports/power-history.port.js';

/** More status changes than this over a plan's range are left out (a month of a large fleet stays far below). */
const MAX_CHANGES = 50_000;

/** Status changes from the event log (`worker.status-changed`), by the index on type and time. */
@Injectable()
export class EventLogPowerHistory extends PowerHistory {
  constructor(private readonly log: MongoEventLog) {
    super();
  }

  async statusChangesSince(workerIds: string[], from: Date): Promise<Map<string, StatusChange[]>> {
    const out = new Map<string, StatusChange[]>();
    if (workerIds.length === 0) return out;
    const events = (await this.log.occurredSince(['worker.status-changed'], from.toISOString(), MAX_CHANGES, workerIds)) as EventEnvelope<'worker.status-changed'>[];
    for (const e of events) {
      const list = out.get(e.aggregateId) ?? [];
      list.push({ at: new Date(e.occurredAt), from: e.data.from, to: e.data.to });
      out.set(e.aggregateId, list);
    }
    return out;
  }
}
