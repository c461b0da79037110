import { loadConfig } from '../../../../../config/app-config.js';
import { ManualClock } from '../../../../../../../../test/support/unit/fakes.js';
import { MemoryHolidayCalendarRepository, MemoryReservationRepository, MemoryRuntimeLimitRepository, MemoryScheduleRepository, MemoryWorkerFleet } from '../../../../../../../../test/support/unit/memory-scheduling.js';
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
