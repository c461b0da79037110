// A spec helper (".test.ts": left out of the build, not run as a suite).
import type { Actor } from '#kernel';
import type { Full, ResponseSample } from '../../../../platform/http/schema-conformance.test.js';
import type { HolidayCalendarView, PowerPlanView, ReservationView, RuntimeLimitView, ScheduleView, WorkerPowerView } from '../../application/queries/scheduling.queries.js';
import {
  toHolidayCalendarListResponse,
  toHolidayCalendarResponse,
  toPowerPlanResponse,
  toReservationListResponse,
  toReservationResponse,
  toRuntimeLimitListResponse,
  toRuntimeLimitResponse,
  toScheduleListResponse,
  toScheduleResponse,
  toWorkerPowerResponse,
} from './scheduling.presenter.js';

const T = '2026-12-02T10:00:00.000Z';
const ada: Actor = { kind: 'user', id: 'u-1', name: 'ada' };
const W = '0193b2c4-0000-7000-8000-000000000000';

const schedule: Full<ScheduleView> = {
  id: 's-1',
  name: 'CCNA classroom',
  timezone: 'Europe/Berlin',
  periods: [{ days: ['mon', 'tue'], start: '08:00', end: '18:00' }],
  behaviour: 'start-stop',
  calendarId: 'c-1',
  assignment: { workerIds: [W], selector: { team: ['ccna'] } },
  workers: [{ id: W, name: 'lab-east-1' }],
  createdAt: T,
  createdBy: ada,
  updatedAt: T,
};

const calendar: Full<HolidayCalendarView> = { id: 'c-1', name: 'German public holidays', holidays: [{ date: '2026-12-25', name: 'Christmas Day' }], usedBy: [{ id: 's-1', name: 'CCNA classroom' }], createdAt: T, createdBy: ada, updatedAt: T };

const limit: Full<RuntimeLimitView> = { id: 'l-1', name: 'Twelve hours at most', hours: 12, assignment: { workerIds: [W], selector: { team: ['ccna'] } }, workers: [{ id: W, name: 'lab-east-1' }], createdAt: T, createdBy: ada, updatedAt: T };

const reservation: Full<ReservationView> = {
  id: 'r-1',
  purpose: 'CCNA class, group B',
  owner: 'ada',
  start: T,
  end: T,
  workerIds: [W],
  workers: [{ id: W, name: 'lab-east-1' }],
  requested: { count: 1, selector: { team: ['ccna'] } },
  leadMinutes: { [W]: 25 },
  createdAt: T,
  createdBy: ada,
  cancelledAt: T,
  cancelledBy: ada,
};

const rule = { kind: 'schedule' as const, id: 's-1', name: 'CCNA classroom' };
const power: Full<WorkerPowerView> = {
  workerId: W,
  state: 'running',
  rule,
  reason: 'Schedule "CCNA classroom" has it running until 18:00 (Europe/Berlin).',
  until: T,
  next: [{ at: T, state: 'stopped', rule, reason: 'Schedule "CCNA classroom" has it stopped outside its windows.' }],
  timezone: 'Europe/Berlin',
};

const plan: Full<PowerPlanView> = {
  from: T,
  to: T,
  now: T,
  rows: [
    {
      workerId: W,
      name: 'lab-east-1',
      actual: [{ start: T, end: T }],
      planned: [{ start: T, end: T, state: 'running', rule: 'schedule', label: 'Schedule "CCNA classroom" has it running until 18:00 (Europe/Berlin).' }],
      reservations: [{ id: 'r-1', purpose: 'CCNA class, group B', owner: 'ada', start: T, end: T }],
      overrides: [{ id: `override-${W}`, kind: 'keep-running', until: T, by: 'ada' }],
    },
  ],
};

/** The scheduling module's presenters, each given a sample with every field set. */
export const SCHEDULING_RESPONSE_SAMPLES: ResponseSample[] = [
  { schema: 'ScheduleResponse', body: toScheduleResponse(schedule) },
  { schema: 'ScheduleListResponse', body: toScheduleListResponse([schedule]) },
  { schema: 'HolidayCalendarResponse', body: toHolidayCalendarResponse(calendar) },
  { schema: 'HolidayCalendarListResponse', body: toHolidayCalendarListResponse([calendar]) },
  { schema: 'RuntimeLimitResponse', body: toRuntimeLimitResponse(limit) },
  { schema: 'RuntimeLimitListResponse', body: toRuntimeLimitListResponse([limit]) },
  { schema: 'ReservationResponse', body: toReservationResponse(reservation) },
  { schema: 'ReservationListResponse', body: toReservationListResponse([reservation]) },
  { schema: 'WorkerPowerResponse', body: toWorkerPowerResponse(power) },
  { schema: 'PowerPlanResponse', body: toPowerPlanResponse(plan) },
];
