import { DomainError } from '#kernel';
import { loadConfig } from '../../../../config/app-config.js';
import { ManualClock } from '../../../../../../../test/support/unit/fakes.js';
import {
  MemoryHolidayCalendarRepository,
  MemoryPowerHistory,
  MemoryReservationRepository,
  MemoryRuntimeLimitRepository,
  MemoryScheduleRepository,
  MemoryWorkerFleet,
} from '../../../../../../../test/support/unit/memory-scheduling.js';
import { HolidayCalendar } from '../../domain/holiday-calendar.aggregate.js';
import { Reservation } from '../../domain/reservation.aggregate.js';
import { Schedule } from '../../domain/schedule.aggregate.js';
import { PowerPlanner } from '../power-planner.service.js';
import {
  GetHolidayCalendarHandler,
  GetPowerPlanHandler,
  GetWorkerPowerHandler,
  ListReservationsHandler,
  ListSchedulesHandler,
  ReservationViews,
  runningPeriods,
} from './scheduling-query.handlers.js';
import { GetHolidayCalendarQuery, GetPowerPlanQuery, GetWorkerPowerQuery, ListReservationsQuery, ListSchedulesQuery } from './scheduling.queries.js';

const config = loadConfig({ MONGODB_URI: 'mongodb://127.0.0.1:1/unused', OIDC_ISSUER_URL: 'http://127.0.0.1:1/realms/unused', AWS_REGIONS: 'us-east-1', RESERVATION_LEAD_DEFAULT_MINUTES: '20', RESERVATION_LEAD_MARGIN_MINUTES: '5' });
const mia = { kind: 'user' as const, id: 'u-m', name: 'mia' };
const d = (iso: string) => new Date(iso);

describe('runningPeriods (the fleet timeline’s actual bars)', () => {
  const from = d('2026-12-01T00:00:00Z');
  const to = d('2026-12-03T00:00:00Z');
  it.each([
    ['no change, stopped now: never ran', [], 'stopped', []],
    ['no change, running now: ran the whole range and still runs', [], 'running', [{ start: from.toISOString() }]],
    [
      'started and stopped inside the range',
      [
        { at: d('2026-12-01T08:00:00Z'), from: 'stopped', to: 'pending' },
        { at: d('2026-12-01T08:02:00Z'), from: 'pending', to: 'running' },
        { at: d('2026-12-01T18:00:00Z'), from: 'running', to: 'stopping' },
        { at: d('2026-12-01T18:01:00Z'), from: 'stopping', to: 'stopped' },
      ],
      'stopped',
      [{ start: '2026-12-01T08:00:00.000Z', end: '2026-12-01T18:01:00.000Z' }],
    ],
    ['running at the start (the first change leaves running)', [{ at: d('2026-12-01T06:00:00Z'), from: 'running', to: 'stopping' }, { at: d('2026-12-01T06:01:00Z'), from: 'stopping', to: 'stopped' }], 'stopped', [{ start: from.toISOString(), end: '2026-12-01T06:01:00.000Z' }]],
    ['started inside, stopped after the range: cut at its end', [{ at: d('2026-12-02T20:00:00Z'), from: 'stopped', to: 'pending' }, { at: d('2026-12-03T05:00:00Z'), from: 'running', to: 'stopped' }], 'stopped', [{ start: '2026-12-02T20:00:00.000Z', end: to.toISOString() }]],
  ])('%s', (_what, changes, statusNow, expected) => {
    expect(runningPeriods(changes, statusNow, from, to)).toEqual(expected);
  });
});

describe('scheduling queries', () => {
  const clock = new ManualClock('2026-12-02T10:00:00Z');
  let fleet: MemoryWorkerFleet;
  let schedules: MemoryScheduleRepository;
  let calendars: MemoryHolidayCalendarRepository;
  let reservations: MemoryReservationRepository;
  let history: MemoryPowerHistory;
  let planner: PowerPlanner;
  const ctx = () => ({ actor: mia, now: clock.now() });

  beforeEach(async () => {
    clock.set('2026-12-02T10:00:00Z');
    fleet = new MemoryWorkerFleet();
    schedules = new MemoryScheduleRepository();
    calendars = new MemoryHolidayCalendarRepository();
    reservations = new MemoryReservationRepository();
    history = new MemoryPowerHistory();
    planner = new PowerPlanner(schedules, calendars, new MemoryRuntimeLimitRepository(), reservations, config);
    fleet.add({ id: 'w1', name: 'lab-b', status: 'running', tags: { team: 'ccna' }, statusChangedAt: '2026-12-02T07:00:00Z', bootToReadySeconds: [600, 720, 660] });
    fleet.add({ id: 'w2', name: 'lab-a', status: 'stopped', tags: { team: 'other' } });
    await calendars.save(HolidayCalendar.create('c1', { name: 'Holidays', holidays: [{ date: '2026-12-25' }] }, ctx()));
    await schedules.save(Schedule.create('s1', { name: 'Berlin classroom', timezone: 'Europe/Berlin', periods: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '08:00', end: '18:00' }], behaviour: 'start-stop', calendarId: 'c1', assignment: { workerIds: [], selector: { team: ['ccna'] } } }, ctx()));
  });

  it('lists schedules with the workers they apply to now', async () => {
    const [s] = await new ListSchedulesHandler(schedules, fleet).execute();
    expect(s).toMatchObject({ id: 's1', name: 'Berlin classroom', workers: [{ id: 'w1', name: 'lab-b' }] });
    expect(s).not.toHaveProperty('deletedAt');
    void ListSchedulesQuery;
  });

  it('names the schedules that use a calendar', async () => {
    const c = await new GetHolidayCalendarHandler(calendars, schedules).execute(new GetHolidayCalendarQuery('c1'));
    expect(c.usedBy).toEqual([{ id: 's1', name: 'Berlin classroom' }]);
  });

  it('lists reservations in a range with each worker’s lead time (median boot-to-ready + margin, or the default)', async () => {
    await reservations.save(Reservation.create('r1', { purpose: 'CCNA', owner: 'mia', start: d('2026-12-03T08:00:00Z'), end: d('2026-12-03T16:00:00Z'), workerIds: ['w1', 'w2'] }, ctx()));
    await reservations.save(Reservation.create('r2', { purpose: 'Later', owner: 'mia', start: d('2026-12-10T08:00:00Z'), end: d('2026-12-10T16:00:00Z'), workerIds: ['w2'] }, ctx()));
    const list = new ListReservationsHandler(reservations, new ReservationViews(fleet, config), clock);
    const all = await list.execute(new ListReservationsQuery({}));
    expect(all.map((r) => r.id)).toEqual(['r1', 'r2']);
    expect(all[0]).toMatchObject({ workers: [{ id: 'w1', name: 'lab-b' }, { id: 'w2', name: 'lab-a' }], leadMinutes: { w1: 16, w2: 20 } });
    expect((await list.execute(new ListReservationsQuery({ to: d('2026-12-05T00:00:00Z') }))).map((r) => r.id)).toEqual(['r1']);
    expect((await list.execute(new ListReservationsQuery({ workerId: 'w1' }))).map((r) => r.id)).toEqual(['r1']);
  });

  it('answers a worker’s power live, with the deciding schedule’s time zone', async () => {
    const power = await new GetWorkerPowerHandler(fleet, planner, clock).execute(new GetWorkerPowerQuery('w1'));
    expect(power).toMatchObject({ workerId: 'w1', state: 'running', rule: { kind: 'schedule', id: 's1' }, until: '2026-12-02T17:00:00.000Z', timezone: 'Europe/Berlin' });
    expect(power.next[0]).toMatchObject({ at: '2026-12-02T17:00:00.000Z', state: 'stopped' });
    const none = await new GetWorkerPowerHandler(fleet, planner, clock).execute(new GetWorkerPowerQuery('w2'));
    expect(none).toMatchObject({ state: 'either', rule: { kind: 'none' } });
    expect(none).not.toHaveProperty('timezone');
  });

  it('starts a worker’s actual bar no earlier than the product knew it (imported while running)', async () => {
    fleet.workers.get('w2')!.status = 'running';
    fleet.workers.get('w2')!.createdAt = '2026-12-02T09:30:00Z';
    const plan = await new GetPowerPlanHandler(fleet, planner, reservations, history, clock).execute(new GetPowerPlanQuery(d('2026-12-01T00:00:00Z'), d('2026-12-04T00:00:00Z')));
    expect(plan.rows.find((r) => r.workerId === 'w2')!.actual).toEqual([{ start: '2026-12-02T09:30:00.000Z' }]);
    const before = await new GetPowerPlanHandler(fleet, planner, reservations, history, clock).execute(new GetPowerPlanQuery(d('2026-11-20T00:00:00Z'), d('2026-11-21T00:00:00Z')));
    expect(before.rows.find((r) => r.workerId === 'w2')!.actual).toEqual([]);
  });

  it('plans the fleet over a range: rows by name with actual, planned, reservations and overrides', async () => {
    fleet.workers.get('w2')!.override = { kind: 'keep-running', until: '2026-12-02T20:00:00Z', by: 'mia' };
    await reservations.save(Reservation.create('r1', { purpose: 'CCNA', owner: 'mia', start: d('2026-12-03T08:00:00Z'), end: d('2026-12-03T16:00:00Z'), workerIds: ['w2'] }, ctx()));
    history.changes.set('w1', [{ at: d('2026-12-02T07:00:00Z'), from: 'stopped', to: 'running' }]);
    const plan = await new GetPowerPlanHandler(fleet, planner, reservations, history, clock).execute(new GetPowerPlanQuery(d('2026-12-02T00:00:00Z'), d('2026-12-04T00:00:00Z')));
    expect(plan).toMatchObject({ from: '2026-12-02T00:00:00.000Z', to: '2026-12-04T00:00:00.000Z', now: '2026-12-02T10:00:00.000Z' });
    expect(plan.rows.map((r) => r.name)).toEqual(['lab-a', 'lab-b']);
    const [a, b] = plan.rows;
    expect(b.actual).toEqual([{ start: '2026-12-02T07:00:00.000Z' }]);
    expect(b.planned.filter((p) => p.state === 'running').map((p) => [p.start, p.end])).toEqual([
      ['2026-12-02T07:00:00.000Z', '2026-12-02T17:00:00.000Z'],
      ['2026-12-03T07:00:00.000Z', '2026-12-03T17:00:00.000Z'],
    ]);
    expect(a.reservations).toEqual([{ id: 'r1', purpose: 'CCNA', owner: 'mia', start: '2026-12-03T08:00:00.000Z', end: '2026-12-03T16:00:00.000Z' }]);
    expect(a.overrides).toEqual([{ id: 'override-w2', kind: 'keep-running', until: '2026-12-02T20:00:00Z', by: 'mia' }]);
    expect(a.planned.map((p) => p.rule)).toEqual(['override', 'none', 'reservation', 'none']);
  });

  it.each([
    ['to before from', '2026-12-05T00:00:00Z', '2026-12-04T00:00:00Z', /to must come after from/],
    ['more than 31 days', '2026-12-01T00:00:00Z', '2027-01-02T00:00:01Z', /at most 31 days/],
  ])('refuses a plan range with %s', async (_what, from, to, message) => {
    const handler = new GetPowerPlanHandler(fleet, planner, reservations, history, clock);
    const err = await handler.execute(new GetPowerPlanQuery(d(from), d(to))).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DomainError);
    expect(err).toMatchObject({ code: 'PLAN.RANGE_INVALID', message: expect.stringMatching(message) });
  });
});
