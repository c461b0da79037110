import { Logger } from '@nestjs/common';
import { CommandBus, EventsHandler, type IEventHandler } from '@nestjs/cqrs';
import { defineEvent, type DomainEvent, systemActor } from '#kernel';
import { SyncWorkerCmlCommand } from '../commands/sync-worker-cml/sync-worker-cml.command.js';

const WorkerImported = defineEvent('worker.imported');
const WorkerStatusChanged = defineEvent('worker.status-changed');

/** A worker that is (again) running gets its controller read at once, not at the next scheduled sync. */
@EventsHandler(WorkerImported, WorkerStatusChanged)
export class SyncCmlWhenWorkerRunning implements IEventHandler<DomainEvent<'worker.imported' | 'worker.status-changed'>> {
  private readonly logger = new Logger('CmlSync');

  constructor(private readonly commands: CommandBus) {}

  async handle(event: DomainEvent<'worker.imported' | 'worker.status-changed'>): Promise<void> {
    const status = event.type === 'worker.imported' ? (event.data as { status: string }).status : (event.data as { to: string }).to;
    if (status !== 'running') return;
    try {
      await this.commands.execute(new SyncWorkerCmlCommand(event.aggregateId, systemActor('cml-sync')));
    } catch (err) {
      this.logger.warn(`Reading the controller of worker ${event.aggregateId} failed: ${(err as Error).message}`);
    }
  }
}
