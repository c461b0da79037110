import { Clock, type DomainEvent } from '#kernel';
import { AppConfig } from '../../../config/app-config.js';
import type { Channel } from '../domain/channel.rule.js';
import type { Notification } from '../domain/notification.aggregate.js';
import type { NotificationPreferences, Person } from '../domain/recipients.rule.js';
import { NotificationDispatcher } from './notification-dispatcher.service.js';
import { ActionLinkPort, type ActionLinkRequest } from './ports/action-link.port.js';
import { ChannelRepository } from './ports/channel-repository.port.js';
import { type Delivery, DeliveryOutbox } from './ports/delivery-outbox.port.js';
import { NotificationRepository, type NotificationView } from './ports/notification-repository.port.js';
import { PeopleDirectory } from './ports/people-directory.port.js';

const NOW = new Date('2026-12-03T13:55:00.000Z');

class MemoryNotifications extends NotificationRepository {
  readonly stored = new Map<string, Notification>();
  readonly published: DomainEvent[] = [];
  add(n: Notification): Promise<boolean> {
    if (this.stored.has(n.id)) return Promise.resolve(false);
    this.stored.set(n.id, n);
    n.markPersisted();
    n.publishAll = (events: DomainEvent[]) => void this.published.push(...events);
    return Promise.resolve(true);
  }
  find(id: string) {
    return Promise.resolve(this.stored.get(id));
  }
  save(): Promise<void> {
    return Promise.resolve();
  }
  list(): Promise<NotificationView[]> {
    return Promise.resolve([]);
  }
  unreadCount(): Promise<number> {
    return Promise.resolve(0);
  }
  markAllRead(): Promise<number> {
    return Promise.resolve(0);
  }
}

class MemoryOutbox extends DeliveryOutbox {
  readonly deliveries = new Map<string, Delivery>();
  enqueue(ds: Delivery[]): Promise<void> {
    for (const d of ds) if (!this.deliveries.has(d.id)) this.deliveries.set(d.id, d);
    return Promise.resolve();
  }
  due() {
    return Promise.resolve([...this.deliveries.values()]);
  }
  hasDue() {
    return Promise.resolve(this.deliveries.size > 0);
  }
  recordAttempt(): Promise<void> {
    return Promise.resolve();
  }
  recentForChannel() {
    return Promise.resolve([]);
  }
}

class FixedChannels extends ChannelRepository {
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

class FixedPeople extends PeopleDirectory {
  constructor(
    private readonly people: Person[],
    private readonly prefs: NotificationPreferences[],
  ) {
    super();
  }
  record(): Promise<void> {
    return Promise.resolve();
  }
  all() {
    return Promise.resolve(this.people);
  }
  preferences(u: string) {
    return Promise.resolve(this.prefs.find((p) => p.username === u));
  }
  allPreferences() {
    return Promise.resolve(this.prefs);
  }
  savePreferences(): Promise<void> {
    return Promise.resolve();
  }
}

class RecordingLinks extends ActionLinkPort {
  readonly asked: ActionLinkRequest[] = [];
  linksFor(input: ActionLinkRequest) {
    this.asked.push(input);
    return Promise.resolve([{ label: 'Keep running 1 h', url: `https://ccm.example.com/a/${input.recipient}` }]);
  }
}

const channel = (over: Partial<Channel>): Channel => ({ id: 'c-1', name: 'Ops', kind: 'webhook', target: 'https://hooks.example.com', enabled: true, kinds: ['stop-warning'], tagSelector: {}, secret: 's'.repeat(16), createdAt: '', updatedAt: '', ...over });

function setUp(channels: Channel[] = []) {
  const notifications = new MemoryNotifications();
  const outbox = new MemoryOutbox();
  const links = new RecordingLinks();
  const people = new FixedPeople([{ username: 'alice', email: 'alice@example.com', groups: [] }], []);
  const config = new AppConfig({ http: { publicUrl: 'https://ccm.example.com' } as AppConfig['http'] });
  const clock = { now: () => NOW } as Clock;
  const dispatcher = new NotificationDispatcher(notifications, new FixedChannels(channels), outbox, people, links, config, clock);
  return { dispatcher, notifications, outbox, links };
}

const worker = { id: 'w-1', name: 'lab-east-1', owner: 'alice', tags: { team: 'ccna' } };
const warning = { kind: 'stop-warning' as const, severity: 'warning' as const, title: 'lab-east-1 will be stopped at 14:05 UTC', body: '…', actionsValidUntil: '2026-12-03T14:05:00.000Z' };

describe('NotificationDispatcher', () => {
  it('stores an in-app notification per recipient, announced as notification.created, and queues e-mail and channel deliveries without sending', async () => {
    const { dispatcher, notifications, outbox } = setUp([channel({}), channel({ id: 'c-2', name: 'Other team', tagSelector: { team: 'ops' } })]);
    const result = await dispatcher.dispatch(warning, worker, 'ev-1');
    expect(result).toEqual({ recipients: ['alice'], deliveries: 2 });
    expect(notifications.published.map((e) => [e.type, (e.data as { recipient: string }).recipient])).toEqual([['notification.created', 'alice']]);
    expect([...outbox.deliveries.values()].map((d) => d.target)).toEqual([
      { type: 'person', username: 'alice', email: 'alice@example.com' },
      { type: 'channel', channelId: 'c-1', channelName: 'Ops' },
    ]);
    expect([...outbox.deliveries.values()].every((d) => d.status === 'pending' && d.attempts === 0 && d.nextAttemptAt === NOW.toISOString())).toBe(true);
  });

  it('puts the action links, made per recipient until the planned stop, first among a stop warning\'s actions', async () => {
    const { dispatcher, notifications, links } = setUp([channel({})]);
    await dispatcher.dispatch(warning, worker, 'ev-1');
    expect(links.asked).toEqual([
      { workerId: 'w-1', kind: 'stop-warning', recipient: 'alice', validUntil: new Date('2026-12-03T14:05:00.000Z') },
      { workerId: 'w-1', kind: 'stop-warning', recipient: 'channel:c-1', validUntil: new Date('2026-12-03T14:05:00.000Z') },
    ]);
    const [n] = [...notifications.stored.values()];
    expect(n.snapshot().actions).toEqual([
      { label: 'Keep running 1 h', url: 'https://ccm.example.com/a/alice' },
      { label: 'Open lab-east-1', url: 'https://ccm.example.com/workers/w-1' },
    ]);
  });

  it('asks for no action links for other kinds', async () => {
    const { dispatcher, links } = setUp();
    await dispatcher.dispatch({ kind: 'start-failed', severity: 'critical', title: 't', body: 'b' }, worker, 'ev-2');
    expect(links.asked).toEqual([]);
  });

  it('adds nothing when the same cause is dispatched again', async () => {
    const { dispatcher, notifications, outbox } = setUp([channel({})]);
    await dispatcher.dispatch(warning, worker, 'ev-1');
    await dispatcher.dispatch(warning, worker, 'ev-1');
    expect(notifications.stored.size).toBe(1);
    expect(notifications.published).toHaveLength(1);
    expect(outbox.deliveries.size).toBe(2);
  });
});
