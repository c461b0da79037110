import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock, retryOnConflict } from '#kernel';
import { WorkerRepository } from '../../../domain/worker.repository.port.js';
import { CapacityFallbackService, type TryResult } from '../../capacity-fallback.service.js';
import { WorkerReadModel } from '../../ports/worker-read-model.port.js';
import { type CapacityFallbackSummary, ContinueCapacityFallbacksCommand } from './continue-capacity-fallbacks.command.js';

/**
 * The background half of a start or launch that found no EC2 capacity: the job's run (one instance
 * at a time, by the jobs' lease) makes each due try, records it on the worker and saves. A try that
 * loses a write race runs again on the fresh worker (its EC2 calls are idempotent); one whose worker
 * moved on meanwhile is not made.
 */
@CommandHandler(ContinueCapacityFallbacksCommand)
export class ContinueCapacityFallbacksHandler implements ICommandHandler<ContinueCapacityFallbacksCommand, CapacityFallbackSummary> {
  constructor(
    private readonly readModel: WorkerReadModel,
    private readonly workers: WorkerRepository,
    private readonly capacity: CapacityFallbackService,
    private readonly clock: Clock,
  ) {}

  async execute(): Promise<CapacityFallbackSummary> {
    const ids = await this.readModel.capacityFallbacksDue(this.clock.now());
    const summary: CapacityFallbackSummary = { due: ids.length, succeeded: 0, waiting: 0, ended: 0, errors: [] };
    for (const id of ids) {
      try {
        const result = await retryOnConflict(() => this.once(id));
        if (!result) continue;
        if (result.kind === 'started' || result.kind === 'launched') summary.succeeded++;
        else if (result.kind === 'waiting') summary.waiting++;
        else summary.ended++;
      } catch (err) {
        summary.errors.push(`${id}: ${(err as Error).message}`);
      }
    }
    return summary;
  }

  private async once(id: string): Promise<TryResult | undefined> {
    const worker = await this.workers.get(id);
    const result = await this.capacity.nextTry(worker);
    if (!result) return undefined;
    if (result.kind === 'started') this.capacity.recordStarted(worker);
    if (result.kind === 'launched') this.capacity.recordLaunched(worker, result.instance);
    await this.workers.save(worker);
    worker.commit();
    return result;
  }
}
