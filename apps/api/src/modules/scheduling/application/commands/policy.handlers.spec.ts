import { ManualClock } from '../../../../../../../test/support/unit/fakes.js';
import { MemoryHolidayCalendarRepository, MemoryScheduleRepository, MemoryWorkerFleet } from '../../../../../../../test/support/unit/memory-scheduling.js';
import { SaveScheduleCommand } from './policy.commands.js';
import { assignmentFleetProblems, SaveScheduleHandler } from './policy.handlers.js';

const mia = { kind: 'user' as const, id: 'u-m', name: 'mia' };

describe('saving a schedule against the fleet as it is', () => {
  const fleet = new MemoryWorkerFleet();
  fleet.add({ id: 'w1', name: 'lab-1', tags: { team: 'ccna' } });

  it.each([
    [{ workerIds: ['w1'] }, []],
    [{ workerIds: [], selector: { team: ['ccna'] } }, []],
    [{ workerIds: ['w9'] }, ['assignment.workerIds: w9 is not a managed worker']],
    [{ workerIds: [], selector: { team: ['cnna'] } }, ['assignment.selector: no managed worker has the tags team=cnna; check the tag keys and values']],
  ])('%j: %j', async (assignment, problems) => {
    expect(await assignmentFleetProblems(assignment, fleet)).toEqual(problems);
  });

  it('refuses a schedule whose selector matches nothing, with SCHEDULE.INVALID naming it; takes a calendar off when asked', async () => {
    const schedules = new MemoryScheduleRepository();
    const handler = new SaveScheduleHandler(schedules, new MemoryHolidayCalendarRepository(), fleet, new ManualClock());
    const def = { name: 'Office', timezone: 'UTC', periods: [{ days: ['mon' as const], start: '09:00', end: '17:00' }], behaviour: 'start-stop' as const, assignment: { workerIds: [], selector: { team: ['cnna'] } } };
    await expect(handler.execute(new SaveScheduleCommand(def, mia))).rejects.toMatchObject({ code: 'SCHEDULE.INVALID', message: expect.stringContaining('team=cnna') });
    const id = await handler.execute(new SaveScheduleCommand({ ...def, assignment: { workerIds: ['w1'] } }, mia));
    expect((await schedules.get(id)).snapshot()).toMatchObject({ name: 'Office', assignment: { workerIds: ['w1'] } });
  });
});
