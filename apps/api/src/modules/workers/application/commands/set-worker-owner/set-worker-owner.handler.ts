import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock, retryOnConflict } from '#kernel';
import { WorkerRepository } from '../../../domain/worker.repository.port.js';
import { SetWorkerOwnerCommand } from './set-worker-owner.command.js';

@CommandHandler(SetWorkerOwnerCommand)
export class SetWorkerOwnerHandler implements ICommandHandler<SetWorkerOwnerCommand, void> {
  constructor(
    private readonly workers: WorkerRepository,
    private readonly clock: Clock,
  ) {}

  execute({ workerId, owner, actor }: SetWorkerOwnerCommand): Promise<void> {
    return retryOnConflict(async () => {
      const worker = await this.workers.get(workerId);
      worker.changeOwner(owner, { actor, now: this.clock.now() });
      await this.workers.save(worker);
      worker.commit();
    });
  }
}
