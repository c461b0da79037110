import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { uuidv7 } from '#kernel';
import { type AggregateDocument, MongoAggregateStore, OutboxRelay } from '#persistence';
import { HolidayCalendarRepository, ReservationRepository, RuntimeLimitRepository, ScheduleRepository } from '../../application/ports/scheduling-repositories.port.js';
import type { HolidayCalendar } from '../../domain/holiday-calendar.aggregate.js';
import type { Reservation } from '../../domain/reservation.aggregate.js';
import type { RuntimeLimit } from '../../domain/runtime-limit.aggregate.js';
import type { Schedule } from '../../domain/schedule.aggregate.js';
import { SchedulingErrors } from '../../domain/scheduling.errors.js';
import {
  type HolidayCalendarDocument,
  holidayCalendarMapper,
  type ReservationDocument,
  reservationMapper,
  type RuntimeLimitDocument,
  runtimeLimitMapper,
  type ScheduleDocument,
  scheduleMapper,
} from './scheduling.mappers.js';
import { HOLIDAY_CALENDAR_MODEL, RESERVATION_MODEL, RUNTIME_LIMIT_MODEL, SCHEDULE_MODEL } from './scheduling.schemas.js';

/** Not deleted (deleted policies stay, marked, for their history). */
const ACTIVE = { deletedAt: { $exists: false } };

/** Schedules, one document each with their outbox (`scheduling.schemas.ts`). */
@Injectable()
export class ScheduleMongoRepository extends ScheduleRepository {
  private readonly store: MongoAggregateStore<Schedule, ScheduleDocument>;

  constructor(@InjectModel(SCHEDULE_MODEL) private readonly model: Model<AggregateDocument<ScheduleDocument>>, relay: OutboxRelay) {
    super();
    this.store = new MongoAggregateStore(model, 'schedule', scheduleMapper, relay);
  }

  newId(): string {
    return uuidv7();
  }

  async get(id: string): Promise<Schedule> {
    const found = await this.store.findById(id);
    if (!found || found.deleted) throw SchedulingErrors.scheduleNotFound(id);
    return found;
  }

  save(schedule: Schedule): Promise<void> {
    return this.store.save(schedule);
  }

  async active(): Promise<Schedule[]> {
    const docs = await this.model.find(ACTIVE).sort({ name: 1 }).lean<AggregateDocument<ScheduleDocument>[]>();
    return docs.map((d) => this.store.fromStored(d));
  }
}

@Injectable()
export class HolidayCalendarMongoRepository extends HolidayCalendarRepository {
  private readonly store: MongoAggregateStore<HolidayCalendar, HolidayCalendarDocument>;

  constructor(@InjectModel(HOLIDAY_CALENDAR_MODEL) private readonly model: Model<AggregateDocument<HolidayCalendarDocument>>, relay: OutboxRelay) {
    super();
    this.store = new MongoAggregateStore(model, 'holiday-calendar', holidayCalendarMapper, relay);
  }

  newId(): string {
    return uuidv7();
  }

  async get(id: string): Promise<HolidayCalendar> {
    const found = await this.store.findById(id);
    if (!found || found.deleted) throw SchedulingErrors.calendarNotFound(id);
    return found;
  }

  save(calendar: HolidayCalendar): Promise<void> {
    return this.store.save(calendar);
  }

  async active(): Promise<HolidayCalendar[]> {
    const docs = await this.model.find(ACTIVE).sort({ name: 1 }).lean<AggregateDocument<HolidayCalendarDocument>[]>();
    return docs.map((d) => this.store.fromStored(d));
  }
}

@Injectable()
export class RuntimeLimitMongoRepository extends RuntimeLimitRepository {
  private readonly store: MongoAggregateStore<RuntimeLimit, RuntimeLimitDocument>;

  constructor(@InjectModel(RUNTIME_LIMIT_MODEL) private readonly model: Model<AggregateDocument<RuntimeLimitDocument>>, relay: OutboxRelay) {
    super();
    this.store = new MongoAggregateStore(model, 'runtime-limit', runtimeLimitMapper, relay);
  }

  newId(): string {
    return uuidv7();
  }

  async get(id: string): Promise<RuntimeLimit> {
    const found = await this.store.findById(id);
    if (!found || found.deleted) throw SchedulingErrors.runtimeLimitNotFound(id);
    return found;
  }

  save(limit: RuntimeLimit): Promise<void> {
    return this.store.save(limit);
  }

  async active(): Promise<RuntimeLimit[]> {
    const docs = await this.model.find(ACTIVE).sort({ name: 1 }).lean<AggregateDocument<RuntimeLimitDocument>[]>();
    return docs.map((d) => this.store.fromStored(d));
  }
}

@Injectable()
export class ReservationMongoRepository extends ReservationRepository {
  private readonly store: MongoAggregateStore<Reservation, ReservationDocument>;

  constructor(@InjectModel(RESERVATION_MODEL) private readonly model: Model<AggregateDocument<ReservationDocument>>, relay: OutboxRelay) {
    super();
    this.store = new MongoAggregateStore(model, 'reservation', reservationMapper, relay);
  }

  newId(): string {
    return uuidv7();
  }

  async get(id: string): Promise<Reservation> {
    const found = await this.store.findById(id);
    if (!found) throw SchedulingErrors.reservationNotFound(id);
    return found;
  }

  save(reservation: Reservation): Promise<void> {
    return this.store.save(reservation);
  }

  async endingAfter(after: Date): Promise<Reservation[]> {
    // ISO 8601 UTC strings of one format sort as the instants they name.
    const docs = await this.model
      .find({ end: { $gt: after.toISOString() } })
      .sort({ start: 1 })
      .lean<AggregateDocument<ReservationDocument>[]>();
    return docs.map((d) => this.store.fromStored(d));
  }
}
