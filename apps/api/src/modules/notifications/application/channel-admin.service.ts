import { Injectable } from '@nestjs/common';
import { Clock, uuidv7 } from '#kernel';
import { type Channel, type ChannelDefinition, channelProblems } from '../domain/channel.rule.js';
import { NotificationErrors } from '../domain/notifications.errors.js';
import { NOTIFICATION_KINDS } from '../domain/notification-kind.js';
import { NotificationDispatcher } from './notification-dispatcher.service.js';
import { ChannelRepository } from './ports/channel-repository.port.js';
import { type Delivery, DeliveryOutbox } from './ports/delivery-outbox.port.js';

const MIN_SECRET = 16;

/** What an admin sends: the definition; `secret` only when setting or changing it. */
export interface ChannelInput extends Omit<ChannelDefinition, 'kinds' | 'tagSelector' | 'enabled'> {
  enabled?: boolean;
  kinds?: ChannelDefinition['kinds'];
  tagSelector?: ChannelDefinition['tagSelector'];
  secret?: string;
}

/** A channel as the API shows it: never its secret, only whether one is set, and how its last delivery went. */
export interface ChannelView extends Omit<Channel, 'secret'> {
  secretSet: boolean;
  lastDelivery?: Pick<Delivery, 'status' | 'attempts' | 'lastAttemptAt' | 'lastError' | 'sentAt'> & { title: string };
}

/** The admin's notification channels: create, change, delete, test. */
@Injectable()
export class ChannelAdmin {
  constructor(
    private readonly channels: ChannelRepository,
    private readonly outbox: DeliveryOutbox,
    private readonly dispatcher: NotificationDispatcher,
    private readonly clock: Clock,
  ) {}

  async list(): Promise<ChannelView[]> {
    return Promise.all((await this.channels.list()).map((c) => this.view(c)));
  }

  async get(id: string): Promise<ChannelView> {
    return this.view(await this.require(id));
  }

  async create(input: ChannelInput): Promise<ChannelView> {
    const now = this.clock.now().toISOString();
    const channel = this.checked(input, undefined);
    const created: Channel = { id: uuidv7(), ...channel, createdAt: now, updatedAt: now };
    await this.channels.save(created);
    return this.view(created);
  }

  async update(id: string, input: ChannelInput): Promise<ChannelView> {
    const existing = await this.require(id);
    const channel = this.checked(input, existing);
    const { secret: _replaced, ...kept } = existing;
    const updated: Channel = { ...kept, ...channel, id, updatedAt: this.clock.now().toISOString() };
    await this.channels.save(updated);
    return this.view(updated);
  }

  async remove(id: string): Promise<void> {
    if (!(await this.channels.remove(id))) throw NotificationErrors.channelNotFound(id);
  }

  /** Queues a test message (sent by the delivery job like any other); returns its delivery id. */
  async test(id: string, requestedBy: string): Promise<string> {
    const channel = await this.require(id);
    return this.dispatcher.queueTest(channel.id, channel.name, requestedBy);
  }

  private async require(id: string): Promise<Channel> {
    const channel = await this.channels.find(id);
    if (!channel) throw NotificationErrors.channelNotFound(id);
    return channel;
  }

  private checked(input: ChannelInput, existing: Channel | undefined): Omit<Channel, 'id' | 'createdAt' | 'updatedAt'> {
    const def: ChannelDefinition = {
      name: input.name?.trim(),
      kind: input.kind,
      target: input.target?.trim(),
      enabled: input.enabled ?? true,
      kinds: input.kinds ?? [...NOTIFICATION_KINDS],
      tagSelector: input.tagSelector ?? {},
    };
    // A JSON null is no value: a secret of null keeps the one set (schemathesis found the 500 it was).
    const secret = input.secret ?? undefined;
    const problems = channelProblems(def, { given: secret !== undefined, kept: existing?.kind === 'webhook' && existing.secret !== undefined });
    if (secret !== undefined && secret.length < MIN_SECRET) problems.push(`secret: use at least ${MIN_SECRET} characters`);
    if (problems.length) throw NotificationErrors.channelInvalid(problems);
    const keptSecret = def.kind === 'webhook' ? (secret ?? existing?.secret) : undefined;
    return { ...def, kinds: NOTIFICATION_KINDS.filter((k) => def.kinds.includes(k)), ...(keptSecret ? { secret: keptSecret } : {}) };
  }

  private async view({ secret, ...channel }: Channel): Promise<ChannelView> {
    const [last] = await this.outbox.recentForChannel(channel.id, 1);
    return {
      ...channel,
      secretSet: secret !== undefined,
      ...(last ? { lastDelivery: { title: last.message.title, status: last.status, attempts: last.attempts, lastAttemptAt: last.lastAttemptAt, lastError: last.lastError, sentAt: last.sentAt } } : {}),
    };
  }
}
