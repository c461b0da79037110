import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock, mapWithConcurrency } from '#kernel';
import { AppConfig } from '../../../../../config/app-config.js';
import { LabRecord, type SyncOutcome } from '../../../domain/lab-record.aggregate.js';
import { LabRecordRepository } from '../../../domain/lab-record.repository.port.js';
import { ensureControllerUsable } from '../../../domain/lab-worker.rule.js';
import { ControllerReadThrottle } from '../../controller-read-throttle.js';
import { LabRecordWriter } from '../../lab-record-writer.js';
import { factsOf, LabControllerPort } from '../../ports/lab-controller.port.js';
import { WorkerDirectory } from '../../ports/worker-directory.port.js';
import { type LabSyncResult, SyncWorkerLabsCommand } from './sync-worker-labs.command.js';

/**
 * One read of the controller (the lab tiles), then one write per record: new labs are discovered,
 * known ones observed (events only for real changes), and present records whose lab is gone are
 * marked removed. Records are written in parallel up to LAB_SYNC_CONCURRENCY.
 */
@CommandHandler(SyncWorkerLabsCommand)
export class SyncWorkerLabsHandler implements ICommandHandler<SyncWorkerLabsCommand, LabSyncResult> {
  constructor(
    private readonly workers: WorkerDirectory,
    private readonly controller: LabControllerPort,
    private readonly records: LabRecordRepository,
    private readonly writer: LabRecordWriter,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly throttle: ControllerReadThrottle,
  ) {}

  async execute({ workerId, actor }: SyncWorkerLabsCommand): Promise<LabSyncResult> {
    const worker = await this.workers.get(workerId);
    ensureControllerUsable(worker);
    // Asked for by a person or an API client: held back per worker. The scheduled sync paces itself.
    if (actor.kind !== 'system') await this.throttle.sync(worker, actor.id);
    const labs = await this.controller.labs(worker);
    const syncedAt = this.clock.now().toISOString();
    const seen = new Set(labs.map((l) => l.labId));
    const known = new Map((await this.records.forSync(workerId, [...seen])).map((r) => [r.labId, r]));

    const observe = labs.map((lab) => () =>
      this.writer.write<SyncOutcome>(
        workerId,
        lab.labId,
        actor,
        (record, ctx, policy) => {
          if (!record) return { save: LabRecord.discover(this.writer.idOf(workerId, lab.labId), workerId, lab.labId, factsOf(lab), policy, ctx), result: 'created' };
          return { save: record, result: record.observe(factsOf(lab), policy, ctx) };
        },
        known.get(lab.labId) ?? null,
      ),
    );
    const gone = [...known.values()]
      .filter((r) => !seen.has(r.labId) && r.presence === 'present')
      .map((r) => () =>
        this.writer.write<SyncOutcome | undefined>(workerId, r.labId, actor, (record, ctx) => (record?.markRemoved(ctx) ? { save: record, result: 'removed' } : { result: undefined }), r),
      );

    const counts: Record<SyncOutcome, number> = { created: 0, updated: 0, removed: 0, unchanged: 0 };
    const outcomes = await mapWithConcurrency([...observe, ...gone], this.config.labs.syncConcurrency, (task) => task());
    for (const outcome of outcomes) {
      if (outcome) counts[outcome]++;
    }
    return { workerId, ...counts, syncedAt };
  }
}
