import type { Clock } from '#kernel';
import { AppConfig } from '../../../config/app-config.js';
import type { Channel, ChannelKind } from '../domain/channel.rule.js';
import { NotificationDeliverer } from './notification-delivery.service.js';
import { ChannelRepository } from './ports/channel-repository.port.js';
import { type Delivery, DeliveryOutbox, type OutgoingMessage } from './ports/delivery-outbox.port.js';
import { MailSender, WebhookSender } from './ports/notification-senders.port.js';

const NOW = new Date('2026-12-03T14:00:00.000Z');
const message: OutgoingMessage = { id: 'm', kind: 'start-failed', severity: 'critical', title: 'lab-1 could not start', body: 'b', actions: [], createdAt: NOW.toISOString() };

class Outbox extends DeliveryOutbox {
  readonly attempts = new Map<string, Partial<Delivery>>();
  constructor(private readonly pending: Delivery[]) {
    super();
  }
  enqueue(): Promise<void> {
    return Promise.resolve();
  }
  due() {
    return Promise.resolve(this.pending);
  }
  hasDue() {
    return Promise.resolve(this.pending.length > 0);
  }
  recordAttempt(id: string, update: Partial<Delivery>): Promise<void> {
    this.attempts.set(id, update);
    return Promise.resolve();
  }
  recentForChannel() {
    return Promise.resolve([]);
  }
}

class Channels extends ChannelRepository {
  constructor(private readonly channels: Channel[]) {
    super();
  }
  list() {
    return Promise.resolve(this.channels);
  }
  find(id: string) {
    return Promise.resolve(this.channels.find((c) => c.id === id));
  }
  save(): Promise<void> {
    return Promise.resolve();
  }
  remove() {
    return Promise.resolve(false);
  }
}

class Webhooks extends WebhookSender {
  readonly posts: string[] = [];
  post(kind: Exclude<ChannelKind, 'email'>, url: string, _m: OutgoingMessage, secret?: string): Promise<void> {
    this.posts.push(`${kind} ${url}${secret ? ' signed' : ''}`);
    return url.includes('down') ? Promise.reject(new Error('the webhook answered HTTP 503')) : Promise.resolve();
  }
}

class Mail extends MailSender {
  readonly sent: string[] = [];
  send(to: string): Promise<void> {
    this.sent.push(to);
    return Promise.resolve();
  }
}

const channel = (id: string, kind: ChannelKind, target: string): Channel => ({ id, name: id, kind, target, enabled: true, kinds: [], tagSelector: {}, ...(kind === 'webhook' ? { secret: 's'.repeat(16) } : {}), createdAt: '', updatedAt: '' });
const delivery = (id: string, target: Delivery['target'], attempts = 0): Delivery => ({ id, target, message, status: 'pending', attempts, nextAttemptAt: NOW.toISOString(), createdAt: NOW.toISOString() });
const toChannel = (channelId: string) => ({ type: 'channel' as const, channelId, channelName: channelId });

describe('NotificationDeliverer', () => {
  it('sends each due delivery its own way, and a failing channel fails only its own, with backoff and its error', async () => {
    const outbox = new Outbox([
      delivery('to-alice', { type: 'person', username: 'alice', email: 'alice@example.com' }),
      delivery('to-hook', toChannel('hook')),
      delivery('to-mailbox', toChannel('mailbox')),
      delivery('to-down', toChannel('down')),
      delivery('to-down-last', toChannel('down'), 2),
      delivery('to-deleted', toChannel('gone')),
    ]);
    const webhooks = new Webhooks();
    const mail = new Mail();
    const config = new AppConfig({ notifications: { delivery: { attempts: 3, backoffSeconds: 30 } } as AppConfig['notifications'] });
    const channels = new Channels([channel('hook', 'webhook', 'https://hooks.example.com/a'), channel('mailbox', 'email', 'ops@example.com'), channel('down', 'slack', 'https://down.example.com')]);
    const summary = await new NotificationDeliverer(outbox, channels, webhooks, mail, config, { now: () => NOW } as Clock).deliverDue();

    expect(summary).toMatchObject({ due: 6, sent: 3, retrying: 1, failed: 2 });
    expect(mail.sent).toEqual(['alice@example.com', 'ops@example.com']);
    expect(webhooks.posts).toEqual(['webhook https://hooks.example.com/a signed', 'slack https://down.example.com', 'slack https://down.example.com']);
    expect(outbox.attempts.get('to-hook')).toMatchObject({ status: 'sent', attempts: 1, sentAt: NOW.toISOString(), lastError: undefined });
    expect(outbox.attempts.get('to-down')).toMatchObject({ status: 'pending', attempts: 1, nextAttemptAt: '2026-12-03T14:00:30.000Z', lastError: 'the webhook answered HTTP 503' });
    expect(outbox.attempts.get('to-down-last')).toMatchObject({ status: 'failed', attempts: 3, lastError: 'the webhook answered HTTP 503' });
    // Nothing to retry for a channel that is gone.
    expect(outbox.attempts.get('to-deleted')).toMatchObject({ status: 'failed', attempts: 1, lastError: 'the channel was deleted' });
  });
});
