import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock, retryOnConflict } from '#kernel';
import { WorkerRepository } from '../../../domain/worker.repository.port.js';
import { RecordWorkerPowerCommand } from './record-worker-power.command.js';

@CommandHandler(RecordWorkerPowerCommand)
export class RecordWorkerPowerHandler implements ICommandHandler<RecordWorkerPowerCommand, void> {
  constructor(
    private readonly workers: WorkerRepository,
    private readonly clock: Clock,
  ) {}

  execute({ workerId, entry, actor }: RecordWorkerPowerCommand): Promise<void> {
    return retryOnConflict(async () => {
      const worker = await this.workers.get(workerId);
      const ctx = { actor, now: this.clock.now() };
      if ('desired' in entry) worker.recordDesiredPower(entry.desired, ctx);
      else if ('held' in entry) worker.recordPowerHeld(entry.held, ctx);
      else if ('stopWarning' in entry) {
        // Already warned of this stop (an earlier run, or another replica): nothing to save.
        if (!worker.recordStopWarning(entry.stopWarning, ctx)) return;
      }
      else worker.recordPowerAttempt(entry.attempt, ctx);
      await this.workers.save(worker);
      worker.commit();
    });
  }
}
