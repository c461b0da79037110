import { type DomainEvent, eventFromEnvelope, type EventEnvelope, type EventType, systemActor } from '#kernel';
import type { NotificationDraft, WorkerRef } from '../../domain/notification.rule.js';
import type { DispatchResult, NotificationDispatcher } from '../notification-dispatcher.service.js';
import { type LicenceExpiry, type SilentController, WorkerDirectory } from '../ports/worker-directory.port.js';
import { NotifyWhenWorkerEvent } from './notify-when-worker-event.handler.js';

const WORKER: WorkerRef = { id: '0193b2c4-1111-7000-8000-000000000001', name: 'lab-east-1', owner: 'alice', tags: {} };

class FakeWorkers extends WorkerDirectory {
  constructor(private readonly known: WorkerRef[]) {
    super();
  }
  find(id: string): Promise<WorkerRef | undefined> {
    return Promise.resolve(this.known.find((w) => w.id === id));
  }
  silentControllers(): Promise<SilentController[]> {
    return Promise.resolve([]);
  }
  licenceExpiries(): Promise<LicenceExpiry[]> {
    return Promise.resolve([]);
  }
}

function event(type: string, data: Record<string, unknown>, aggregate: { type: string; id: string } = { type: 'worker', id: WORKER.id }): DomainEvent {
  const envelope = { id: `ev-${type}`, type: type as EventType, aggregateType: aggregate.type, aggregateId: aggregate.id, aggregateVersion: 3, occurredAt: '2026-12-03T13:55:00.000Z', actor: systemActor('test'), data } as unknown as EventEnvelope;
  return eventFromEnvelope(envelope);
}

function setUp(known: WorkerRef[] = [WORKER], fail = false) {
  const dispatched: { draft: NotificationDraft; worker: WorkerRef; key: string }[] = [];
  const dispatcher = {
    dispatch: (draft: NotificationDraft, worker: WorkerRef, key: string): Promise<DispatchResult> => {
      if (fail) return Promise.reject(new Error('MongoDB is away'));
      dispatched.push({ draft, worker, key });
      return Promise.resolve({ recipients: [], deliveries: 0 });
    },
  } as unknown as NotificationDispatcher;
  return { handler: new NotifyWhenWorkerEvent(new FakeWorkers(known), dispatcher), dispatched };
}

describe('NotifyWhenWorkerEvent', () => {
  it('turns worker.license-release-failed (matched by name) into a licence-not-released notification about the worker, keyed by the event', async () => {
    const { handler, dispatched } = setUp();
    await handler.handle(event('worker.license-release-failed', { workerId: WORKER.id, name: 'lab-east-1', operationId: 'op-1', reason: 'the controller did not answer', forced: true }));
    expect(dispatched).toHaveLength(1);
    expect(dispatched[0]).toMatchObject({ key: 'ev-worker.license-release-failed', worker: WORKER, draft: { kind: 'license-not-released', severity: 'critical', title: 'lab-east-1: licence not released' } });
  });

  it('names a worker that is gone by the event\'s payload, and still notifies', async () => {
    const { handler, dispatched } = setUp([]);
    await handler.handle(event('worker.license-release-failed', { workerId: WORKER.id, name: 'lab-east-1', operationId: 'op-1', reason: 'timeout', forced: true }));
    expect(dispatched[0].worker).toEqual({ id: WORKER.id, name: 'lab-east-1', tags: {} });
  });

  it('finds the worker through data.workerId when the event is not about a worker aggregate', async () => {
    const { handler, dispatched } = setUp();
    await handler.handle(event('worker.license-release-failed', { workerId: WORKER.id, name: 'lab-east-1', operationId: 'op-1', reason: 'x', forced: false }, { type: 'operation', id: 'op-1' }));
    expect(dispatched[0].worker).toEqual(WORKER);
  });

  it('makes nothing of an event that needs no notification', async () => {
    const { handler, dispatched } = setUp();
    await handler.handle(event('worker.status-checks-changed', { instance: 'ok', system: 'ok', checkedAt: '2026-12-03T13:55:00.000Z' }));
    expect(dispatched).toEqual([]);
  });

  it('never throws into the event bus', async () => {
    const { handler } = setUp([WORKER], true);
    await expect(handler.handle(event('worker.capacity-fallback-failed', { action: 'start', attempts: 3, tried: ['m5.metal'], reason: 'no capacity' }))).resolves.toBeUndefined();
  });
});
