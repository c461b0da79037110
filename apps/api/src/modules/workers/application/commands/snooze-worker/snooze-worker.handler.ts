import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock, retryOnConflict } from '#kernel';
import { WorkerRepository } from '../../../domain/worker.repository.port.js';
import { SnoozeWorkerCommand } from './snooze-worker.command.js';

@CommandHandler(SnoozeWorkerCommand)
export class SnoozeWorkerHandler implements ICommandHandler<SnoozeWorkerCommand, void> {
  constructor(
    private readonly workers: WorkerRepository,
    private readonly clock: Clock,
  ) {}

  execute({ workerId, until, actor }: SnoozeWorkerCommand): Promise<void> {
    return retryOnConflict(async () => {
      const worker = await this.workers.get(workerId);
      worker.snooze(until, { actor, now: this.clock.now() });
      await this.workers.save(worker);
      worker.commit();
    });
  }
}
