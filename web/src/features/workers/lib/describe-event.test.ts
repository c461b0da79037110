import { describe, expect, it } from 'vitest';
import { formatDateTime } from '../../../lib/format';
import { type DescribableEvent, describeEvent } from './describe-event';

describe('describeEvent: idle detection in the timeline', () => {
  it('words an idle warning from its fields, durations as the rest of the console does', () => {
    const plannedStopAt = '2026-11-25T11:11:00.000Z';
    const text = describeEvent({
      type: 'worker.idle-warning-issued',
      actor: { kind: 'system', name: 'idle-detection' },
      data: { plannedStopAt, idleMinutes: 61, timeoutMinutes: 60, lastActivitySource: 'lab-state', reason: 'Idle for 1 h 1 min (timeout 1 h, …); it will be stopped at 11:11 UTC …' },
    });
    expect(text).toBe(`Idle for 1 h 1 min (timeout 1 h, last activity: lab state change): will be stopped at ${formatDateTime(plannedStopAt)} unless used or snoozed.`);
  });

  it('words a timeout change in hours and minutes', () => {
    expect(describeEvent({ type: 'worker.idle-timeout-changed', actor: { kind: 'user', name: 'ada' }, data: { to: 90 } })).toBe('ada changed the idle timeout from the fleet default to 1 h 30 min.');
    expect(describeEvent({ type: 'worker.idle-timeout-changed', actor: { kind: 'user', name: 'ada' }, data: { from: 60, to: 45 } })).toBe('ada changed the idle timeout from 1 h to 45 min.');
  });
});

describe('describeEvent: payloads as the API publishes them', () => {
  it('words a change map whose values were unset before (no `from` on the wire)', () => {
    expect(describeEvent({ type: 'worker.cml-info-changed', data: { changes: { version: { to: '2.9.0' } } } })).toBe('CML facts changed: version — → 2.9.0.');
  });

  it('falls back to the name and payload of a type the console does not know (an event the API no longer emits)', () => {
    const retired = { type: 'worker.exploded', data: { how: 'loudly' } } as unknown as DescribableEvent;
    expect(describeEvent(retired)).toBe('worker.exploded: {"how":"loudly"}');
  });
});

describe('describeEvent: owners, overrides and the power reconciler', () => {
  const admin = { kind: 'user', name: 'root' };
  it('words owner changes, a cleared owner included', () => {
    expect(describeEvent({ type: 'worker.owner-changed', actor: admin, data: { workerId: 'w', owner: 'alice', previousOwner: 'bob' } })).toBe('root made alice the owner (was bob).');
    expect(describeEvent({ type: 'worker.owner-changed', actor: admin, data: { workerId: 'w', owner: '', previousOwner: 'bob' } })).toBe('root removed the owner bob; nobody owns the worker now.');
  });

  it('words a stop warning by what ends, in the viewer\'s time', () => {
    const plannedStopAt = '2026-11-25T18:00:00.000Z';
    const system = { kind: 'system', name: 'power-reconciler' };
    const warn = (data: Record<string, unknown>) => describeEvent({ type: 'worker.stop-warning-issued', actor: system, data: { workerId: 'w', plannedStopAt, reason: '…', ...data } } as DescribableEvent);
    expect(warn({ cause: 'schedule', ruleName: 'Lab hours' })).toBe(`Will be stopped at ${formatDateTime(plannedStopAt)}: its schedule "Lab hours" ends, unless someone keeps it running.`);
    expect(warn({ cause: 'runtime-limit', limitHours: 8 })).toBe(`Will be stopped at ${formatDateTime(plannedStopAt)}: its runtime limit of 8 h is reached, unless someone keeps it running.`);
    expect(warn({ cause: 'reservation', ruleName: 'CCNA class' })).toBe(`Will be stopped at ${formatDateTime(plannedStopAt)}: reservation "CCNA class" ends, unless someone keeps it running.`);
  });

  it('words an override set, cleared and expired', () => {
    const until = '2026-11-25T22:00:00.000Z';
    expect(describeEvent({ type: 'worker.override-set', actor: { kind: 'user', name: 'alice' }, data: { workerId: 'w', kind: 'keep-running', until } })).toBe(
      `alice set an override: keep running until ${formatDateTime(until)}.`,
    );
    expect(describeEvent({ type: 'worker.override-cleared', actor: { kind: 'system', name: 'power-reconciler' }, data: { workerId: 'w', kind: 'keep-stopped', reason: 'expired' } })).toBe(
      'The keep stopped override expired; the worker follows its schedules again.',
    );
  });

  it('words each try for EC2 capacity and the give-up as sentences', () => {
    const tried = { action: 'start' as const, attempt: 1, round: 1, instanceType: 'm5zn.metal', succeeded: false, errorCode: 'InsufficientInstanceCapacity' };
    expect(describeEvent({ type: 'worker.capacity-attempted', data: tried })).toBe('Start try 1 with m5zn.metal: EC2 had no capacity (InsufficientInstanceCapacity).');
    expect(describeEvent({ type: 'worker.capacity-attempted', data: { ...tried, action: 'provision', attempt: 2, subnetId: 'subnet-0b', succeeded: true, errorCode: undefined } })).toBe(
      'Launch try 2 with m5zn.metal in subnet-0b: EC2 had capacity.',
    );
    expect(describeEvent({ type: 'worker.capacity-fallback-failed', data: { action: 'start', attempts: 3, tried: ['m5zn.metal', 'm5.metal'], reason: 'No capacity after 3 attempts.' } })).toBe(
      'Gave up looking for EC2 capacity to start the worker after 3 tries: No capacity after 3 attempts.',
    );
  });

  it('words how a careful stop or terminate ended, and a licence that may still be held', () => {
    expect(describeEvent({ type: 'worker.power-operation-finished', data: { operationId: 'op-1', action: 'stop', succeeded: true, summary: 'Stopped 1 lab: BGP; EC2 is stopping i-1.' } })).toBe(
      'The careful stop finished: Stopped 1 lab: BGP; EC2 is stopping i-1.',
    );
    expect(describeEvent({ type: 'worker.power-operation-finished', data: { operationId: 'op-1', action: 'terminate', succeeded: false, summary: 'Nothing to do. Failed: no bucket' } })).toBe(
      'The careful terminate ended without finishing: Nothing to do. Failed: no bucket',
    );
    expect(describeEvent({ type: 'worker.license-release-failed', data: { workerId: 'w', name: 'cml-a', operationId: 'op-1', reason: 'The controller was unreachable; forced by ada.', forced: true } })).toBe(
      'The licence may still be held in Smart Software Manager: The controller was unreachable; forced by ada.',
    );
  });

  it('words the change back to the worker\'s own instance type, at the stop or before a start', () => {
    expect(describeEvent({ type: 'worker.instance-type-restored', data: { from: 'm5.metal', to: 'm5zn.metal', moment: 'stopped' } })).toBe('The instance stopped: changed it back to m5zn.metal (from the fallback type m5.metal).');
    expect(describeEvent({ type: 'worker.instance-type-restored', data: { from: 'm5.metal', to: 'm5zn.metal', moment: 'before-start' } })).toBe('Changed the instance back to m5zn.metal (from the fallback type m5.metal) before starting it.');
  });

  it('words a decision of the reconciler and one not to act', () => {
    const d = { workerId: 'w', state: 'running' as const, rule: { kind: 'schedule', name: 'CCNA' }, reason: 'Schedule "CCNA" has it running until 18:00 Europe/Berlin.' };
    expect(describeEvent({ type: 'worker.desired-power-changed', data: d })).toBe('Should now be running: Schedule "CCNA" has it running until 18:00 Europe/Berlin.');
    expect(describeEvent({ type: 'worker.power-held', data: { workerId: 'w', reason: 'The worker is stopping.' } })).toBe('The power reconciler did not act: The worker is stopping.');
  });
});

describe('describeEvent: scheduling policies', () => {
  const mia = { kind: 'user', name: 'mia' };
  it('words schedules, runtime limits and reservations from their fields', () => {
    expect(describeEvent({ type: 'schedule.saved', actor: mia, data: { name: 'CCNA classroom', timezone: 'Europe/Berlin', behaviour: 'start-stop', periods: 1, assignment: 'tag team=ccna', created: true } })).toBe(
      'mia created schedule "CCNA classroom" (1 period, Europe/Berlin, start-stop) for tag team=ccna.',
    );
    expect(describeEvent({ type: 'runtime-limit.saved', actor: mia, data: { name: 'Twelve hours', hours: 12, assignment: '3 workers', created: false } })).toBe('mia changed runtime limit "Twelve hours": stop after 12 h running, for 3 workers.');
    const start = '2026-12-08T08:00:00.000Z';
    const end = '2026-12-08T16:00:00.000Z';
    expect(describeEvent({ type: 'reservation.created', actor: mia, data: { purpose: 'CCNA class', owner: 'mia', start, end, workerIds: ['w1', 'w2'] } })).toBe(`mia reserved 2 workers for "CCNA class", ${formatDateTime(start)} to ${formatDateTime(end)}.`);
  });

  it('words price changes and the discount, a cleared price as back to the list price', () => {
    expect(describeEvent({ type: 'cost.price-changed', actor: mia, data: { kind: 'instance', region: 'us-east-1', instanceType: 'm5zn.metal', to: 3.2 } })).toBe('mia set the hourly price of m5zn.metal in us-east-1 to 3.2 USD/h.');
    expect(describeEvent({ type: 'cost.price-changed', actor: mia, data: { kind: 'storage', region: 'us-west-2', volumeType: 'gp3', from: 0.07 } })).toBe('mia set the gp3 storage price in us-west-2 back to the list price.');
    expect(describeEvent({ type: 'cost.discount-changed', actor: mia, data: { from: 0, to: 28 } })).toBe('mia changed the fleet discount on compute from 0 % to 28 %.');
  });
});
