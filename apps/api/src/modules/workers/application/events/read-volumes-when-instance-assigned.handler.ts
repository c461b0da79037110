import { Logger } from '@nestjs/common';
import { CommandBus, EventsHandler, type IEventHandler } from '@nestjs/cqrs';
import { defineEvent, type DomainEvent } from '#kernel';
import { RefreshWorkerVolumesCommand, type VolumeInventorySummary } from '../commands/refresh-worker-volumes/refresh-worker-volumes.command.js';

const WorkerInstanceAssigned = defineEvent('worker.instance-assigned');

/**
 * A provisioned worker's volumes are known as soon as its instance is assigned (one DescribeVolumes
 * call), whichever path launched it (the first launch or a capacity fallback's try), instead of
 * waiting up to an hour for the volume inventory. A failure is left to that job.
 */
@EventsHandler(WorkerInstanceAssigned)
export class ReadVolumesWhenInstanceAssigned implements IEventHandler<DomainEvent<'worker.instance-assigned'>> {
  private readonly logger = new Logger('VolumeInventory');

  constructor(private readonly commands: CommandBus) {}

  async handle(event: DomainEvent<'worker.instance-assigned'>): Promise<void> {
    try {
      const summary = await this.commands.execute<RefreshWorkerVolumesCommand, VolumeInventorySummary>(new RefreshWorkerVolumesCommand([event.aggregateId]));
      for (const error of summary.errors) this.logger.warn(`Reading the volumes of worker ${event.aggregateId} failed: ${error}`);
    } catch (err) {
      this.logger.warn(`Reading the volumes of worker ${event.aggregateId} failed: ${(err as Error).message}`);
    }
  }
}
