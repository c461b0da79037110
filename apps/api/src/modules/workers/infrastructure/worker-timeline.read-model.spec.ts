import { type EventEnvelope, systemActor } from '#kernel';
import { type EventPage, MongoEventLog } from '#persistence';
import { WorkerMongoTimeline } from './worker-timeline.read-model.js';

const WORKER = '0193a000-0000-7000-8000-0000000000aa';

function event(version: number): EventEnvelope {
  return {
    id: `0193a000-0000-7000-8000-${String(version).padStart(12, '0')}`,
    type: 'worker.renamed',
    aggregateType: 'worker',
    aggregateId: WORKER,
    aggregateVersion: version,
    occurredAt: new Date(1_750_000_000_000 + version).toISOString(),
    actor: systemActor('test'),
    data: { from: 'a', to: String(version) } as never,
  } as EventEnvelope;
}

/** A log of `size` events that counts how many it hands out, as the database would read them. */
class CountingLog extends MongoEventLog {
  read = 0;
  constructor(private readonly size: number) {
    super({} as never);
  }
  override async timeline(_type: string, _id: string, page: number, pageSize: number): Promise<EventPage> {
    const from = (page - 1) * pageSize;
    const versions = Array.from({ length: Math.max(0, Math.min(pageSize, this.size - from)) }, (_, i) => this.size - from - i);
    this.read += versions.length;
    return { items: versions.map(event), total: this.size };
  }
}

/** A worker model whose lookup by id finds `worker` (a lean document). */
function modelWith(worker: Record<string, unknown> | null): never {
  return { findById: () => ({ lean: async () => worker }) } as never;
}

describe('the worker timeline', () => {
  it('reads only the page asked for from the log, however deep (no page × pageSize events in memory)', async () => {
    const log = new CountingLog(20_000);
    const timeline = new WorkerMongoTimeline(modelWith({ _id: WORKER, _outbox: [] }), log);
    const res = await timeline.events(WORKER, 50, 200);
    expect(log.read).toBe(200);
    expect(res?.items.map((e) => e.aggregateVersion)).toEqual(Array.from({ length: 200 }, (_, i) => 20_000 - 9_800 - i));
    expect(res?.total).toBe(20_000);
  });

  it('answers undefined for a worker that does not exist, without reading the log', async () => {
    const log = new CountingLog(10);
    expect(await new WorkerMongoTimeline(modelWith(null), log).events(WORKER, 1, 50)).toBeUndefined();
    expect(log.read).toBe(0);
  });
});
