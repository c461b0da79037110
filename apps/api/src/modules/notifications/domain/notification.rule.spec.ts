import { controllerUnavailableNotification, licenceExpiryNotification, notificationFor, type NotifyingEvent, type WorkerRef } from './notification.rule.js';

const worker: WorkerRef = { id: 'w-1', name: 'lab-east-1', owner: 'alice', tags: {} };
const at = '2026-12-03T13:55:00.000Z';
const ev = (type: string, data: Record<string, unknown>): NotifyingEvent => ({ type, data, occurredAt: at });

describe('notificationFor: which event leads to which notification', () => {
  it.each<[string, NotifyingEvent, { kind: string; severity: string; title: string | RegExp; body: RegExp } | undefined]>([
    [
      'an idle warning is a stop warning with the planned stop in UTC',
      ev('worker.idle-warning-issued', { plannedStopAt: '2026-12-03T14:05:00.000Z', idleMinutes: 50, timeoutMinutes: 60, reason: 'idle' }),
      { kind: 'stop-warning', severity: 'warning', title: 'lab-east-1 will be stopped at 14:05 UTC', body: /has been idle for 50 min \(timeout 1 h\)\. It will be stopped at 14:05 UTC \(in 10 min\)/ },
    ],
    ['an idle warning without a planned stop is nothing', ev('worker.idle-warning-issued', { idleMinutes: 50 }), undefined],
    [
      'a schedule that ends is a stop warning naming the schedule',
      ev('worker.stop-warning-issued', { workerId: 'w-1', plannedStopAt: '2026-12-03T14:10:00.000Z', cause: 'schedule', ruleId: 's-1', ruleName: 'Lab hours', reason: 'x' }),
      { kind: 'stop-warning', severity: 'warning', title: 'lab-east-1 will be stopped at 14:10 UTC', body: /^lab-east-1 will be stopped at 14:10 UTC \(in 15 min\): its schedule "Lab hours" ends\. Keep it running if it is still needed\.$/ },
    ],
    [
      'a runtime limit reached says how long',
      ev('worker.stop-warning-issued', { workerId: 'w-1', plannedStopAt: '2026-12-03T14:10:00.000Z', cause: 'runtime-limit', ruleName: 'Eight hours', limitHours: 8, reason: 'x' }),
      { kind: 'stop-warning', severity: 'warning', title: 'lab-east-1 will be stopped at 14:10 UTC', body: /: its runtime limit of 8 h is reached\./ },
    ],
    [
      'a reservation that ends names its purpose',
      ev('worker.stop-warning-issued', { workerId: 'w-1', plannedStopAt: '2026-12-03T14:10:00.000Z', cause: 'reservation', ruleName: 'CCNA class', reason: 'x' }),
      { kind: 'stop-warning', severity: 'warning', title: 'lab-east-1 will be stopped at 14:10 UTC', body: /: reservation "CCNA class" ends\./ },
    ],
    [
      'a stop on another day says the date',
      ev('worker.stop-warning-issued', { workerId: 'w-1', plannedStopAt: '2026-12-04T00:05:00.000Z', cause: 'schedule', reason: 'x' }),
      { kind: 'stop-warning', severity: 'warning', title: 'lab-east-1 will be stopped at 4 Dec 00:05 UTC', body: /: its schedule window closes\./ },
    ],
    ['a stop warning without a planned stop is nothing', ev('worker.stop-warning-issued', { cause: 'schedule' }), undefined],
    [
      'a start that worked on a later try fell back',
      ev('worker.capacity-attempted', { action: 'start', attempt: 3, round: 1, instanceType: 'c5.2xlarge', subnetId: 'subnet-2', succeeded: true }),
      { kind: 'start-fell-back', severity: 'info', title: 'lab-east-1 started on c5.2xlarge after 3 tries', body: /started as c5\.2xlarge in subnet subnet-2 at try 3, 13:55 UTC/ },
    ],
    ['a start that worked at once is nothing', ev('worker.capacity-attempted', { action: 'start', attempt: 1, round: 1, instanceType: 'm5.2xlarge', succeeded: true }), undefined],
    ['a failed try that will be retried is nothing', ev('worker.capacity-attempted', { action: 'start', attempt: 2, round: 1, instanceType: 'm5.2xlarge', succeeded: false }), undefined],
    [
      'a fallback that gave up is a failed start',
      ev('worker.capacity-fallback-failed', { action: 'provision', attempts: 4, tried: ['m5.2xlarge', 'c5.2xlarge'], reason: 'deadline of 30 min passed' }),
      { kind: 'start-failed', severity: 'critical', title: 'lab-east-1 could not launch', body: /gave up at 13:55 UTC after 4 tries \(m5\.2xlarge, c5\.2xlarge\): deadline of 30 min passed\./ },
    ],
    [
      'an impaired system check',
      ev('worker.status-checks-changed', { instance: 'ok', system: 'impaired', checkedAt: at }),
      { kind: 'status-checks-impaired', severity: 'critical', title: 'lab-east-1: EC2 system status check impaired', body: /checked at 13:55 UTC/ },
    ],
    [
      'both checks impaired',
      ev('worker.status-checks-changed', { instance: 'impaired', system: 'impaired', checkedAt: at }),
      { kind: 'status-checks-impaired', severity: 'critical', title: 'lab-east-1: EC2 instance and system status checks impaired', body: /impaired/ },
    ],
    ['checks back to ok are nothing', ev('worker.status-checks-changed', { instance: 'ok', system: 'ok', checkedAt: at }), undefined],
    [
      'an expired licence',
      ev('worker.cml-info-changed', { changes: { licenseStatus: { from: 'COMPLETED', to: 'EXPIRED' } } }),
      { kind: 'license-problem', severity: 'warning', title: 'lab-east-1: CML licence has expired', body: /reports its licence as EXPIRED/ },
    ],
    [
      'an unregistered licence',
      ev('worker.cml-info-changed', { changes: { licenseStatus: { from: 'COMPLETED', to: 'NOT_REGISTERED' } } }),
      { kind: 'license-problem', severity: 'warning', title: 'lab-east-1: CML licence is not registered', body: /NOT_REGISTERED/ },
    ],
    [
      'not licensed any more',
      ev('worker.cml-info-changed', { changes: { licensed: { from: true, to: false } } }),
      { kind: 'license-problem', severity: 'warning', title: 'lab-east-1: CML is not licensed', body: /not licensed any more/ },
    ],
    ['a licence that became valid is nothing', ev('worker.cml-info-changed', { changes: { licenseStatus: { from: 'IN_PROGRESS', to: 'COMPLETED' }, licensed: { from: false, to: true } } }), undefined],
    ['a version change is nothing', ev('worker.cml-info-changed', { changes: { version: { from: '2.8.0', to: '2.9.0' } } }), undefined],
    [
      'a forced terminate that kept its licence',
      ev('worker.license-release-failed', { workerId: 'w-1', name: 'lab-east-1', operationId: 'op-1', reason: 'the controller did not answer', forced: true }),
      { kind: 'license-not-released', severity: 'critical', title: 'lab-east-1: licence not released', body: /was terminated without releasing its CML licence: the controller did not answer\. Release it by hand/ },
    ],
    [
      'a terminate that stopped because the licence could not be released',
      ev('worker.license-release-failed', { workerId: 'w-1', name: 'lab-east-1', operationId: 'op-1', reason: 'deregistration failed', forced: false }),
      { kind: 'license-not-released', severity: 'critical', title: 'lab-east-1: licence not released', body: /stopped because its CML licence could not be released: deregistration failed\. Release it, or terminate again with force\./ },
    ],
    ['an event no rule knows is nothing', ev('worker.renamed', { from: 'a', to: 'b' }), undefined],
  ])('%s', (_, event, expected) => {
    const got = notificationFor(event, worker);
    if (!expected) return expect(got).toBeUndefined();
    expect(got).toMatchObject({ kind: expected.kind, severity: expected.severity });
    if (typeof expected.title === 'string') expect(got!.title).toBe(expected.title);
    expect(got!.body).toMatch(expected.body);
  });

  it('keeps the planned stop as the end of the stop warning\'s actions', () => {
    expect(notificationFor(ev('worker.idle-warning-issued', { plannedStopAt: '2026-12-03T14:05:00.000Z', idleMinutes: 50, timeoutMinutes: 60 }), worker)?.actionsValidUntil).toBe('2026-12-03T14:05:00.000Z');
    expect(notificationFor(ev('worker.stop-warning-issued', { plannedStopAt: '2026-12-03T14:10:00.000Z', cause: 'reservation', ruleName: 'CCNA class' }), worker)?.actionsValidUntil).toBe('2026-12-03T14:10:00.000Z');
  });
});

describe('controllerUnavailableNotification', () => {
  it('says since when, in UTC, and for how long', () => {
    const n = controllerUnavailableNotification(worker, new Date('2026-12-03T13:40:00Z'), new Date('2026-12-03T13:55:00Z'));
    expect(n).toMatchObject({ kind: 'controller-unavailable', severity: 'warning', title: 'lab-east-1: CML controller not answering for 15 min' });
    expect(n.body).toMatch(/has not answered since 13:40 UTC \(15 min\)/);
  });
});

describe('licenceExpiryNotification', () => {
  const now = new Date('2026-12-03T13:55:00Z');
  const inDays = (d: number) => new Date(now.getTime() + d * 86_400_000);
  it.each<[string, Date, number, string | undefined]>([
    ['9 days ahead, warned 14 days ahead', new Date('2026-12-12T09:00:00Z'), 14, 'lab-east-1: CML licence expires on 12 Dec 2026 (in 9 days)'],
    ['exactly at the warning distance', inDays(14), 14, 'lab-east-1: CML licence expires on 17 Dec 2026 (in 14 days)'],
    ['just past it: not yet', inDays(14.01), 14, undefined],
    ['within a day', inDays(0.5), 14, 'lab-east-1: CML licence expires on 4 Dec 2026 (in less than a day)'],
    ['already expired: the licence status says so', inDays(-1), 14, undefined],
    ['turned off', inDays(3), 0, undefined],
  ])('%s', (_, expiresAt, days, title) => {
    expect(licenceExpiryNotification(worker, expiresAt, now, days)?.title).toBe(title);
  });

  it('says when in UTC and what to do, as a licence problem', () => {
    expect(licenceExpiryNotification(worker, new Date('2026-12-12T09:00:00Z'), now, 14)).toEqual({
      kind: 'license-problem',
      severity: 'warning',
      title: 'lab-east-1: CML licence expires on 12 Dec 2026 (in 9 days)',
      body: 'The CML controller of lab-east-1 reports that its licence expires on 12 Dec 2026 at 09:00 UTC (in 9 days). Renew its registration or authorization in Cisco Smart Software Manager before then, or labs may not start.',
    });
  });
});
