import { Injectable } from '@nestjs/common';
import type { EventEnvelope, EventType } from '#kernel';
import { MongoEventLog } from '#persistence';
import type { UsageEvent } from '../../domain/usage-history.rule.js';
import { UsageHistory } from '../../application/ports/usage-history.port.js';

/** The events a worker's cost depends on. */
const USAGE_TYPES: EventType[] = ['worker.provisioning-requested', 'worker.imported', 'worker.instance-assigned', 'worker.instance-updated', 'worker.status-changed', 'worker.terminated', 'worker.unregistered'];
/** A worker with more history than this is metered from its latest events only (ten years of a few changes a day stay far below). */
const MAX_EVENTS = 50_000;

/** The event log as metering reads it. */
export function usageEventOf(e: EventEnvelope): UsageEvent | undefined {
  const at = new Date(e.occurredAt);
  const d = e.data as Record<string, unknown>;
  switch (e.type) {
    case 'worker.provisioning-requested':
      return { at, kind: 'known', region: String(d.region), instanceType: String(d.instanceType), status: 'pending' };
    case 'worker.imported':
      return { at, kind: 'known', region: String(d.region), instanceType: String(d.instanceType), status: String(d.status) };
    case 'worker.instance-assigned':
      return { at, kind: 'type', instanceType: String(d.instanceType) };
    case 'worker.instance-updated': {
      const change = (d.changes as Record<string, { to?: unknown }> | undefined)?.instanceType;
      return typeof change?.to === 'string' ? { at, kind: 'type', instanceType: change.to } : undefined;
    }
    case 'worker.status-changed':
      return { at, kind: 'status', from: String(d.from), to: String(d.to), trigger: String(d.trigger) };
    case 'worker.terminated':
    case 'worker.unregistered':
      return { at, kind: 'gone' };
    default:
      return undefined;
  }
}

@Injectable()
export class EventLogUsageHistory extends UsageHistory {
  constructor(private readonly log: MongoEventLog) {
    super();
  }

  async changedSince(recordedFrom: string, limit: number): Promise<{ workerId: string; recordedAt: string }[]> {
    const found = await this.log.recordedSince(USAGE_TYPES, recordedFrom, limit);
    return found.map((f) => ({ workerId: f.aggregateId, recordedAt: f.recordedAt }));
  }

  async ofMany(workerIds: readonly string[]): Promise<Map<string, UsageEvent[]>> {
    const out = new Map<string, UsageEvent[]>(workerIds.map((id) => [id, []]));
    if (workerIds.length === 0) return out;
    const events = await this.log.occurredSince(USAGE_TYPES, '', MAX_EVENTS * workerIds.length, [...workerIds]);
    for (const e of events) {
      const usage = usageEventOf(e);
      if (usage) out.get(e.aggregateId)?.push(usage);
    }
    return out;
  }

  async of(workerId: string): Promise<UsageEvent[]> {
    const events = await this.log.occurredSince(USAGE_TYPES, '', MAX_EVENTS, [workerId]);
    return events.map(usageEventOf).filter((e): e is UsageEvent => e !== undefined);
  }
}
