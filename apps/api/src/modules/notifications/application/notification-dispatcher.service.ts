import { Injectable, Logger } from '@nestjs/common';
import { Clock, systemActor } from '#kernel';
import { AppConfig } from '../../../config/app-config.js';
import { channelTakes } from '../domain/channel.rule.js';
import { Notification, type NotificationAction } from '../domain/notification.aggregate.js';
import type { NotificationDraft, WorkerRef } from '../domain/notification.rule.js';
import { recipientsFor, recipientsForFleet } from '../domain/recipients.rule.js';
import { ActionLinkPort } from './ports/action-link.port.js';
import { ChannelRepository } from './ports/channel-repository.port.js';
import { type Delivery, DeliveryOutbox, type DeliveryTarget, type OutgoingMessage } from './ports/delivery-outbox.port.js';
import { NotificationRepository } from './ports/notification-repository.port.js';
import { PeopleDirectory } from './ports/people-directory.port.js';
import { stableId } from './stable-id.js';

const ACTOR = systemActor('notifications');

/** What a dispatch did: in-app notifications stored and deliveries queued. */
export interface DispatchResult {
  recipients: string[];
  deliveries: number;
}

/**
 * Turns a notification draft about a worker into what is sent: an in-app notification per
 * recipient (announced live to them), and a delivery per e-mail recipient and per channel that
 * takes it, queued in the outbox for the delivery job. Nothing is sent here.
 * `sourceKey` names what caused it (an event id, an outage): handling it again changes nothing.
 */
@Injectable()
export class NotificationDispatcher {
  private readonly logger = new Logger('Notifications');

  constructor(
    private readonly notifications: NotificationRepository,
    private readonly channels: ChannelRepository,
    private readonly outbox: DeliveryOutbox,
    private readonly people: PeopleDirectory,
    private readonly actionLinks: ActionLinkPort,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async dispatch(draft: NotificationDraft, worker: WorkerRef, sourceKey: string): Promise<DispatchResult> {
    const now = this.clock.now();
    const [people, preferences, channels] = await Promise.all([this.people.all(), this.people.allPreferences(), this.channels.list()]);
    const recipients = recipientsFor(draft.kind, worker.owner, people, preferences);
    const deliveries: Delivery[] = [];
    const base = { kind: draft.kind, severity: draft.severity, title: draft.title, body: draft.body, workerId: worker.id, workerName: worker.name, createdAt: now.toISOString() };

    for (const r of recipients) {
      const actions = await this.actionsFor(draft, worker, r.username);
      const id = stableId(sourceKey, 'person', r.username);
      const notification = Notification.create(id, { recipient: r.username, ...base, actions }, { actor: ACTOR, now });
      if (await this.notifications.add(notification)) notification.commit();
      if (r.email) deliveries.push(this.delivery({ type: 'person', username: r.username, email: r.email }, { id, ...base, actions }, now));
    }
    for (const channel of channels.filter((c) => channelTakes(c, draft.kind, worker.tags))) {
      const id = stableId(sourceKey, 'channel', channel.id);
      const actions = await this.actionsFor(draft, worker, `channel:${channel.id}`);
      deliveries.push(this.delivery({ type: 'channel', channelId: channel.id, channelName: channel.name }, { id, ...base, actions }, now));
    }
    await this.outbox.enqueue(deliveries);
    this.logger.log(`${draft.kind} about ${worker.name}: ${recipients.length} recipient(s), ${deliveries.length} delivery(ies) queued`);
    return { recipients: recipients.map((r) => r.username), deliveries: deliveries.length };
  }

  /**
   * A notification about no single worker (a budget): to the admins, the owner it concerns (if
   * any), people who asked for every notification of its kind, and the channels that take its kind
   * and whose tag selector `tags` satisfy (an empty selector takes every one). Idempotent by `sourceKey`.
   */
  async dispatchFleet(draft: NotificationDraft, subject: { owner?: string; tags: Readonly<Record<string, string>>; link: NotificationAction }, sourceKey: string): Promise<DispatchResult> {
    const now = this.clock.now();
    const [people, preferences, channels] = await Promise.all([this.people.all(), this.people.allPreferences(), this.channels.list()]);
    const recipients = recipientsForFleet(draft.kind, subject.owner, people, preferences);
    const actions: NotificationAction[] = [{ label: subject.link.label, url: `${this.config.http.publicUrl}${subject.link.url}` }];
    const base = { kind: draft.kind, severity: draft.severity, title: draft.title, body: draft.body, createdAt: now.toISOString() };
    const deliveries: Delivery[] = [];
    for (const r of recipients) {
      const id = stableId(sourceKey, 'person', r.username);
      const notification = Notification.create(id, { recipient: r.username, ...base, actions }, { actor: ACTOR, now });
      if (await this.notifications.add(notification)) notification.commit();
      if (r.email) deliveries.push(this.delivery({ type: 'person', username: r.username, email: r.email }, { id, ...base, actions }, now));
    }
    for (const channel of channels.filter((c) => channelTakes(c, draft.kind, subject.tags))) {
      const id = stableId(sourceKey, 'channel', channel.id);
      deliveries.push(this.delivery({ type: 'channel', channelId: channel.id, channelName: channel.name }, { id, ...base, actions }, now));
    }
    await this.outbox.enqueue(deliveries);
    this.logger.log(`${draft.kind}: ${recipients.length} recipient(s), ${deliveries.length} delivery(ies) queued`);
    return { recipients: recipients.map((r) => r.username), deliveries: deliveries.length };
  }

  /** A test message for one channel, queued like any other. */
  async queueTest(channelId: string, channelName: string, requestedBy: string): Promise<string> {
    const now = this.clock.now();
    const id = stableId('test', channelId, now.toISOString());
    const message: OutgoingMessage = {
      id,
      kind: 'stop-warning',
      severity: 'info',
      title: `Test notification for "${channelName}"`,
      body: `${requestedBy} sent this test at ${now.toISOString().slice(0, 16).replace('T', ' ')} UTC to check that the channel "${channelName}" works.`,
      actions: [{ label: 'Open CML Cloud Manager', url: `${this.config.http.publicUrl}/` }],
      createdAt: now.toISOString(),
    };
    await this.outbox.enqueue([this.delivery({ type: 'channel', channelId, channelName }, message, now)]);
    return id;
  }

  private delivery(target: DeliveryTarget, message: OutgoingMessage, now: Date): Delivery {
    return { id: message.id, target, message, status: 'pending', attempts: 0, nextAttemptAt: now.toISOString(), createdAt: now.toISOString() };
  }

  private async actionsFor(draft: NotificationDraft, worker: WorkerRef, recipient: string): Promise<NotificationAction[]> {
    const open: NotificationAction = { label: `Open ${worker.name}`, url: `${this.config.http.publicUrl}/workers/${worker.id}` };
    if (draft.kind !== 'stop-warning' || !draft.actionsValidUntil) return [open];
    try {
      const links = await this.actionLinks.linksFor({ workerId: worker.id, kind: 'stop-warning', recipient, validUntil: new Date(draft.actionsValidUntil) });
      return [...links.map((l) => ({ label: l.label, url: l.url })), open];
    } catch (err) {
      // A warning without its one-click links is still worth sending.
      this.logger.warn(`No action links for ${worker.name} (${recipient}): ${(err as Error).message}`);
      return [open];
    }
  }
}
