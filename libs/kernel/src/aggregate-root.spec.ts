import { AggregateRoot, type ChangeContext } from './aggregate-root.js';
import { systemActor } from './actor.js';
import { DomainError } from './domain-error.js';
import { eventFromEnvelope, eventTypeIdProvider } from './events/domain-event.js';
import { uuidv7 } from './ids.js';

interface CounterState {
  count: number;
}

class Counter extends AggregateRoot<CounterState> {
  readonly aggregateType = 'counter';
  constructor(id: string, state: CounterState = { count: 0 }, version = 0) {
    super(id, state, version);
  }
  bump(ctx: ChangeContext): void {
    if (this.state.count >= 2) throw new DomainError('COUNTER.FULL', 'conflict', 'The counter is full.');
    this.state.count += 1;
    this.raise('system.started', { instanceId: this.id, version: String(this.state.count) }, ctx);
  }
}

const ctx = { actor: systemActor('test'), now: new Date('2026-01-02T03:04:05.000Z') };

describe('AggregateRoot', () => {
  it('records each change as an event with who, when, and the version it produces', () => {
    const c = new Counter('c1', { count: 0 }, 5);
    c.bump(ctx);
    c.bump(ctx);
    const events = c.getUncommittedEvents();
    expect(events.map((e) => e.aggregateVersion)).toEqual([6, 7]);
    expect(events[0]).toMatchObject({ type: 'system.started', aggregateType: 'counter', aggregateId: 'c1', occurredAt: '2026-01-02T03:04:05.000Z', actor: { kind: 'system', name: 'test' } });
    expect(c.version).toBe(7);
    expect(c.expectedVersion).toBe(5);
  });

  it('keeps state and events unchanged when a rule refuses the change', () => {
    const c = new Counter('c1', { count: 2 }, 3);
    expect(() => c.bump(ctx)).toThrow(DomainError);
    expect(c.getUncommittedEvents()).toHaveLength(0);
    expect(c.snapshot().count).toBe(2);
  });

  it('moves the expected version forward once persisted', () => {
    const c = new Counter('c1');
    c.bump(ctx);
    c.markPersisted();
    c.uncommit();
    expect(c.expectedVersion).toBe(1);
    expect(c.hasChanges).toBe(false);
  });

  it('counts each event once when saved twice before the events are published', () => {
    const c = new Counter('c1');
    c.bump(ctx);
    c.markPersisted();
    expect(c.version).toBe(1);
    expect(c.hasChanges).toBe(false);
    c.bump(ctx);
    expect(c.unsavedEvents().map((e) => e.aggregateVersion)).toEqual([2]);
    c.markPersisted();
    expect(c.expectedVersion).toBe(2);
    c.commit();
    expect(c.version).toBe(2);
  });

  it('hands out snapshots that cannot change the aggregate', () => {
    const c = new Counter('c1');
    const snap = c.snapshot() as CounterState;
    snap.count = 99;
    expect(c.snapshot().count).toBe(0);
  });
});

describe('domain events', () => {
  it('round-trips through the envelope into the same class, routed by type', () => {
    const c = new Counter('c1');
    c.bump(ctx);
    const original = c.getUncommittedEvents()[0];
    const copy = eventFromEnvelope(JSON.parse(JSON.stringify(original.toEnvelope())));
    expect(copy.constructor).toBe(original.constructor);
    expect(copy.constructor.name).toBe('SystemStarted');
    expect(eventTypeIdProvider.getEventId(copy.constructor)).toBe('system.started');
    expect(eventTypeIdProvider.getEventId(copy)).toBe('system.started');
    expect(copy.toEnvelope()).toEqual(original.toEnvelope());
  });
});

describe('uuidv7', () => {
  it('is a version 7 UUID whose order follows time', () => {
    const a = uuidv7(1_700_000_000_000);
    const b = uuidv7(1_700_000_000_001);
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(a < b).toBe(true);
  });
});
