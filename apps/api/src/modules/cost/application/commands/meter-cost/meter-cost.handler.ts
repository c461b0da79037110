import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock, mapWithConcurrency } from '#kernel';
import { AppConfig } from '../../../../../config/app-config.js';
import { meterUsage, splitUsage } from '../../../domain/cost-ledger.rule.js';
import { usageOf, type UsageEvent } from '../../../domain/usage-history.rule.js';
import { CostLedger } from '../../ports/cost-ledger.port.js';
import { PriceBook } from '../../ports/price-book.port.js';
import { UsageHistory } from '../../ports/usage-history.port.js';
import { MeterCostCommand, type MeterCostSummary } from './meter-cost.command.js';

/** Events recorded this long before the checkpoint are read again: another replica's clock may lag (metering again is harmless). */
const OVERLAP_MS = 60_000;
const BATCH = 5_000;
const CONCURRENCY = 4;
/** Workers whose histories are read in one query: one pass over the log per chunk, not per worker. */
const CHUNK = 100;

/**
 * The ledger's projector: finds the workers whose history was recorded since the last run and
 * meters each of them again from its whole history. That is idempotent (figures are replaced, never
 * added to), so a run that fails halfway or reads an event twice leaves nothing wrong behind, and
 * reads stay cheap: a month view adds up stored months instead of replaying history (ADR 0042).
 */
@CommandHandler(MeterCostCommand)
export class MeterCostHandler implements ICommandHandler<MeterCostCommand, MeterCostSummary> {
  constructor(
    private readonly history: UsageHistory,
    private readonly ledger: CostLedger,
    private readonly prices: PriceBook,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async execute(): Promise<MeterCostSummary> {
    const since = await this.ledger.checkpoint();
    const summary: MeterCostSummary = { workers: 0, months: 0, checkpoint: since, failures: [] };
    // First which workers changed, over every batch, then each of them once: a history recorded as
    // it happened names nearly every worker in every batch, and metering reads a worker's whole history.
    const workers = new Set<string>();
    let from = since ? new Date(new Date(since).getTime() - OVERLAP_MS).toISOString() : '';
    let last: string | undefined;
    for (;;) {
      const changes = await this.history.changedSince(from, BATCH);
      for (const c of changes) workers.add(c.workerId);
      if (changes.length === 0) break;
      last = changes[changes.length - 1].recordedAt;
      if (changes.length < BATCH || last === from) break; // (more than a batch at one instant: the next run goes on)
      from = last;
    }
    if (workers.size === 0) return summary;
    const snapshot = await this.prices.snapshot();
    let failed = false;
    const chunks: string[][] = [];
    const ids = [...workers];
    for (let i = 0; i < ids.length; i += CHUNK) chunks.push(ids.slice(i, i + CHUNK));
    await mapWithConcurrency(chunks, CONCURRENCY, async (chunk) => {
      let histories: Map<string, UsageEvent[]>;
      try {
        histories = await this.history.ofMany(chunk);
      } catch (err) {
        failed = true;
        summary.failures.push(`${chunk.length} workers (${chunk[0]} ...): ${(err as Error).message}`);
        return;
      }
      for (const workerId of chunk) {
        try {
          const { closed, open } = splitUsage(usageOf(histories.get(workerId) ?? []));
          const months = meterUsage(closed, snapshot.compute, this.config.cost.savingCapHours);
          await this.ledger.replaceWorker(workerId, months, open, this.clock.now());
          summary.workers++;
          summary.months += months.length;
        } catch (err) {
          failed = true;
          summary.failures.push(`${workerId}: ${(err as Error).message}`);
        }
      }
    });
    // A failed worker is metered again next run: the checkpoint stays where it was.
    if (!failed && last) {
      await this.ledger.saveCheckpoint(last);
      summary.checkpoint = last;
    }
    summary.failures = summary.failures.slice(0, 20);
    return summary;
  }
}
