import { systemActor } from '#kernel';
import { outboxEntrySchema } from './aggregate-document.schema.js';
import { documentMisfits, type EveryField } from './document-fit.js';
import type { StoredEvent } from './event-log.js';
import { eventLogSchema } from './event-log.schema.js';

/** Every field of a logged event: a field added to the envelope fails to compile here until the schema declares it. */
const logged: EveryField<StoredEvent> = {
  _id: '0193a000-0000-7000-8000-0000000000aa',
  type: 'lab.state-changed',
  aggregateType: 'lab',
  aggregateId: '7f3e2c1a-0000-4000-8000-000000000001',
  aggregateVersion: 3,
  occurredAt: '2026-11-25T10:00:00.000Z',
  actor: systemActor('lab-sync'),
  data: { workerId: '0193a000-0000-7000-8000-0000000000bb', labId: 'l1', from: 'STOPPED', to: 'STARTED', trigger: 'sync', 'nested.key': { deep: [1, 2] } } as never,
  recordedAt: '2026-11-25T10:00:00.100Z',
};

describe('the event log schema', () => {
  it('stores a logged event as it is, its payload as the event wrote it', () => {
    expect(documentMisfits(eventLogSchema(['workerId']), logged)).toEqual([]);
  });

  it('stores an outbox entry (the envelope with its id) as it is', () => {
    const { _id, recordedAt: _recordedAt, ...envelope } = logged;
    expect(documentMisfits(outboxEntrySchema, { id: _id, ...envelope })).toEqual([]);
  });

  it('indexes the timeline, the filters in id order, and each related payload id only where the field is', () => {
    expect(eventLogSchema(['workerId', 'labId']).indexes()).toEqual([
      [{ aggregateType: 1, aggregateId: 1, aggregateVersion: -1 }, {}],
      [{ type: 1, occurredAt: -1 }, {}],
      [{ recordedAt: 1 }, {}],
      [{ aggregateId: 1, _id: 1 }, {}],
      [{ type: 1, _id: 1 }, {}],
      [{ 'actor.id': 1, _id: 1 }, {}],
      [{ 'actor.name': 1, _id: 1 }, {}],
      [{ 'data.workerId': 1, _id: 1 }, { partialFilterExpression: { 'data.workerId': { $exists: true } } }],
      [{ 'data.labId': 1, _id: 1 }, { partialFilterExpression: { 'data.labId': { $exists: true } } }],
    ]);
  });
});
