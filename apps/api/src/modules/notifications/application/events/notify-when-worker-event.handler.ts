import { Logger } from '@nestjs/common';
import { EventsHandler, type IEventHandler } from '@nestjs/cqrs';
import { type DomainEvent, defineEvent, type EventType } from '#kernel';
import { notificationFor, NOTIFYING_EVENTS } from '../../domain/notification.rule.js';
import { NotificationDispatcher } from '../notification-dispatcher.service.js';
import { WorkerDirectory } from '../ports/worker-directory.port.js';

/**
 * Worker events that may need someone's attention become notifications. Subscribed by name: the
 * event bus routes by the type string, so `worker.license-release-failed` is handled as soon as
 * the workers module emits it. Relayed events come at least once; the dispatch is idempotent by
 * event id. Failures are logged, never thrown: the event bus has nobody to give them to.
 */
@EventsHandler(...NOTIFYING_EVENTS.map((type) => defineEvent(type as EventType)))
export class NotifyWhenWorkerEvent implements IEventHandler<DomainEvent> {
  private readonly logger = new Logger('Notifications');

  constructor(
    private readonly workers: WorkerDirectory,
    private readonly dispatcher: NotificationDispatcher,
  ) {}

  async handle(event: DomainEvent): Promise<void> {
    try {
      const data = (event.data ?? {}) as Record<string, unknown>;
      const workerId = event.aggregateType === 'worker' ? event.aggregateId : typeof data.workerId === 'string' ? data.workerId : undefined;
      if (!workerId) return;
      // A terminated worker may be gone from the list; its event names it.
      const worker = (await this.workers.find(workerId)) ?? { id: workerId, name: typeof data.name === 'string' ? data.name : workerId, tags: {} };
      const draft = notificationFor({ type: event.type, data, occurredAt: event.occurredAt }, worker);
      if (draft) await this.dispatcher.dispatch(draft, worker, event.id);
    } catch (err) {
      this.logger.error(`Could not make the notification of ${event.type} ${event.id}: ${(err as Error).message}`);
    }
  }
}
