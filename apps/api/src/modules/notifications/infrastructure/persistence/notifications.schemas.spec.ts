import { documentMisfits } from '#persistence';
import { notificationChannelSchema, notificationDeliverySchema, notificationSchema, personSchema } from './notifications.schemas.js';

const T = '2026-12-03T13:55:00.000Z';
const action = { label: 'Open lab-east-1', url: 'https://ccm.example.com/workers/w-1' };

describe('the notifications schemas', () => {
  it.each([
    ['a notification', notificationSchema, { _id: 'n-1', version: 2, _outbox: [], recipient: 'alice', kind: 'stop-warning', severity: 'warning', title: 't', body: 'b', workerId: 'w-1', workerName: 'lab-east-1', actions: [action], createdAt: T, readAt: T }],
    ['a channel', notificationChannelSchema, { _id: 'c-1', name: 'Ops', kind: 'webhook', target: 'https://hooks.example.com', enabled: true, kinds: ['stop-warning'], tagSelector: { 'team.name': 'ccna' }, secret: 's'.repeat(16), createdAt: T, updatedAt: T }],
    [
      'a delivery',
      notificationDeliverySchema,
      {
        _id: 'd-1',
        target: { type: 'person', username: 'alice', email: 'alice@example.com' },
        message: { id: 'd-1', kind: 'start-failed', severity: 'critical', title: 't', body: 'b', workerId: 'w-1', workerName: 'lab-east-1', actions: [action], createdAt: T },
        status: 'pending',
        attempts: 1,
        nextAttemptAt: T,
        lastAttemptAt: T,
        lastError: 'the webhook answered HTTP 500',
        sentAt: T,
        createdAt: T,
      },
    ],
    ['a person', personSchema, { _id: 'alice', email: 'alice@example.com', groups: ['/ccna'], roles: ['admin'], seenAt: T, preferences: { email: 'a@example.org', kinds: ['stop-warning'], scope: 'all', updatedAt: T } }],
  ])('store %s as the code writes it', (_, schema, doc) => {
    expect(documentMisfits(schema, doc)).toEqual([]);
  });

  it('index what the centre and the delivery job look up', () => {
    expect(notificationSchema.indexes().map(([keys]) => keys)).toEqual(expect.arrayContaining([{ recipient: 1, createdAt: -1 }, { recipient: 1, readAt: 1 }]));
    expect(notificationDeliverySchema.indexes().map(([keys]) => keys)).toEqual([{ status: 1, nextAttemptAt: 1 }, { 'target.channelId': 1, createdAt: -1 }]);
  });
});
