import { EventEmitter } from 'node:events';
import mongoose, { type Connection } from 'mongoose';
import { systemActor } from '#kernel';
import { MongoEventLog, OutboxRelay, eventLogSchema } from '#persistence';
import type { Delivery } from '../../application/ports/delivery-outbox.port.js';
import { Notification } from '../../domain/notification.aggregate.js';
import { DeliveryMongoOutbox } from './delivery.mongo-outbox.js';
import { NotificationMongoRepository } from './notification.mongo-repository.js';
import { NOTIFICATION_DELIVERY_MODEL, NOTIFICATION_MODEL, notificationDeliverySchema, notificationSchema, PERSON_MODEL, personSchema } from './notifications.schemas.js';
import { PeopleMongoDirectory } from './people.mongo-directory.js';

const uri = process.env.MONGODB_URI;
if (!uri) throw new Error('MONGODB_URI must point at the MongoDB from scripts/services');

const ctx = (iso: string) => ({ actor: systemActor('test'), now: new Date(iso) });

describe('the notifications stores against the real MongoDB server', () => {
  let connection: Connection;
  let notifications: NotificationMongoRepository;
  let outbox: DeliveryMongoOutbox;
  let people: PeopleMongoDirectory;
  const bus = new EventEmitter();

  beforeAll(async () => {
    connection = await mongoose.createConnection(uri, { dbName: `ccm_test_notifications_${Date.now().toString(36)}`, ignoreUndefined: true, autoCreate: false, autoIndex: false }).asPromise();
    const log = new MongoEventLog(connection.model('EventLogEntry', eventLogSchema()) as never);
    const relay = new OutboxRelay(log, (events) => void events.forEach((e) => bus.emit('event', e)), { warn: () => undefined, error: () => undefined });
    notifications = new NotificationMongoRepository(connection.model(NOTIFICATION_MODEL, notificationSchema) as never, relay);
    outbox = new DeliveryMongoOutbox(connection.model(NOTIFICATION_DELIVERY_MODEL, notificationDeliverySchema) as never);
    people = new PeopleMongoDirectory(connection.model(PERSON_MODEL, personSchema) as never);
  });
  afterAll(async () => {
    await connection.dropDatabase();
    await connection.close();
  });

  const make = (id: string, recipient: string, at: string) =>
    Notification.create(id, { recipient, kind: 'stop-warning', severity: 'warning', title: `t-${id}`, body: 'b', workerId: 'w-1', workerName: 'lab', actions: [{ label: 'Open', url: 'https://x/w-1' }] }, ctx(at));

  it('lists a person\'s notifications newest first with the unread count, refuses a repeat, and marks read', async () => {
    expect(await notifications.add(make('n-1', 'alice', '2026-12-03T10:00:00Z'))).toBe(true);
    expect(await notifications.add(make('n-2', 'alice', '2026-12-03T11:00:00Z'))).toBe(true);
    expect(await notifications.add(make('n-3', 'bob', '2026-12-03T12:00:00Z'))).toBe(true);
    expect(await notifications.add(make('n-1', 'alice', '2026-12-03T10:00:00Z'))).toBe(false);

    const list = await notifications.list('alice', { unreadOnly: false, limit: 50 });
    expect(list.map((n) => n.id)).toEqual(['n-2', 'n-1']);
    expect(list[0]).toEqual({ id: 'n-2', recipient: 'alice', kind: 'stop-warning', severity: 'warning', title: 't-n-2', body: 'b', workerId: 'w-1', workerName: 'lab', actions: [{ label: 'Open', url: 'https://x/w-1' }], createdAt: '2026-12-03T11:00:00.000Z' });
    expect(await notifications.unreadCount('alice')).toBe(2);

    const n1 = (await notifications.find('n-1'))!;
    n1.markRead(new Date('2026-12-03T13:00:00Z'));
    await notifications.save(n1);
    expect((await notifications.list('alice', { unreadOnly: true, limit: 50 })).map((n) => n.id)).toEqual(['n-2']);
    expect(await notifications.markAllRead('alice', new Date('2026-12-03T14:00:00Z'))).toBe(1);
    expect(await notifications.unreadCount('alice')).toBe(0);
    expect(await notifications.unreadCount('bob')).toBe(1);
    // The first read time stays.
    expect((await notifications.list('alice', { unreadOnly: false, limit: 1 }))[0].readAt).toBe('2026-12-03T14:00:00.000Z');
    expect((await notifications.list('alice', { unreadOnly: false, limit: 50 }))[1].readAt).toBe('2026-12-03T13:00:00.000Z');
  });

  it('keeps deliveries once, gives back the due ones oldest first, and records attempts', async () => {
    const d = (id: string, due: string): Delivery => ({
      id,
      target: { type: 'channel', channelId: 'c-1', channelName: 'Ops' },
      message: { id, kind: 'start-failed', severity: 'critical', title: id, body: 'b', actions: [], createdAt: due },
      status: 'pending',
      attempts: 0,
      nextAttemptAt: due,
      createdAt: due,
    });
    await outbox.enqueue([d('d-2', '2026-12-03T10:02:00.000Z'), d('d-1', '2026-12-03T10:01:00.000Z'), d('d-3', '2026-12-03T11:00:00.000Z')]);
    await outbox.enqueue([{ ...d('d-1', '2026-12-03T10:01:00.000Z'), title: 'changed' } as Delivery]);
    const now = new Date('2026-12-03T10:30:00Z');
    expect((await outbox.due(now, 10)).map((x) => x.id)).toEqual(['d-1', 'd-2']);
    expect(await outbox.hasDue(new Date('2026-12-03T10:00:00Z'))).toBe(false);

    await outbox.recordAttempt('d-1', { status: 'pending', attempts: 1, nextAttemptAt: '2026-12-03T10:40:00.000Z', lastAttemptAt: now.toISOString(), lastError: 'HTTP 500' });
    expect((await outbox.due(now, 10)).map((x) => x.id)).toEqual(['d-2']);
    await outbox.recordAttempt('d-1', { status: 'sent', attempts: 2, nextAttemptAt: '2026-12-03T10:40:00.000Z', lastAttemptAt: '2026-12-03T10:41:00.000Z', sentAt: '2026-12-03T10:41:00.000Z' });
    const [latest] = await outbox.recentForChannel('c-1', 5);
    expect(latest.id).toBe('d-3');
    const sent = (await outbox.recentForChannel('c-1', 5)).find((x) => x.id === 'd-1')!;
    expect(sent).toMatchObject({ status: 'sent', attempts: 2, sentAt: '2026-12-03T10:41:00.000Z' });
    expect(sent.lastError).toBeUndefined();
  });

  it('records people from their tokens and keeps their preferences apart', async () => {
    await people.record({ username: 'alice', email: 'alice@example.com', groups: ['/ccna'] }, new Date());
    await people.savePreferences({ username: 'carol', kinds: ['start-failed'], scope: 'all' }, new Date());
    await people.record({ username: 'alice', groups: [] }, new Date());
    expect((await people.all()).sort((a, b) => a.username.localeCompare(b.username))).toEqual([
      { username: 'alice', email: 'alice@example.com', groups: [] },
      { username: 'carol', groups: [] },
    ]);
    expect(await people.preferences('alice')).toBeUndefined();
    expect(await people.allPreferences()).toEqual([{ username: 'carol', kinds: ['start-failed'], scope: 'all' }]);
  });
});
