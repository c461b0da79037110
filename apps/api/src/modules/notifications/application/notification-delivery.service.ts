import { Injectable, Logger } from '@nestjs/common';
import { Clock, mapWithConcurrency } from '#kernel';
import { AppConfig } from '../../../config/app-config.js';
import { afterAttempt } from '../domain/backoff.rule.js';
import { ChannelRepository } from './ports/channel-repository.port.js';
import { type Delivery, DeliveryOutbox } from './ports/delivery-outbox.port.js';
import { MailSender, WebhookSender } from './ports/notification-senders.port.js';

/** Deliveries one run sends at most; the rest wait for the next run. */
const BATCH = 200;
/** Deliveries sent at once: one slow receiver holds up only its own. */
const CONCURRENCY = 8;

export interface DeliveryRunSummary extends Record<string, unknown> {
  due: number;
  sent: number;
  retrying: number;
  failed: number;
  errors: string[];
}

/**
 * Sends the deliveries that are due (the `notification-delivery` job): each attempt is recorded;
 * a failure is retried with exponential backoff up to NOTIFY_DELIVERY_ATTEMPTS and its error kept.
 * A failing channel fails only its own deliveries.
 */
@Injectable()
export class NotificationDeliverer {
  private readonly logger = new Logger('NotificationDelivery');

  constructor(
    private readonly outbox: DeliveryOutbox,
    private readonly channels: ChannelRepository,
    private readonly webhooks: WebhookSender,
    private readonly mail: MailSender,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  hasDue(): Promise<boolean> {
    return this.outbox.hasDue(this.clock.now());
  }

  async deliverDue(): Promise<DeliveryRunSummary> {
    const due = await this.outbox.due(this.clock.now(), BATCH);
    const summary: DeliveryRunSummary = { due: due.length, sent: 0, retrying: 0, failed: 0, errors: [] };
    await mapWithConcurrency(due, CONCURRENCY, async (d) => {
      const { error, final } = await this.attempt(d);
      const { attempts: max, backoffSeconds } = this.config.notifications.delivery;
      const attempts = d.attempts + 1;
      const now = this.clock.now();
      // A delivery whose channel is gone has nothing to retry.
      const outcome = afterAttempt(error === undefined, attempts, final ? attempts : max, backoffSeconds, now);
      await this.outbox.recordAttempt(d.id, {
        status: outcome.status,
        attempts,
        nextAttemptAt: outcome.status === 'pending' ? outcome.nextAttemptAt.toISOString() : d.nextAttemptAt,
        lastAttemptAt: now.toISOString(),
        lastError: error,
        sentAt: outcome.status === 'sent' ? now.toISOString() : undefined,
      });
      summary[outcome.status === 'pending' ? 'retrying' : outcome.status] += 1;
      if (error) {
        summary.errors.push(`${targetName(d)}: ${error}`);
        if (outcome.status === 'failed') this.logger.warn(`Gave up delivering "${d.message.title}" to ${targetName(d)} after ${attempts} attempts: ${error}`);
      }
    });
    summary.errors = summary.errors.slice(0, 20);
    return summary;
  }

  /** One attempt: no error when delivered, else what went wrong and whether trying again is pointless. */
  private async attempt(d: Delivery): Promise<{ error?: string; final?: boolean }> {
    try {
      if (d.target.type === 'person') {
        await this.mail.send(d.target.email, d.message);
        return {};
      }
      const channel = await this.channels.find(d.target.channelId);
      if (!channel) return { error: 'the channel was deleted', final: true };
      if (channel.kind === 'email') await this.mail.send(channel.target, d.message);
      else await this.webhooks.post(channel.kind, channel.target, d.message, channel.secret);
      return {};
    } catch (err) {
      return { error: (err as Error).message || String(err) };
    }
  }
}

function targetName(d: Delivery): string {
  return d.target.type === 'person' ? `e-mail to ${d.target.username}` : `channel "${d.target.channelName}"`;
}
