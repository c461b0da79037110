import { Logger } from '@nestjs/common';
import { CommandBus, EventsHandler, type IEventHandler } from '@nestjs/cqrs';
import { createLimiter, defineEvent, type DomainEvent, type Limiter, systemActor } from '#kernel';
import { AppConfig } from '../../../../config/app-config.js';
import { SyncWorkerCmlCommand } from '../commands/sync-worker-cml/sync-worker-cml.command.js';

const WorkerImported = defineEvent('worker.imported');
const WorkerStatusChanged = defineEvent('worker.status-changed');

/**
 * A worker that is (again) running gets its controller read at once, not at the next scheduled sync.
 * A bulk import or a fleet-wide start raises this for many workers together, so the reads are
 * bounded by CML_SYNC_CONCURRENCY like the collection cycle's, and the rest wait their turn.
 */
@EventsHandler(WorkerImported, WorkerStatusChanged)
export class SyncCmlWhenWorkerRunning implements IEventHandler<DomainEvent<'worker.imported' | 'worker.status-changed'>> {
  private readonly logger = new Logger('CmlSync');
  private readonly slots: Limiter;

  constructor(
    private readonly commands: CommandBus,
    config: AppConfig,
  ) {
    this.slots = createLimiter(config.jobs.cmlConcurrency);
  }

  async handle(event: DomainEvent<'worker.imported' | 'worker.status-changed'>): Promise<void> {
    const status = event.type === 'worker.imported' ? (event.data as { status: string }).status : (event.data as { to: string }).to;
    if (status !== 'running') return;
    try {
      await this.slots(() => this.commands.execute(new SyncWorkerCmlCommand(event.aggregateId, systemActor('cml-sync'))));
    } catch (err) {
      this.logger.warn(`Reading the controller of worker ${event.aggregateId} failed: ${(err as Error).message}`);
    }
  }
}
