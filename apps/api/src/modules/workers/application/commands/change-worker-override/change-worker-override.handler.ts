import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock, retryOnConflict } from '#kernel';
import { WorkerRepository } from '../../../domain/worker.repository.port.js';
import { ChangeWorkerOverrideCommand } from './change-worker-override.command.js';

/** True when something changed (clearing a worker without an override, or one not yet expired, changes nothing). */
@CommandHandler(ChangeWorkerOverrideCommand)
export class ChangeWorkerOverrideHandler implements ICommandHandler<ChangeWorkerOverrideCommand, boolean> {
  constructor(
    private readonly workers: WorkerRepository,
    private readonly clock: Clock,
  ) {}

  execute({ workerId, change, actor }: ChangeWorkerOverrideCommand): Promise<boolean> {
    return retryOnConflict(async () => {
      const worker = await this.workers.get(workerId);
      const ctx = { actor, now: this.clock.now() };
      let changed = true;
      if ('set' in change) worker.setOverride(change.set.kind, change.set.until, ctx);
      else changed = worker.clearOverride(change.clear, ctx);
      if (!changed) return false;
      await this.workers.save(worker);
      worker.commit();
      return true;
    });
  }
}
