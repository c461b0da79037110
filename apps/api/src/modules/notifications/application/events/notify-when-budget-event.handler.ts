import { Logger } from '@nestjs/common';
import { EventsHandler, type IEventHandler } from '@nestjs/cqrs';
import { type DomainEvent, defineEvent, type EventMap } from '#kernel';
import { budgetThresholdNotification } from '../../domain/notification.rule.js';
import { NotificationDispatcher } from '../notification-dispatcher.service.js';

/**
 * A budget threshold reached becomes a `budget-threshold` notification: about no worker, so to the
 * admins, the owner of an owner's budget and the channels that take the kind (a tag budget also
 * reaches channels selecting that tag). Relayed events come at least once; the dispatch is
 * idempotent by event id. Failures are logged, never thrown.
 */
@EventsHandler(defineEvent('budget.threshold-crossed'))
export class NotifyWhenBudgetEvent implements IEventHandler<DomainEvent> {
  private readonly logger = new Logger('Notifications');

  constructor(private readonly dispatcher: NotificationDispatcher) {}

  async handle(event: DomainEvent): Promise<void> {
    try {
      const data = event.data as EventMap['budget.threshold-crossed'];
      const tags = data.scope === 'tag' && data.tagKey && data.tagValue !== undefined ? { [data.tagKey]: data.tagValue } : {};
      await this.dispatcher.dispatchFleet(budgetThresholdNotification(data), { owner: data.scope === 'owner' ? data.owner : undefined, tags, link: { label: 'Open the budgets', url: '/cost/budgets' } }, event.id);
    } catch (err) {
      this.logger.error(`Could not make the notification of ${event.type} ${event.id}: ${(err as Error).message}`);
    }
  }
}
