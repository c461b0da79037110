import { decideIdle, type IdleDecision, idleDecisionKey, type IdleInput } from './idle.rule.js';

const NOW = new Date('2026-11-25T12:00:00Z');
const ago = (m: number) => new Date(NOW.getTime() - m * 60_000).toISOString();
const ahead = (m: number) => new Date(NOW.getTime() + m * 60_000).toISOString();

const base: IdleInput = {
  now: NOW,
  status: 'running',
  fleetEnabled: true,
  workerEnabled: true,
  timeoutMinutes: 60,
  startGraceMinutes: 60,
  warningLeadMinutes: 10,
  lastActivityAt: ago(30),
  lastActivitySource: 'cml-telemetry',
};

type Row = [name: string, input: Partial<IdleInput>, outcome: IdleDecision['outcome'], code: IdleDecision['code'], reason: string, fields?: Partial<IdleDecision>];

const rows: Row[] = [
  ['not running', { status: 'stopped' }, 'skipped', 'not-running', 'Not running (stopped); nothing to stop.'],
  ['detection off for the fleet', { fleetEnabled: false }, 'skipped', 'fleet-disabled', 'Idle detection is turned off for the fleet (IDLE_DETECTION_ENABLED=false).'],
  ['detection off for the worker', { workerEnabled: false }, 'skipped', 'worker-disabled', 'Idle detection is turned off for this worker.'],
  [
    'active within the timeout (telemetry): when it turns idle if nothing happens',
    {},
    'keep',
    'active',
    'Last activity 30 min ago at 11:30 UTC (CML user activity); idle from 12:30 UTC if nothing happens (idle timeout 1 h).',
    { idleMinutes: 30, idleFrom: ahead(30), lastActivityAt: ago(30), lastActivitySource: 'cml-telemetry', timeoutMinutes: 60 },
  ],
  [
    'a lab state change counts as activity',
    { lastActivityAt: ago(5), lastActivitySource: 'lab-state' },
    'keep',
    'active',
    'Last activity 5 min ago at 11:55 UTC (lab state change); idle from 12:55 UTC if nothing happens (idle timeout 1 h).',
  ],
  [
    'activity seconds ago',
    { lastActivityAt: new Date(NOW.getTime() - 30_000).toISOString(), lastActivitySource: 'lab-event' },
    'keep',
    'active',
    'Last activity less than 1 min ago at 11:59 UTC (lab event); idle from 12:59 UTC if nothing happens (idle timeout 1 h).',
    { idleMinutes: 0 },
  ],
  [
    'a timeout of a day: the idle time on another day carries its date',
    { lastActivityAt: ago(600), timeoutMinutes: 1440 },
    'keep',
    'active',
    'Last activity 10 h ago at 02:00 UTC (CML user activity); idle from 26 Nov 02:00 UTC if nothing happens (idle timeout 1 d).',
  ],
  [
    'idle past the timeout: warned first, with the planned stop time',
    { lastActivityAt: ago(61) },
    'warn',
    'idle-warning',
    'Idle for 1 h 1 min (timeout 1 h, last activity at 10:59 UTC: CML user activity); it will be stopped at 12:10 UTC unless someone uses or snoozes it.',
    { plannedStopAt: ahead(10), idleMinutes: 61 },
  ],
  ['a per-worker timeout override applies', { lastActivityAt: ago(25), timeoutMinutes: 20 }, 'warn', 'idle-warning', 'Idle for 25 min (timeout 20 min, last activity at 11:35 UTC: CML user activity); it will be stopped at 12:10 UTC unless someone uses or snoozes it.'],
  [
    'warned, planned time not yet come',
    { lastActivityAt: ago(65), warning: { issuedAt: ago(5), plannedStopAt: ahead(5) } },
    'keep',
    'warning-pending',
    'Idle for 1 h 5 min (timeout 1 h); warned at 11:55 UTC, stop planned at 12:05 UTC.',
    { plannedStopAt: ahead(5), warnedAt: ago(5) },
  ],
  [
    'warned and still idle at the planned time: stop, with the reason',
    { lastActivityAt: ago(75), warning: { issuedAt: ago(10), plannedStopAt: ago(0) } },
    'stop',
    'idle-stop',
    'Stopped after 1 h 15 min without activity (timeout 1 h, last activity at 10:45 UTC: CML user activity); warned at 11:50 UTC.',
    { warnedAt: ago(10) },
  ],
  [
    'activity after the warning cancels the stop',
    { lastActivityAt: ago(2), warning: { issuedAt: ago(8), plannedStopAt: ahead(2) } },
    'keep',
    'activity-after-warning',
    'Activity at 11:58 UTC (CML user activity) after the warning; the planned stop is cancelled.',
    { clearsWarning: true, idleFrom: ahead(58) },
  ],
  [
    'inside a reservation: never stopped, a pending stop lifted, and it says why',
    { lastActivityAt: ago(300), warning: { issuedAt: ago(20), plannedStopAt: ago(10) }, protection: { reason: 'Inside reservation CCNA class until 17:00 UTC; no idle stop.', until: ahead(300) } },
    'keep',
    'power-protected',
    'Inside reservation CCNA class until 17:00 UTC; no idle stop.',
    { until: ahead(300), idleFrom: ahead(300), clearsWarning: true },
  ],
  [
    'inside a keep-running override, even when snoozed for less',
    { lastActivityAt: ago(300), keepRunningUntil: ahead(5), protection: { reason: 'Inside a keep-running override until 22:00 UTC; no idle stop.', until: ahead(600) } },
    'keep',
    'power-protected',
    'Inside a keep-running override until 22:00 UTC; no idle stop.',
  ],
  ['a worker that is not running is skipped even when protected', { status: 'stopped', protection: { reason: 'Inside reservation x; no idle stop.' } }, 'skipped', 'not-running', 'Not running (stopped); nothing to stop.'],
  ['snoozed: kept running until the snooze ends', { lastActivityAt: ago(300), keepRunningUntil: ahead(30) }, 'keep', 'snoozed', 'Snoozed: kept running until 12:30 UTC.', { until: ahead(30), idleFrom: ahead(30) }],
  [
    'snoozed while recently active: idle only once both are over',
    { lastActivityAt: ago(10), keepRunningUntil: ahead(20) },
    'keep',
    'snoozed',
    'Snoozed: kept running until 12:20 UTC; idle from 12:50 UTC if nothing happens.',
    { until: ahead(20), idleFrom: ahead(50) },
  ],
  ['a snooze to another day carries its date', { lastActivityAt: ago(300), keepRunningUntil: '2026-11-27T18:00:00Z' }, 'keep', 'snoozed', 'Snoozed: kept running until 27 Nov 18:00 UTC.'],
  ['snooze over: evaluated again', { lastActivityAt: ago(300), keepRunningUntil: ago(1) }, 'warn', 'idle-warning', 'Idle for 5 h (timeout 1 h, last activity at 07:00 UTC: CML user activity); it will be stopped at 12:10 UTC unless someone uses or snoozes it.'],
  [
    'a manual start within the grace period is never stopped',
    { lastActivityAt: ago(300), startedAt: ago(20), startedBy: { kind: 'user', name: 'ada' } },
    'keep',
    'start-grace',
    'Started by ada at 11:40 UTC; never stopped before 12:40 UTC (1 h start grace).',
    { until: ahead(40), idleFrom: ahead(40), lastActivitySource: 'start' },
  ],
  [
    'a grace period shorter than the timeout: idle once the timeout passes',
    { lastActivityAt: ago(300), startedAt: ago(20), startedBy: { kind: 'system', name: 'power-reconciler' }, timeoutMinutes: 120 },
    'keep',
    'start-grace',
    'Started by the power reconciler at 11:40 UTC; never stopped before 12:40 UTC (1 h start grace); idle from 13:40 UTC if nothing happens.',
    { until: ahead(40), idleFrom: ahead(100) },
  ],
  [
    'a start counts as activity once the grace period is over',
    { lastActivityAt: ago(300), startedAt: ago(70), startGraceMinutes: 60 },
    'warn',
    'idle-warning',
    'Idle for 1 h 10 min (timeout 1 h, last activity at 10:50 UTC: started); it will be stopped at 12:10 UTC unless someone uses or snoozes it.',
  ],
  ['no activity seen yet', { lastActivityAt: undefined }, 'keep', 'no-activity-yet', 'No activity has been seen yet; waiting for the first observation.'],
  ['CPU is not an input: an idle worker with busy nodes is still idle', { lastActivityAt: ago(90) }, 'warn', 'idle-warning', 'Idle for 1 h 30 min (timeout 1 h, last activity at 10:30 UTC: CML user activity); it will be stopped at 12:10 UTC unless someone uses or snoozes it.'],
];

describe('decideIdle', () => {
  // One argument per row: a row without fields would otherwise hand Jest a `done` callback.
  const named = rows.map((r) => [r[0], r] as const);

  it.each(named)('%s', (_name, [, over, outcome, code, reason, fields]) => {
    const d = decideIdle({ ...base, ...over });
    expect(d).toMatchObject({ outcome, code, reason, ...fields });
  });

  it.each(named)('words times readably and minutes as the console does: %s', (_name, [, over]) => {
    const { reason } = decideIdle({ ...base, ...over });
    expect(reason).not.toMatch(/\d{4}-\d\d-\d\dT/); // no ISO strings
    expect(reason).not.toMatch(/\b([6-9]\d|\d{3,}) min\b/); // no "60 min", "90 min": "1 h", "1 h 30 min"
    expect(reason).not.toMatch(/cml-telemetry|lab-state|lab-event/); // sources in words
  });

  it('flags a pending warning to clear when the worker is snoozed or active again', () => {
    expect(decideIdle({ ...base, lastActivityAt: ago(200), keepRunningUntil: ahead(10), warning: { issuedAt: ago(5), plannedStopAt: ahead(5) } }).clearsWarning).toBe(true);
    expect(decideIdle({ ...base, lastActivityAt: ago(1), warning: { issuedAt: ago(5), plannedStopAt: ahead(5) } }).clearsWarning).toBe(true);
  });
});

describe('idleDecisionKey: which evaluations are the same decision', () => {
  const at = (minutesLater: number, over: Partial<IdleInput> = {}) => decideIdle({ ...base, now: new Date(NOW.getTime() + minutesLater * 60_000), ...over });
  const warning = { issuedAt: ahead(31), plannedStopAt: ahead(41) };

  it.each<[string, IdleDecision, IdleDecision, boolean]>([
    ['kept while active, minutes later', at(0), at(15), true],
    ['kept while active, the activity now from a lab', at(0), at(10, { lastActivityAt: ahead(5), lastActivitySource: 'lab-state' }), true],
    ['kept while active, then the timeout changed', at(0), at(1, { timeoutMinutes: 120 }), false],
    ['kept while active, then warned', at(29), at(31), false],
    ['warned, then the warning pending', at(31), at(33, { warning }), true],
    ['the warning pending, then stopped', at(33, { warning }), at(41, { warning }), false],
    ['the warning pending, then activity lifted it', at(33, { warning }), at(34, { warning, lastActivityAt: ahead(34) }), false],
    ['activity lifted the warning, then kept while active', at(34, { warning, lastActivityAt: ahead(34) }), at(35, { lastActivityAt: ahead(34) }), false],
    ['snoozed, minutes later', at(0, { keepRunningUntil: ahead(120) }), at(30, { keepRunningUntil: ahead(120) }), true],
    ['snoozed, then snoozed longer', at(0, { keepRunningUntil: ahead(120) }), at(1, { keepRunningUntil: ahead(240) }), false],
    ['in the start grace, then active', at(0, { startedAt: ago(10) }), at(60, { startedAt: ago(10) }), false],
    ['started again during the grace period', at(0, { startedAt: ago(10) }), at(1, { startedAt: ahead(1) }), false],
    ['detection off for the worker, minutes later', at(0, { workerEnabled: false }), at(60, { workerEnabled: false }), true],
    ['detection off for the worker, then for the fleet', at(0, { workerEnabled: false }), at(1, { fleetEnabled: false }), false],
    ['no activity yet, then active', at(0, { lastActivityAt: undefined }), at(1, { lastActivityAt: ahead(1) }), false],
  ])('%s: same decision = %s', (_name, a, b, same) => {
    expect(idleDecisionKey(a) === idleDecisionKey(b)).toBe(same);
  });
});
