/** Events of the scheduling module: schedules, holiday calendars, runtime limits, reservations. */
export type ScheduleBehaviourName = 'start-stop' | 'start-only' | 'stop-only';

export interface SchedulingEvents {
  /** A schedule was created (`created`) or changed. */
  'schedule.saved': { name: string; timezone: string; behaviour: ScheduleBehaviourName; periods: number; calendarId?: string; assignment: string; created: boolean };
  'schedule.deleted': { name: string };
  /** A holiday calendar was created or its days changed. */
  'holiday-calendar.saved': { name: string; days: number; created: boolean };
  'holiday-calendar.deleted': { name: string };
  /** A runtime limit ("stop after N hours running") was created or changed. */
  'runtime-limit.saved': { name: string; hours: number; assignment: string; created: boolean };
  'runtime-limit.deleted': { name: string };
  /** Workers were reserved for a time window. */
  'reservation.created': { purpose: string; owner: string; start: string; end: string; workerIds: string[] };
  'reservation.cancelled': { purpose: string; workerIds: string[] };
}
