import { loadConfig } from '../../../../../config/app-config.js';
import { ManualClock } from '../../../../../../../../test/support/unit/fakes.js';
import { MemoryHolidayCalendarRepository, MemoryReservationRepository, MemoryRuntimeLimitRepository, MemoryScheduleRepository, MemoryWorkerFleet } from '../../../../../../../../test/support/unit/memory-scheduling.js';
import { RuntimeLimit } from '../../../domain/runtime-limit.aggregate.js';
import { Schedule } from '../../../domain/schedule.aggregate.js';
import { PowerPlanner } from '../../power-planner.service.js';
import { ReconcilePowerHandler } from './reconcile-power.handler.js';

const config = loadConfig({ MONGODB_URI: 'mongodb://127.0.0.1:1/unused', OIDC_ISSUER_URL: 'http://127.0.0.1:1/realms/unused', AWS_REGIONS: 'us-east-1' });
const mia = { kind: 'user' as const, id: 'u-m', name: 'mia' };

describe('ReconcilePowerHandler', () => {
  // Wednesday 2 December 2026, 10:00 UTC.
  const clock = new ManualClock('2026-12-02T10:00:00Z');
  let fleet: MemoryWorkerFleet;
  let schedules: MemoryScheduleRepository;
  let handler: ReconcilePowerHandler;

  beforeEach(async () => {
    clock.set('2026-12-02T10:00:00Z');
    fleet = new MemoryWorkerFleet();
    schedules = new MemoryScheduleRepository();
    const planner = new PowerPlanner(schedules, new MemoryHolidayCalendarRepository(), new MemoryRuntimeLimitRepository(), new MemoryReservationRepository(), config);
    handler = new ReconcilePowerHandler(fleet, planner, clock, config);
    await schedules.save(Schedule.create('s1', { name: 'Office hours', timezone: 'UTC', periods: [{ days: ['wed'], start: '09:00', end: '17:00' }], behaviour: 'start-stop', assignment: { workerIds: ['w1', 'w2', 'w3'] } }, { actor: mia, now: clock.now() }));
  });

  it('starts a stopped worker whose window is open, through the people’s start with the schedule as trigger and reason', async () => {
    fleet.add({ id: 'w1', name: 'lab-1', status: 'stopped' });
    const summary = await handler.execute();
    expect(summary.started).toEqual(['lab-1']);
    expect(fleet.actions).toEqual([{ id: 'w1', action: 'start', trigger: 'schedule', reason: expect.stringContaining('Schedule "Office hours" has it running until') }]);
    expect(fleet.desired.get('w1')).toMatchObject({ state: 'running', rule: { kind: 'schedule', id: 's1' } });
  });

  it('stops a running worker when the window has closed', async () => {
    clock.set('2026-12-02T17:01:00Z');
    fleet.add({ id: 'w1', name: 'lab-1', status: 'running', statusChangedAt: '2026-12-02T09:00:00Z' });
    expect((await handler.execute()).stopped).toEqual(['lab-1']);
    expect(fleet.actions[0]).toMatchObject({ action: 'stop', trigger: 'schedule' });
  });

  it('leaves a transition in progress alone, and says so', async () => {
    clock.set('2026-12-02T17:01:00Z');
    fleet.add({ id: 'w1', name: 'lab-1', status: 'pending' });
    const summary = await handler.execute();
    expect(fleet.actions).toEqual([]);
    expect(summary.held).toEqual([{ worker: 'lab-1', reason: expect.stringContaining('still starting') }]);
  });

  it('backs off after failures, saying until when', async () => {
    fleet.add({ id: 'w1', name: 'lab-1', status: 'stopped', power: { failures: 3, lastAttemptAt: '2026-12-02T09:58:00Z' } });
    const summary = await handler.execute();
    expect(fleet.actions).toEqual([]);
    expect(summary.held[0].reason).toMatch(/Not trying to start it again before 2026-12-02T10:02:00.000Z: 3 attempts failed in a row \(backing off 4 min\)/);
  });

  it('clears an expired override first, then follows the schedule again', async () => {
    fleet.add({ id: 'w2', name: 'lab-2', status: 'stopped', override: { kind: 'keep-stopped', until: '2026-12-02T09:30:00Z', by: 'mia' } });
    const summary = await handler.execute();
    expect(fleet.expired).toEqual(['w2']);
    expect(summary.expired).toEqual(['lab-2']);
    expect(summary.started).toEqual(['lab-2']);
  });

  it('lets an override in force win over the schedule', async () => {
    fleet.add({ id: 'w3', name: 'lab-3', status: 'running', statusChangedAt: '2026-12-02T09:00:00Z', override: { kind: 'keep-stopped', until: '2026-12-02T12:00:00Z', by: 'mia' } });
    const summary = await handler.execute();
    expect(summary.stopped).toEqual(['lab-3']);
    expect(fleet.actions[0]).toMatchObject({ action: 'stop', trigger: 'override', reason: expect.stringContaining('mia asked to keep it stopped') });
  });

  describe('warnings before a stop for a schedule end (SCHEDULE_STOP_WARNING_LEAD_MINUTES, 15 by default)', () => {
    it('warns once per planned stop, within the lead, naming the schedule; later runs stay silent', async () => {
      fleet.add({ id: 'w1', name: 'lab-1', status: 'running', statusChangedAt: '2026-12-02T09:00:00Z' });
      clock.set('2026-12-02T16:44:00Z');
      expect((await handler.execute()).warned).toEqual([]);
      clock.set('2026-12-02T16:46:00Z');
      expect((await handler.execute()).warned).toEqual(['lab-1']);
      clock.set('2026-12-02T16:50:00Z');
      expect((await handler.execute()).warned).toEqual([]);
      expect(fleet.warnings).toEqual([
        { id: 'w1', stop: { at: new Date('2026-12-02T17:00:00Z'), cause: 'schedule', ruleId: 's1', ruleName: 'Office hours' }, reason: 'Schedule "Office hours" ends: stop planned at 17:00 UTC unless someone keeps it running.' },
      ]);
      expect(fleet.actions).toEqual([]);
    });

    it('does not stop a warned worker someone keeps running, and warns again before the stop the override moved', async () => {
      fleet.add({ id: 'w1', name: 'lab-1', status: 'running', statusChangedAt: '2026-12-02T09:00:00Z' });
      clock.set('2026-12-02T16:50:00Z');
      await handler.execute();
      // The owner's "Keep running for 1 h" link sets this override after the warning.
      fleet.workers.get('w1')!.override = { kind: 'keep-running', until: '2026-12-02T18:00:00Z', by: 'ada' };
      clock.set('2026-12-02T17:01:00Z');
      const summary = await handler.execute();
      expect(summary.stopped).toEqual([]);
      expect(fleet.actions).toEqual([]);
      clock.set('2026-12-02T17:50:00Z');
      expect((await handler.execute()).warned).toEqual(['lab-1']);
      expect(fleet.warnings.map((w) => w.stop.at.toISOString())).toEqual(['2026-12-02T17:00:00.000Z', '2026-12-02T18:00:00.000Z']);
      clock.set('2026-12-02T18:00:30Z');
      expect((await handler.execute()).stopped).toEqual(['lab-1']);
    });

    it('stops a warned worker nobody kept running when the window closes', async () => {
      fleet.add({ id: 'w1', name: 'lab-1', status: 'running', statusChangedAt: '2026-12-02T09:00:00Z' });
      clock.set('2026-12-02T16:50:00Z');
      await handler.execute();
      clock.set('2026-12-02T17:00:30Z');
      expect((await handler.execute()).stopped).toEqual(['lab-1']);
      expect(fleet.warnings).toHaveLength(1);
    });

    it('names the runtime limit and its hours', async () => {
      const limits = new MemoryRuntimeLimitRepository();
      await limits.save(RuntimeLimit.create('l1', { name: 'Eight hours', hours: 8, assignment: { workerIds: ['w9'] } }, { actor: mia, now: clock.now() }));
      const planner = new PowerPlanner(schedules, new MemoryHolidayCalendarRepository(), limits, new MemoryReservationRepository(), config);
      handler = new ReconcilePowerHandler(fleet, planner, clock, config);
      fleet.add({ id: 'w9', name: 'lab-9', status: 'running', statusChangedAt: '2026-12-02T02:00:00Z' });
      clock.set('2026-12-02T09:50:00Z');
      await handler.execute();
      expect(fleet.warnings).toEqual([{ id: 'w9', stop: { at: new Date('2026-12-02T10:00:00Z'), cause: 'runtime-limit', ruleId: 'l1', ruleName: 'Eight hours', limitHours: 8 }, reason: expect.stringContaining('The runtime limit of 8 h') }]);
    });

    it('warns of nothing with a lead of 0', async () => {
      const off = loadConfig({ MONGODB_URI: 'mongodb://127.0.0.1:1/unused', OIDC_ISSUER_URL: 'http://127.0.0.1:1/realms/unused', AWS_REGIONS: 'us-east-1', SCHEDULE_STOP_WARNING_LEAD_MINUTES: '0' });
      const planner = new PowerPlanner(schedules, new MemoryHolidayCalendarRepository(), new MemoryRuntimeLimitRepository(), new MemoryReservationRepository(), off);
      handler = new ReconcilePowerHandler(fleet, planner, clock, off);
      fleet.add({ id: 'w1', name: 'lab-1', status: 'running', statusChangedAt: '2026-12-02T09:00:00Z' });
      clock.set('2026-12-02T16:59:00Z');
      expect((await handler.execute()).warned).toEqual([]);
    });
  });

  it('goes on with the other workers when one fails', async () => {
    fleet.add({ id: 'w1', name: 'lab-1', status: 'stopped' });
    fleet.add({ id: 'w2', name: 'lab-2', status: 'stopped' });
    const power = fleet.power.bind(fleet);
    fleet.power = async (id, ...rest) => (id === 'w1' ? Promise.reject(new Error('EC2 refused')) : power(id, ...rest));
    const summary = await handler.execute();
    expect(summary.failed).toEqual([{ worker: 'lab-1', error: 'EC2 refused' }]);
    expect(summary.started).toEqual(['lab-2']);
  });
});
