import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { retryOnConflict } from '#kernel';
import { WorkerRepository } from '../../../domain/worker.repository.port.js';
import { CapacityFallbackService, type RestoreResult } from '../../capacity-fallback.service.js';
import { RestoreWorkerInstanceTypeCommand } from './restore-worker-instance-type.command.js';

/**
 * Load, let the rule decide, change the type in EC2, record, save with the version. Idempotent:
 * with nothing waiting (or the instance not stopped) it does nothing; a lost write race runs again
 * on the fresh worker, whose rule then decides anew (ModifyInstanceAttribute to the same type is
 * harmless). A failed change stays on the worker and is tried again at the next look.
 */
@CommandHandler(RestoreWorkerInstanceTypeCommand)
export class RestoreWorkerInstanceTypeHandler implements ICommandHandler<RestoreWorkerInstanceTypeCommand, RestoreResult> {
  constructor(
    private readonly workers: WorkerRepository,
    private readonly capacity: CapacityFallbackService,
  ) {}

  execute({ workerId }: RestoreWorkerInstanceTypeCommand): Promise<RestoreResult> {
    return retryOnConflict(async () => {
      const worker = await this.workers.get(workerId);
      const result = await this.capacity.restoreInstanceType(worker, 'stopped');
      if (!worker.hasChanges) return result;
      await this.workers.save(worker);
      worker.commit();
      return result;
    });
  }
}
