import { ConcurrencyError, uuidv7 } from '#kernel';
import { HolidayCalendarRepository, ReservationRepository, RuntimeLimitRepository, ScheduleRepository } from '../../../apps/api/src/modules/scheduling/application/ports/scheduling-repositories.port.js';
import { type FleetWorker, type PowerTrigger, WorkerFleet } from '../../../apps/api/src/modules/scheduling/application/ports/worker-fleet.port.js';
import { PowerHistory, type StatusChange } from '../../../apps/api/src/modules/scheduling/application/ports/power-history.port.js';
import type { DesiredPower } from '../../../apps/api/src/modules/scheduling/domain/desired-state.rule.js';
import type { PlannedStop } from '../../../apps/api/src/modules/scheduling/domain/stop-warning.rule.js';
import { HolidayCalendar } from '../../../apps/api/src/modules/scheduling/domain/holiday-calendar.aggregate.js';
import { Reservation } from '../../../apps/api/src/modules/scheduling/domain/reservation.aggregate.js';
import { RuntimeLimit } from '../../../apps/api/src/modules/scheduling/domain/runtime-limit.aggregate.js';
import { Schedule } from '../../../apps/api/src/modules/scheduling/domain/schedule.aggregate.js';
import { SchedulingErrors } from '../../../apps/api/src/modules/scheduling/domain/scheduling.errors.js';

interface Aggregate {
  id: string;
  version: number;
  expectedVersion: number;
  snapshot(): object;
  markPersisted(): void;
}

const pause = () => new Promise((r) => setImmediate(r));

/** Aggregates kept as copies of their state, version-checked like the Mongo store; every call yields once, as I/O would. */
class MemoryStore<A extends Aggregate> {
  readonly docs = new Map<string, { state: object; version: number }>();
  constructor(private readonly build: (id: string, state: never, version: number) => A) {}

  async find(id: string): Promise<A | undefined> {
    await pause();
    const doc = this.docs.get(id);
    return doc ? this.build(id, structuredClone(doc.state) as never, doc.version) : undefined;
  }

  async all(): Promise<A[]> {
    await pause();
    return [...this.docs.entries()].map(([id, d]) => this.build(id, structuredClone(d.state) as never, d.version));
  }

  async save(a: A): Promise<void> {
    await pause();
    const stored = this.docs.get(a.id);
    if ((stored?.version ?? 0) !== a.expectedVersion) throw new ConcurrencyError('memory', a.id);
    this.docs.set(a.id, { state: structuredClone(a.snapshot()), version: a.version });
    a.markPersisted();
  }
}

export class MemoryScheduleRepository extends ScheduleRepository {
  readonly store = new MemoryStore<Schedule>((id, s, v) => new Schedule(id, s, v));
  newId = () => uuidv7();
  async get(id: string): Promise<Schedule> {
    const s = await this.store.find(id);
    if (!s || s.deleted) throw SchedulingErrors.scheduleNotFound(id);
    return s;
  }
  save = (s: Schedule) => this.store.save(s);
  active = async () => (await this.store.all()).filter((s) => !s.deleted);
}

export class MemoryHolidayCalendarRepository extends HolidayCalendarRepository {
  readonly store = new MemoryStore<HolidayCalendar>((id, s, v) => new HolidayCalendar(id, s, v));
  newId = () => uuidv7();
  async get(id: string): Promise<HolidayCalendar> {
    const c = await this.store.find(id);
    if (!c || c.deleted) throw SchedulingErrors.calendarNotFound(id);
    return c;
  }
  save = (c: HolidayCalendar) => this.store.save(c);
  active = async () => (await this.store.all()).filter((c) => !c.deleted);
}

export class MemoryRuntimeLimitRepository extends RuntimeLimitRepository {
  readonly store = new MemoryStore<RuntimeLimit>((id, s, v) => new RuntimeLimit(id, s, v));
  newId = () => uuidv7();
  async get(id: string): Promise<RuntimeLimit> {
    const l = await this.store.find(id);
    if (!l || l.deleted) throw SchedulingErrors.runtimeLimitNotFound(id);
    return l;
  }
  save = (l: RuntimeLimit) => this.store.save(l);
  active = async () => (await this.store.all()).filter((l) => !l.deleted);
}

export class MemoryReservationRepository extends ReservationRepository {
  readonly store = new MemoryStore<Reservation>((id, s, v) => new Reservation(id, s, v));
  newId = () => uuidv7();
  async get(id: string): Promise<Reservation> {
    const r = await this.store.find(id);
    if (!r) throw SchedulingErrors.reservationNotFound(id);
    return r;
  }
  save = (r: Reservation) => this.store.save(r);
  endingAfter = async (after: Date) => (await this.store.all()).filter((r) => r.window.end > after).sort((a, b) => a.window.start.getTime() - b.window.start.getTime());
}

/** The fleet as the scheduling module sees it, recording what the reconciler asked of it. */
export class MemoryWorkerFleet extends WorkerFleet {
  readonly workers = new Map<string, FleetWorker>();
  readonly desired = new Map<string, DesiredPower>();
  readonly actions: { id: string; action: 'start' | 'stop'; trigger: PowerTrigger; reason: string }[] = [];
  readonly held: { id: string; reason: string }[] = [];
  readonly expired: string[] = [];
  readonly warnings: { id: string; stop: PlannedStop; reason: string }[] = [];

  add(worker: Partial<FleetWorker> & { id: string }): FleetWorker {
    const w: FleetWorker = { name: worker.id, region: 'us-east-1', status: 'stopped', tags: {}, bootToReadySeconds: [], ...worker };
    this.workers.set(w.id, w);
    return w;
  }
  async all(): Promise<FleetWorker[]> {
    await pause();
    return [...this.workers.values()].map((w) => ({ ...w }));
  }
  async get(id: string): Promise<FleetWorker> {
    const w = this.workers.get(id);
    if (!w) throw new Error(`no worker ${id}`);
    return { ...w };
  }
  async recordDesired(id: string, desired: DesiredPower): Promise<void> {
    this.desired.set(id, desired);
  }
  async power(id: string, action: 'start' | 'stop', trigger: PowerTrigger, reason: string): Promise<{ changed: boolean; message: string }> {
    this.actions.push({ id, action, trigger, reason });
    this.workers.get(id)!.status = action === 'start' ? 'pending' : 'stopping';
    return { changed: true, message: `${action}ed` };
  }
  /** Keeps the warned stop on the worker, as the workers module does. */
  async warnStop(id: string, stop: PlannedStop, reason: string): Promise<void> {
    const worker = this.workers.get(id)!;
    if (worker.stopWarnedFor === stop.at.toISOString()) return;
    worker.stopWarnedFor = stop.at.toISOString();
    this.warnings.push({ id, stop, reason });
  }
  async recordHeld(id: string, reason: string): Promise<void> {
    this.held.push({ id, reason });
  }
  async expireOverride(id: string): Promise<boolean> {
    const worker = this.workers.get(id)!;
    if (!worker.override) return false;
    this.expired.push(id);
    delete worker.override;
    return true;
  }
}

export class MemoryPowerHistory extends PowerHistory {
  readonly changes = new Map<string, StatusChange[]>();
  async statusChangesSince(workerIds: string[], from: Date): Promise<Map<string, StatusChange[]>> {
    const out = new Map<string, StatusChange[]>();
    for (const id of workerIds) {
      const list = (this.changes.get(id) ?? []).filter((c) => c.at >= from);
      if (list.length) out.set(id, list);
    }
    return out;
  }
}
