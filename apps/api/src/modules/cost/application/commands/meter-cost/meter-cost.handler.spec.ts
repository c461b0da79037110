import type { Clock } from '#kernel';
import type { AppConfig } from '../../../../../config/app-config.js';
import type { MonthFigures, OpenUsage } from '../../../domain/cost-ledger.rule.js';
import type { UsageEvent } from '../../../domain/usage-history.rule.js';
import { CostLedger, type MeteredWorker } from '../../ports/cost-ledger.port.js';
import { PriceBook, type PriceSnapshot } from '../../ports/price-book.port.js';
import { UsageHistory } from '../../ports/usage-history.port.js';
import { MeterCostHandler } from './meter-cost.handler.js';

const d = (iso: string) => new Date(iso);

class FakeHistory extends UsageHistory {
  constructor(
    readonly recorded: { workerId: string; recordedAt: string }[],
    readonly events: Record<string, UsageEvent[]>,
    readonly failing = new Set<string>(),
  ) {
    super();
  }
  async changedSince(from: string, limit: number) {
    return this.recorded.filter((r) => r.recordedAt >= from).slice(0, limit);
  }
  async of(workerId: string) {
    if (this.failing.has(workerId)) throw new Error('MongoDB went away');
    return this.events[workerId] ?? [];
  }
  async ofMany(workerIds: readonly string[]) {
    const out = new Map<string, UsageEvent[]>();
    for (const id of workerIds) out.set(id, await this.of(id));
    return out;
  }
}

class FakeLedger extends CostLedger {
  saved?: string;
  readonly written = new Map<string, { months: readonly MonthFigures[]; open: OpenUsage }>();
  async checkpoint() {
    return this.saved;
  }
  async saveCheckpoint(at: string) {
    this.saved = at;
  }
  async replaceWorker(workerId: string, months: readonly MonthFigures[], open: OpenUsage) {
    this.written.set(workerId, { months, open });
  }
  async month() {
    return new Map<string, MonthFigures>();
  }
  async open() {
    return new Map<string, MeteredWorker>();
  }
}

const prices = new (class extends PriceBook {
  async snapshot(): Promise<PriceSnapshot> {
    return { compute: () => [{ from: d('2020-01-01T00:00:00Z'), usdPerHour: 2 }], storage: () => undefined, discountPercent: 0 };
  }
})();
const config = { cost: { savingCapHours: 24 } } as AppConfig;
const clock = { now: () => d('2026-12-03T12:00:00Z') } as Clock;

const history = (): FakeHistory =>
  new FakeHistory(
    [
      { workerId: 'w-1', recordedAt: '2026-12-03T10:00:00.000Z' },
      { workerId: 'w-2', recordedAt: '2026-12-03T10:05:00.000Z' },
      { workerId: 'w-1', recordedAt: '2026-12-03T10:06:00.000Z' },
    ],
    {
      'w-1': [
        { at: d('2026-12-03T08:00:00Z'), kind: 'known', region: 'us-east-1', instanceType: 'c5.metal', status: 'running' },
        { at: d('2026-12-03T10:00:00Z'), kind: 'status', from: 'running', to: 'stopping', trigger: 'idle-detection' },
      ],
      'w-2': [{ at: d('2026-12-03T10:05:00Z'), kind: 'known', region: 'us-east-1', instanceType: 'c5.metal', status: 'running' }],
    },
  );

describe('the cost-meter job', () => {
  it('meters each changed worker once from its history, finished figures apart from what is still going, and moves the checkpoint', async () => {
    const ledger = new FakeLedger();
    const summary = await new MeterCostHandler(history(), ledger, prices, config, clock).execute();
    expect(summary).toEqual({ workers: 2, months: 1, checkpoint: '2026-12-03T10:06:00.000Z', failures: [] });
    expect(ledger.written.get('w-1')!.months[0]).toMatchObject({ month: '2026-12', computeUsd: 4, runningSeconds: 7200 });
    expect(ledger.written.get('w-1')!.open.stop).toMatchObject({ trigger: 'idle-detection' });
    expect(ledger.written.get('w-2')).toEqual({ months: [], open: { run: { start: d('2026-12-03T10:05:00Z'), region: 'us-east-1', instanceType: 'c5.metal' } } });
    expect(ledger.saved).toBe('2026-12-03T10:06:00.000Z');
  });

  it('gives the same figures when it runs again over the same history (it replaces, never adds)', async () => {
    const ledger = new FakeLedger();
    const h = history();
    await new MeterCostHandler(h, ledger, prices, config, clock).execute();
    const first = structuredClone([...ledger.written]);
    ledger.saved = undefined;
    await new MeterCostHandler(h, ledger, prices, config, clock).execute();
    expect([...ledger.written]).toEqual(first);
  });

  it('reads again from a minute before its checkpoint, and leaves the checkpoint where it was when a worker fails', async () => {
    const ledger = new FakeLedger();
    ledger.saved = '2026-12-03T10:06:30.000Z';
    const h = history();
    const again = await new MeterCostHandler(h, ledger, prices, config, clock).execute();
    // 10:06 is within the minute before the checkpoint, 10:05 is not.
    expect(again.workers).toBe(1);
    expect([...ledger.written.keys()]).toEqual(['w-1']);

    const failing = new FakeHistory(h.recorded, h.events, new Set(['w-2']));
    const stuck = new FakeLedger();
    const summary = await new MeterCostHandler(failing, stuck, prices, config, clock).execute();
    expect(summary.failures).toEqual(['2 workers (w-1 ...): MongoDB went away']);
    expect(stuck.saved).toBeUndefined();
  });
});

describe('the cost-meter job over a long history', () => {
  it('meters each worker once however many batches name it', async () => {
    const recorded = Array.from({ length: 12_000 }, (_, i) => ({ workerId: `w-${i % 3}`, recordedAt: new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString() }));
    const h = new FakeHistory(recorded, {});
    let reads = 0;
    const ofMany = h.ofMany.bind(h);
    h.ofMany = async (ids: readonly string[]) => ((reads += ids.length), ofMany(ids));
    const ledger = new FakeLedger();
    const summary = await new MeterCostHandler(h, ledger, prices, config, clock).execute();
    expect(summary.workers).toBe(3);
    expect(reads).toBe(3);
    expect(ledger.saved).toBe(recorded[recorded.length - 1].recordedAt);
  });
});
