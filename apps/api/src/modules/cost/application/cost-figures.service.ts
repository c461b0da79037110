import { Injectable } from '@nestjs/common';
import { Clock, mapWithConcurrency } from '#kernel';
import { AppConfig } from '../../../config/app-config.js';
import { addMonth, emptyMonth, type MonthFigures, monthOfUsage, type OpenUsage } from '../domain/cost-ledger.rule.js';
import { monthOf, monthStart, nextDayStart, nextMonthStart, priceAt, projectToMonthEnd, secondsInMonth } from '../domain/metering.rule.js';
import { SAVING_RULES, type SavingRule } from '../domain/savings.rule.js';
import { CostLedger, type MeteredWorker } from './ports/cost-ledger.port.js';
import { UsageHistory } from './ports/usage-history.port.js';
import { usageOf } from '../domain/usage-history.rule.js';
import { PriceBook, type PriceSnapshot } from './ports/price-book.port.js';
import { type CostSubject, WorkerDirectory } from './ports/worker-directory.port.js';
import type { WorkerCost } from './worker-cost.view.js';

const STARTING_OR_RUNNING = new Set(['pending', 'running']);
/** Workers metered from their history at one read, at most this many at once. */
const HISTORY_READS = 8;

/** A worker's figures of one month, with the days (compute + storage per UTC day, `DD` -> USD) the charts stack. */
export interface WorkerMonthCost extends WorkerCost {
  days: Record<string, number>;
  /** Hours saved per rule, and of them those whose price is unknown. */
  savedHours: Record<SavingRule, { hours: number; unpricedHours: number }>;
}

const t = (iso: string | undefined) => (iso ? new Date(iso).getTime() : undefined);

/** Ended runs and stops still open in the ledger end with the worker. */
function endedWith(open: OpenUsage, subject: CostSubject): OpenUsage {
  const endedAt = t(subject.endedAt);
  if (endedAt === undefined) return open;
  return { run: open.run && { ...open.run, end: new Date(endedAt) }, stop: open.stop && { ...open.stop, until: new Date(endedAt) } };
}

/**
 * Whether the ledger is behind the worker: never metered, or its status changed since (the
 * `cost-meter` job has not run since). Such a worker is metered from its history at the read.
 */
function behind(subject: CostSubject, metered: MeteredWorker | undefined): boolean {
  if (!metered) return true;
  return subject.statusChangedAt !== undefined && subject.statusChangedAt > metered.meteredAt;
}

/** Storage USD per UTC day of the month (`DD`), for the volumes while the worker existed. */
function storageDays(subject: CostSubject, month: string, snapshot: PriceSnapshot, now: Date): Record<string, number> {
  const days: Record<string, number> = {};
  if (subject.volumes.length === 0) return days;
  const perMonthUsd = subject.volumes.reduce((sum, v) => sum + v.sizeGiB * (snapshot.storage(subject.region, v.volumeType) ?? 0), 0);
  if (perMonthUsd === 0) return days;
  const start = Math.max(t(subject.createdAt) ?? 0, monthStart(month).getTime());
  const end = Math.min(t(subject.endedAt) ?? Infinity, now.getTime(), nextMonthStart(monthStart(month)).getTime());
  const perMs = perMonthUsd / (secondsInMonth(month) * 1000);
  for (let day = monthStart(month); day.getTime() < end; day = nextDayStart(day)) {
    const from = Math.max(start, day.getTime());
    const to = Math.min(end, nextDayStart(day).getTime());
    if (to > from) days[day.toISOString().slice(8, 10)] = (to - from) * perMs;
  }
  return days;
}

/** What the worker costs per hour now: compute while it starts or runs, storage until it ends. Null when the compute price is unknown. */
function rateNow(subject: CostSubject, snapshot: PriceSnapshot, now: Date): number | null {
  if (subject.endedAt || subject.status === 'terminated') return 0;
  const storage = subject.volumes.reduce((sum, v) => sum + v.sizeGiB * (snapshot.storage(subject.region, v.volumeType) ?? 0), 0) / (secondsInMonth(monthOf(now)) / 3600);
  if (!STARTING_OR_RUNNING.has(subject.status)) return storage;
  const compute = priceAt(snapshot.compute(subject.region, subject.instanceType), now);
  return compute === undefined ? null : compute + storage;
}

/** Whether the worker existed in the month at all. */
function livedIn(subject: CostSubject, month: string): boolean {
  const start = monthStart(month).getTime();
  return (t(subject.createdAt) ?? 0) < nextMonthStart(monthStart(month)).getTime() && (t(subject.endedAt) ?? Infinity) > start;
}

/**
 * Every worker's cost in a month: the ledger's finished figures plus what is still going, metered
 * at the read; storage from the volumes while the worker existed. No history is replayed here.
 */
@Injectable()
export class CostFigures {
  constructor(
    private readonly ledger: CostLedger,
    private readonly history: UsageHistory,
    private readonly directory: WorkerDirectory,
    private readonly prices: PriceBook,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async month(month: string): Promise<{ items: WorkerMonthCost[]; asOf: Date; discountPercent: number }> {
    const now = this.clock.now();
    const [subjects, closed, metered, snapshot] = await Promise.all([this.directory.all(), this.ledger.month(month), this.ledger.open(), this.prices.snapshot()]);
    const items = await this.costs(
      subjects.filter((s) => livedIn(s, month) || closed.has(s.id)),
      month,
      closed,
      metered,
      snapshot,
      now,
    );
    return { items, asOf: now, discountPercent: snapshot.discountPercent };
  }

  /** The month's figures of some workers (the workers list's `cost`), from facts the caller already has. */
  async of(subjects: readonly CostSubject[], month: string): Promise<Map<string, WorkerMonthCost>> {
    const now = this.clock.now();
    const ids = subjects.map((s) => s.id);
    const [closed, metered, snapshot] = await Promise.all([this.ledger.month(month), this.ledger.open(ids), this.prices.snapshot()]);
    const items = await this.costs(subjects, month, closed, metered, snapshot, now);
    return new Map(items.map((c) => [c.workerId, c]));
  }

  private async costs(subjects: readonly CostSubject[], month: string, closed: Map<string, MonthFigures>, metered: Map<string, MeteredWorker>, snapshot: PriceSnapshot, now: Date): Promise<WorkerMonthCost[]> {
    const cap = this.config.cost.savingCapHours;
    return mapWithConcurrency([...subjects], HISTORY_READS, async (s) => {
      const entry = metered.get(s.id);
      let figures: MonthFigures;
      if (behind(s, entry)) {
        figures = monthOfUsage(usageOf(await this.history.of(s.id)), snapshot.compute, cap, month, now);
      } else {
        const open = endedWith(entry!.open, s);
        const going = monthOfUsage({ runs: open.run ? [open.run] : [], stops: open.stop ? [open.stop] : [] }, snapshot.compute, cap, month, now);
        figures = addMonth(addMonth(emptyMonth(month), closed.get(s.id) ?? emptyMonth(month)), going);
      }
      return this.costOf(s, month, figures, snapshot, now);
    });
  }

  private costOf(subject: CostSubject, month: string, figures: MonthFigures, snapshot: PriceSnapshot, now: Date): WorkerMonthCost {
    const storage = storageDays(subject, month, snapshot, now);
    const days: Record<string, number> = { ...figures.days };
    for (const [day, usd] of Object.entries(storage)) days[day] = (days[day] ?? 0) + usd;
    const storageUsd = Object.values(storage).reduce((a, b) => a + b, 0);
    const totalUsd = figures.computeUsd + storageUsd;
    const current = monthOf(now);
    const projectedUsd = month < current ? totalUsd : month === current ? (projectToMonthEnd(totalUsd, month, now) ?? null) : null;
    const savedByRule = Object.fromEntries(SAVING_RULES.map((r) => [r, figures.saved[r].usd])) as Record<SavingRule, number>;
    return {
      workerId: subject.id,
      name: subject.name,
      owner: subject.owner,
      region: subject.region,
      instanceType: subject.instanceType,
      status: subject.status,
      tags: subject.tags,
      month,
      usdPerHourNow: rateNow(subject, snapshot, now),
      computeUsd: figures.computeUsd,
      storageUsd,
      totalUsd,
      projectedUsd,
      savedUsd: Object.values(savedByRule).reduce((a, b) => a + b, 0),
      savedByRule,
      runningHours: figures.runningSeconds / 3600,
      unpricedHours: figures.unpricedSeconds / 3600,
      days,
      savedHours: Object.fromEntries(SAVING_RULES.map((r) => [r, { hours: figures.saved[r].hours, unpricedHours: figures.saved[r].unpricedHours }])) as WorkerMonthCost['savedHours'],
    };
  }
}
