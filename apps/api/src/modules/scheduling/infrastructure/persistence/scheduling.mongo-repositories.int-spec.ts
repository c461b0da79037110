import mongoose, { type Connection } from 'mongoose';
import { type AggregateDocument, eventLogSchema, MongoEventLog, OutboxRelay, type StoredEvent } from '#persistence';
import { Reservation } from '../../domain/reservation.aggregate.js';
import { Schedule } from '../../domain/schedule.aggregate.js';
import { EventLogPowerHistory } from './power-history.event-log.js';
import type { ReservationDocument, ScheduleDocument } from './scheduling.mappers.js';
import { ReservationMongoRepository, ScheduleMongoRepository } from './scheduling.mongo-repositories.js';
import { RESERVATION_MODEL, reservationSchema, SCHEDULE_MODEL, scheduleSchema } from './scheduling.schemas.js';

const uri = process.env.MONGODB_URI;
if (!uri) throw new Error('MONGODB_URI must point at the MongoDB from scripts/services');

const mia = { kind: 'user' as const, id: 'u-m', name: 'mia' };
const logger = { warn: () => undefined, error: () => undefined };
const ctx = (now = '2026-12-02T10:00:00Z') => ({ actor: mia, now: new Date(now) });
const def = { name: 'Office', timezone: 'UTC', periods: [{ days: ['mon' as const], start: '09:00', end: '17:00' }], behaviour: 'start-stop' as const, assignment: { workerIds: ['w1'] } };

describe('scheduling repositories against the real MongoDB server', () => {
  let connection: Connection;
  let schedules: ScheduleMongoRepository;
  let reservations: ReservationMongoRepository;
  let log: MongoEventLog;

  beforeAll(async () => {
    connection = await mongoose.createConnection(uri, { dbName: `ccm_test_scheduling_${Date.now().toString(36)}`, autoCreate: false, autoIndex: false, ignoreUndefined: true }).asPromise();
    const events = connection.model<StoredEvent>('Event', eventLogSchema(), 'events');
    log = new MongoEventLog(events);
    const relay = new OutboxRelay(log, () => undefined, logger);
    const scheduleModel = connection.model<AggregateDocument<ScheduleDocument>>(SCHEDULE_MODEL, scheduleSchema);
    const reservationModel = connection.model<AggregateDocument<ReservationDocument>>(RESERVATION_MODEL, reservationSchema);
    await Promise.all([events.createIndexes(), scheduleModel.createIndexes(), reservationModel.createIndexes()]);
    schedules = new ScheduleMongoRepository(scheduleModel, relay);
    reservations = new ReservationMongoRepository(reservationModel, relay);
  });
  afterAll(async () => {
    await connection.dropDatabase();
    await connection.close();
  });

  it('stores a schedule, lists only the ones not deleted, and unsets a calendar taken off', async () => {
    const s = Schedule.create(schedules.newId(), { ...def, calendarId: 'c1' }, ctx());
    await schedules.save(s);
    const loaded = await schedules.get(s.id);
    loaded.update({ ...def, calendarId: undefined }, ctx());
    await schedules.save(loaded);
    expect((await schedules.get(s.id)).calendarId).toBeUndefined();
    const gone = Schedule.create(schedules.newId(), { ...def, name: 'Gone' }, ctx());
    await schedules.save(gone);
    const g = await schedules.get(gone.id);
    g.remove(ctx());
    await schedules.save(g);
    expect((await schedules.active()).map((x) => x.name)).toEqual(['Office']);
    await expect(schedules.get(gone.id)).rejects.toMatchObject({ code: 'SCHEDULE.NOT_FOUND' });
  });

  it('gives the reservations that end after an instant, oldest start first, cancelled ones included (the caller filters)', async () => {
    const make = async (purpose: string, start: string, end: string) => {
      const r = Reservation.create(reservations.newId(), { purpose, owner: 'mia', start: new Date(start), end: new Date(end), workerIds: ['w1'] }, ctx());
      await reservations.save(r);
      return r;
    };
    await make('late', '2026-12-05T09:00:00Z', '2026-12-05T10:00:00Z');
    await make('over', '2026-12-02T11:00:00Z', '2026-12-02T12:00:00Z');
    const early = await make('early', '2026-12-03T09:00:00Z', '2026-12-03T10:00:00Z');
    const loaded = await reservations.get(early.id);
    loaded.cancel(ctx());
    await reservations.save(loaded);
    const found = await reservations.endingAfter(new Date('2026-12-02T12:00:00Z'));
    expect(found.map((r) => [r.snapshot().purpose, r.cancelled])).toEqual([
      ['early', true],
      ['late', false],
    ]);
  });

  it('reads worker status changes since an instant from the event log, per worker, oldest first', async () => {
    const event = (id: string, aggregateId: string, occurredAt: string, from: string, to: string) => ({ id, type: 'worker.status-changed' as const, aggregateType: 'worker', aggregateId, aggregateVersion: 1, occurredAt, actor: mia, data: { from, to, trigger: 'ec2', reason: 'x' } });
    await log.append([
      event('0193a000-0000-7000-8000-000000000001', 'w1', '2026-12-01T08:00:00.000Z', 'stopped', 'pending'),
      event('0193a000-0000-7000-8000-000000000002', 'w1', '2026-12-02T08:00:00.000Z', 'stopped', 'pending'),
      event('0193a000-0000-7000-8000-000000000003', 'w1', '2026-12-02T08:02:00.000Z', 'pending', 'running'),
      event('0193a000-0000-7000-8000-000000000004', 'w2', '2026-12-02T09:00:00.000Z', 'running', 'stopping'),
      event('0193a000-0000-7000-8000-000000000005', 'w3', '2026-12-02T09:00:00.000Z', 'running', 'stopping'),
    ] as never);
    const changes = await new EventLogPowerHistory(log).statusChangesSince(['w1', 'w2'], new Date('2026-12-02T00:00:00Z'));
    expect([...changes.keys()].sort()).toEqual(['w1', 'w2']);
    expect(changes.get('w1')!.map((c) => c.to)).toEqual(['pending', 'running']);
  });
});
