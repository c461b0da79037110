import { decideIdle, type IdleInput } from './idle.rule.js';

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

describe('decideIdle', () => {
  it.each<[string, Partial<IdleInput>, string, RegExp]>([
    ['not running', { status: 'stopped' }, 'skipped', /Not running \(stopped\)/],
    ['detection off for the fleet', { fleetEnabled: false }, 'skipped', /turned off for the fleet/],
    ['detection off for the worker', { workerEnabled: false }, 'skipped', /turned off for this worker/],
    ['active within the timeout (telemetry)', {}, 'keep', /Last activity 30 min ago \(cml-telemetry\); the idle timeout is 60 min/],
    ['a lab state change counts as activity', { lastActivityAt: ago(5), lastActivitySource: 'lab-state' }, 'keep', /5 min ago \(lab-state\)/],
    ['idle past the timeout: warned first, with the planned stop time', { lastActivityAt: ago(61) }, 'warn', /Idle for 61 min .* stopped at 2026-11-25T12:10:00Z/],
    ['a per-worker timeout override applies', { lastActivityAt: ago(25), timeoutMinutes: 20 }, 'warn', /timeout 20 min/],
    ['warned, planned time not yet come', { lastActivityAt: ago(65), warning: { issuedAt: ago(5), plannedStopAt: ahead(5) } }, 'keep', /stop planned at 2026-11-25T12:05:00Z/],
    ['warned and still idle at the planned time: stop, with the reason', { lastActivityAt: ago(75), warning: { issuedAt: ago(10), plannedStopAt: ago(0) } }, 'stop', /Stopped after 75 min without activity .* warned at/],
    ['activity after the warning cancels the stop', { lastActivityAt: ago(2), warning: { issuedAt: ago(8), plannedStopAt: ahead(2) } }, 'keep', /after the warning; the planned stop is cancelled/],
    ['snoozed: kept running until the override ends', { lastActivityAt: ago(300), keepRunningUntil: ahead(30) }, 'keep', /Kept running until 2026-11-25T12:30:00Z/],
    ['snooze over: evaluated again', { lastActivityAt: ago(300), keepRunningUntil: ago(1) }, 'warn', /Idle for 300 min/],
    ['a manual start within the grace period is never stopped', { lastActivityAt: ago(300), startedAt: ago(20) }, 'keep', /grace/],
    ['a start counts as activity once the grace period is over', { lastActivityAt: ago(300), startedAt: ago(70), startGraceMinutes: 60 }, 'warn', /Idle for 70 min .* last activity: start/],
    ['no activity seen yet', { lastActivityAt: undefined }, 'keep', /No activity has been seen yet/],
    ['CPU is not an input: an idle worker with busy nodes is still idle', { lastActivityAt: ago(90) }, 'warn', /Idle for 90 min/],
  ])('%s', (_name, over, outcome, reason) => {
    const d = decideIdle({ ...base, ...over });
    expect(d.outcome).toBe(outcome);
    expect(d.reason).toMatch(reason);
  });

  it('flags a pending warning to clear when the worker is snoozed or active again', () => {
    expect(decideIdle({ ...base, lastActivityAt: ago(200), keepRunningUntil: ahead(10), warning: { issuedAt: ago(5), plannedStopAt: ahead(5) } }).clearsWarning).toBe(true);
    expect(decideIdle({ ...base, lastActivityAt: ago(1), warning: { issuedAt: ago(5), plannedStopAt: ahead(5) } }).clearsWarning).toBe(true);
  });

  it('reports idle minutes and the activity source it used', () => {
    expect(decideIdle({ ...base, lastActivityAt: ago(61), lastActivitySource: 'lab-event' })).toMatchObject({ idleMinutes: 61, lastActivitySource: 'lab-event', plannedStopAt: ahead(10) });
  });
});
