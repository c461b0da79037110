/**
 * The console's client for the scheduling API (issue 13): schedules, holiday calendars, runtime
 * limits, reservations, overrides, owners, a worker's power and the fleet plan. Its types are the
 * generated ones (`web/src/lib/api-types.ts`, `npm run gen:web-types`), named for the console.
 */
import { useMutation, useQuery, useQueryClient, keepPreviousData } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { components } from '../../../lib/api-types';
import { schedulingKeys, workerKeys } from '../../../lib/query-keys';

type S = components['schemas'];

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export type ScheduleBehaviour = S['ScheduleBodyDto']['behaviour'];
/** Tag key -> accepted values; a worker matches when each key has one of its values. */
export type TagSelector = Record<string, string[]>;
export type WeeklyPeriod = S['WeeklyPeriodDto'];
export type Assignment = S['AssignmentDto'];
export type WorkerRef = { id: string; name: string };
export type ScheduleInput = S['ScheduleBodyDto'];
export type Schedule = S['ScheduleResponse'];
export type Holiday = S['HolidayDto'];
export type HolidayCalendarInput = S['HolidayCalendarBodyDto'];
export type HolidayCalendar = S['HolidayCalendarResponse'];
export type RuntimeLimitInput = S['RuntimeLimitBodyDto'];
export type RuntimeLimit = S['RuntimeLimitResponse'];
export type ReservationInput = S['ReservationBodyDto'];
export type Reservation = S['ReservationResponse'];
export type WorkerPower = S['WorkerPowerResponse'];
export type PowerState = WorkerPower['state'];
export type PowerRule = S['PowerRuleResponse'];
export type PowerRuleKind = PowerRule['kind'];
export type PowerTransition = S['PowerTransitionResponse'];
export type WorkerOverride = S['PowerOverrideResponse'];
export type OverrideKind = WorkerOverride['kind'];
/** What issue 13 adds to the worker response (owner, override, the reconciler's record); the rest is the workers feature's. */
export type WorkerOwnership = Pick<S['WorkerResponse'], 'id' | 'name' | 'owner' | 'override' | 'desiredPower' | 'powerAttempts'>;
export type FleetPlan = S['PowerPlanResponse'];

interface Items<T> {
  items: T[];
}

const at = (path: string, id: string) => `${path}/${encodeURIComponent(id)}`;

// ---- reads -------------------------------------------------------------------------------------

export async function getPlan(from: string, to: string, signal?: AbortSignal): Promise<FleetPlan> {
  return (await api.get<FleetPlan>('/scheduling/plan', { params: { from, to }, signal })).data;
}
export const usePlan = (from: string, to: string) =>
  useQuery({ queryKey: schedulingKeys.plan(from, to), queryFn: ({ signal }) => getPlan(from, to, signal), placeholderData: keepPreviousData, refetchInterval: 60_000 });

export const useSchedules = () => useQuery({ queryKey: schedulingKeys.schedules(), queryFn: async ({ signal }) => (await api.get<Items<Schedule>>('/schedules', { signal })).data.items });
export const useSchedule = (id: string | undefined) =>
  useQuery({ queryKey: schedulingKeys.schedule(id ?? ''), queryFn: async ({ signal }) => (await api.get<Schedule>(at('/schedules', id!), { signal })).data, enabled: Boolean(id) });

export const useCalendars = () =>
  useQuery({ queryKey: schedulingKeys.calendars(), queryFn: async ({ signal }) => (await api.get<Items<HolidayCalendar>>('/holiday-calendars', { signal })).data.items });
export const useCalendar = (id: string | undefined) =>
  useQuery({ queryKey: schedulingKeys.calendar(id ?? ''), queryFn: async ({ signal }) => (await api.get<HolidayCalendar>(at('/holiday-calendars', id!), { signal })).data, enabled: Boolean(id) });

export const useRuntimeLimits = () =>
  useQuery({ queryKey: schedulingKeys.runtimeLimits(), queryFn: async ({ signal }) => (await api.get<Items<RuntimeLimit>>('/runtime-limits', { signal })).data.items });
export const useRuntimeLimit = (id: string | undefined) =>
  useQuery({ queryKey: schedulingKeys.runtimeLimit(id ?? ''), queryFn: async ({ signal }) => (await api.get<RuntimeLimit>(at('/runtime-limits', id!), { signal })).data, enabled: Boolean(id) });

export const useReservations = (range: { from?: string; to?: string; workerId?: string } = {}) =>
  useQuery({ queryKey: schedulingKeys.reservations(range), queryFn: async ({ signal }) => (await api.get<Items<Reservation>>('/reservations', { params: range, signal })).data.items });

export const useWorkerPower = (workerId: string) =>
  useQuery({ queryKey: schedulingKeys.power(workerId), queryFn: async ({ signal }) => (await api.get<WorkerPower>(`${at('/workers', workerId)}/power`, { signal })).data });

/** A worker as the pickers need it: id, name, tags (the first 500 workers by name). */
export interface WorkerChoice {
  id: string;
  name: string;
  tags: Record<string, string>;
  owner?: string;
}
export const useWorkerChoices = () =>
  useQuery({
    queryKey: schedulingKeys.workerChoices(),
    queryFn: async ({ signal }) => (await api.get<Items<WorkerChoice>>('/workers', { params: { sort: 'name', page: 1, pageSize: 500 }, signal })).data.items,
    staleTime: 60_000,
  });

// ---- writes ------------------------------------------------------------------------------------

function useSave<In, Out>(path: string, listKey: readonly unknown[], detailKey: (id: string) => readonly unknown[]) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, body }: { id?: string; body: In }) => (id ? await api.put<Out>(at(path, id), body) : await api.post<Out>(path, body)).data,
    onSuccess: (saved) => {
      const id = (saved as { id?: string }).id;
      if (id) client.setQueryData(detailKey(id), saved);
      void client.invalidateQueries({ queryKey: listKey, exact: true });
      void client.invalidateQueries({ queryKey: [...schedulingKeys.all, 'plan'] });
    },
  });
}

function useDelete(path: string, listKey: readonly unknown[]) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) => {
      await api.delete(at(path, id));
    },
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: listKey });
      void client.invalidateQueries({ queryKey: [...schedulingKeys.all, 'plan'] });
    },
  });
}

export const useSaveSchedule = () => useSave<ScheduleInput, Schedule>('/schedules', schedulingKeys.schedules(), schedulingKeys.schedule);
export const useDeleteSchedule = () => useDelete('/schedules', schedulingKeys.schedules());
export const useSaveCalendar = () => useSave<HolidayCalendarInput, HolidayCalendar>('/holiday-calendars', schedulingKeys.calendars(), schedulingKeys.calendar);
export const useDeleteCalendar = () => useDelete('/holiday-calendars', schedulingKeys.calendars());
export const useSaveRuntimeLimit = () => useSave<RuntimeLimitInput, RuntimeLimit>('/runtime-limits', schedulingKeys.runtimeLimits(), schedulingKeys.runtimeLimit);
export const useDeleteRuntimeLimit = () => useDelete('/runtime-limits', schedulingKeys.runtimeLimits());

/** A calendar from an iCalendar file: its all-day events become the holidays (manager). */
export function useImportCalendar() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (input: { name: string; ics: string }) => (await api.post<HolidayCalendar>('/holiday-calendars/import', input)).data,
    onSuccess: (saved) => {
      client.setQueryData(schedulingKeys.calendar(saved.id), saved);
      void client.invalidateQueries({ queryKey: schedulingKeys.calendars(), exact: true });
    },
  });
}

export function useCreateReservation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (input: ReservationInput) => (await api.post<Reservation>('/reservations', input)).data,
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: [...schedulingKeys.all, 'reservations'] });
      void client.invalidateQueries({ queryKey: [...schedulingKeys.all, 'plan'] });
    },
  });
}

export function useCancelReservation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) => {
      await api.delete(at('/reservations', id));
    },
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: [...schedulingKeys.all, 'reservations'] });
      void client.invalidateQueries({ queryKey: [...schedulingKeys.all, 'plan'] });
    },
  });
}

/** After a change to a worker's owner or override: the server's worker goes into the cache, its power is asked again. */
function useWorkerChange<In>(request: (input: In) => Promise<WorkerOwnership>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: (worker) => {
      client.setQueryData(workerKeys.detail(worker.id), (old: object | undefined) => (old ? { ...old, ...worker } : worker));
      void client.invalidateQueries({ queryKey: workerKeys.detail(worker.id) });
      void client.invalidateQueries({ queryKey: workerKeys.lists() });
    },
  });
}

/** Changes a worker's owner; an empty string clears it (admin). */
export const useChangeOwner = () => useWorkerChange(async ({ id, owner }: { id: string; owner: string }) => (await api.put<WorkerOwnership>(`${at('/workers', id)}/owner`, { owner })).data);

/** "Keep running until" / "Keep stopped until" (the owner or a manager). */
export const useSetOverride = () =>
  useWorkerChange(async ({ id, kind, until }: { id: string; kind: OverrideKind; until: string }) => (await api.put<WorkerOwnership>(`${at('/workers', id)}/override`, { kind, until })).data);

export const useClearOverride = () => useWorkerChange(async (id: string) => (await api.delete<WorkerOwnership>(`${at('/workers', id)}/override`)).data);
