import request from 'supertest';
import { getConnectionToken } from '@nestjs/mongoose';
import { storedDocumentMisfits } from '#persistence';
import { Api, expectStatus } from './support/api.js';
import { roleToken } from './support/keycloak.js';
import { closeMotoClients, createNamedAmi, launchInstances, uniqueRunId } from './support/moto.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const REGION = 'us-east-1';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** The scheduling API end to end: the app against moto, MongoDB, Redis and Keycloak tokens. */
describe('scheduling API', () => {
  let t: TestApp;
  let api: Api;
  let run: string;
  const workers: string[] = [];
  let team: string;

  const period = (days: string[], start: string, end: string) => ({ days, start, end });
  const schedule = (over: Record<string, unknown> = {}) => ({
    name: `CCNA classroom ${run}`,
    timezone: 'Europe/Berlin',
    periods: [period(['mon', 'tue', 'wed', 'thu', 'fri'], '08:00', '18:00')],
    behaviour: 'start-stop',
    assignment: { workerIds: [], selector: { team: [team] } },
    ...over,
  });
  const inDays = (d: number, h = 0) => new Date(Date.now() + d * DAY + h * HOUR).toISOString();

  beforeAll(async () => {
    t = await startTestApp('scheduling');
    api = new Api(t.url);
    run = uniqueRunId('sch');
    team = `ccna-${run}`;
    const amiId = await createNamedAmi(REGION, `cml-${run}`);
    const instances = await launchInstances(REGION, { count: 3, imageId: amiId, tags: { Name: `class-${run}`, team }, separateReservations: true });
    for (const [i, instanceId] of instances.entries()) {
      const res = await api.post('/api/workers/import', { region: REGION, instanceId, name: `class-${run}-${i + 1}` }).then(expectStatus(201));
      workers.push(res.body.id);
    }
  });
  afterAll(async () => {
    await t.close();
    closeMotoClients();
  });

  describe('schedules', () => {
    let id: string;

    it('creates a schedule (manager) and says which workers it applies to now', async () => {
      const res = await api.post('/api/schedules', schedule(), 'manager').then(expectStatus(201));
      id = res.body.id;
      expect(res.body).toMatchObject({ name: `CCNA classroom ${run}`, timezone: 'Europe/Berlin', behaviour: 'start-stop', createdBy: { name: 'cml-automation-manager' } });
      expect(res.body.workers.map((w: { id: string }) => w.id).sort()).toEqual([...workers].sort());
      const list = await api.get('/api/schedules', 'user').then(expectStatus(200));
      expect(list.body.items.map((s: { id: string }) => s.id)).toContain(id);
    });

    it('refuses a plain user', async () => {
      const res = await api.post('/api/schedules', schedule(), 'user').then(expectStatus(403));
      expect(res.body.code).toBe('AUTH.FORBIDDEN');
    });

    it.each([
      ['an unknown time zone', { timezone: 'Europe/Atlantis' }, /timezone: "Europe\/Atlantis" is not an IANA time zone/],
      ['overlapping periods', { periods: [period(['mon'], '08:00', '12:00'), period(['mon'], '11:00', '13:00')] }, /period 1 and period 2 overlap/],
      ['a period that starts and ends at once', { periods: [period(['mon'], '08:00', '08:00')] }, /period 1 starts and ends at 08:00/],
      ['a selector that matches no worker', { assignment: { workerIds: [], selector: { team: ['nobody-has-this'] } } }, /no managed worker has the tags team=nobody-has-this/],
      ['an unknown worker', { assignment: { workerIds: ['0193b2c4-0000-7000-8000-000000000000'] } }, /0193b2c4-0000-7000-8000-000000000000 is not a managed worker/],
    ])('refuses %s with 400 SCHEDULE.INVALID naming the problem', async (_what, over, message) => {
      const res = await api.post('/api/schedules', schedule(over), 'manager').then(expectStatus(400));
      expect(res.body.code).toBe('SCHEDULE.INVALID');
      expect(res.body.detail).toMatch(message);
    });

    it('refuses a field it does not know and a behaviour it does not have', async () => {
      const res = await api.post('/api/schedules', schedule({ behaviour: 'sometimes', colour: 'red' }), 'manager').then(expectStatus(400));
      expect(res.body.code).toBe('REQUEST.INVALID');
      expect(JSON.stringify(res.body)).toMatch(/behaviour must be one of start-stop, start-only, stop-only/);
    });

    it('replaces the definition (PUT) and deletes it (DELETE), after which it is gone', async () => {
      const put = await api.put(`/api/schedules/${id}`, schedule({ behaviour: 'stop-only', assignment: { workerIds: [workers[0]] } }), 'manager').then(expectStatus(200));
      expect(put.body).toMatchObject({ behaviour: 'stop-only', workers: [{ id: workers[0] }] });
      await api.delete(`/api/schedules/${id}`, 'user').then(expectStatus(403));
      await api.delete(`/api/schedules/${id}`, 'manager').then(expectStatus(204));
      const gone = await api.get(`/api/schedules/${id}`).then(expectStatus(404));
      expect(gone.body.code).toBe('SCHEDULE.NOT_FOUND');
    });
  });

  describe('holiday calendars and runtime limits', () => {
    let calendarId: string;

    it('creates a calendar from typed days, refusing a date that is not one', async () => {
      const bad = await api.post('/api/holiday-calendars', { name: 'Bad', holidays: [{ date: '2026-02-30' }] }, 'manager').then(expectStatus(400));
      expect(bad.body.code).toBe('CALENDAR.INVALID');
      const res = await api.post('/api/holiday-calendars', { name: `Holidays ${run}`, holidays: [{ date: '2026-12-25', name: 'Christmas Day' }, { date: '2026-12-26' }] }, 'manager').then(expectStatus(201));
      calendarId = res.body.id;
      expect(res.body).toMatchObject({ holidays: [{ date: '2026-12-25', name: 'Christmas Day' }, { date: '2026-12-26' }], usedBy: [] });
    });

    it('imports an iCalendar file, as text/calendar or as JSON', async () => {
      const ics = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//EN', 'BEGIN:VEVENT', 'UID:1@test', 'DTSTART;VALUE=DATE:20270101', 'SUMMARY:New Year', 'END:VEVENT', 'END:VCALENDAR', ''].join('\r\n');
      const raw = await request(t.url)
        .post(`/api/holiday-calendars/import?name=${encodeURIComponent(`Imported ${run}`)}`)
        .auth(await roleToken('manager'), { type: 'bearer' })
        .set('Content-Type', 'text/calendar')
        .send(ics)
        .then(expectStatus(201));
      expect(raw.body.holidays).toEqual([{ date: '2027-01-01', name: 'New Year' }]);
      const json = await api.post('/api/holiday-calendars/import', { name: `Imported JSON ${run}`, ics }, 'manager').then(expectStatus(201));
      expect(json.body.holidays).toEqual([{ date: '2027-01-01', name: 'New Year' }]);
      const notIcs = await api.post('/api/holiday-calendars/import', { name: 'x', ics: 'hello' }, 'manager').then(expectStatus(422));
      expect(notIcs.body.code).toBe('CALENDAR.FILE_INVALID');
    });

    it('names the schedules that use a calendar, and refuses to delete it while they do', async () => {
      const s = await api.post('/api/schedules', schedule({ name: `With holidays ${run}`, calendarId }), 'manager').then(expectStatus(201));
      const cal = await api.get(`/api/holiday-calendars/${calendarId}`).then(expectStatus(200));
      expect(cal.body.usedBy).toEqual([{ id: s.body.id, name: `With holidays ${run}` }]);
      const refused = await api.delete(`/api/holiday-calendars/${calendarId}`, 'manager').then(expectStatus(409));
      expect(refused.body).toMatchObject({ code: 'CALENDAR.IN_USE' });
      expect(refused.body.detail).toContain(`With holidays ${run}`);
      await api.delete(`/api/schedules/${s.body.id}`, 'manager').then(expectStatus(204));
      await api.delete(`/api/holiday-calendars/${calendarId}`, 'manager').then(expectStatus(204));
    });

    it('creates a runtime limit and refuses hours out of range', async () => {
      const bad = await api.post('/api/runtime-limits', { name: 'Zero', hours: 0, assignment: { workerIds: [workers[0]] } }, 'manager').then(expectStatus(400));
      expect(bad.body).toMatchObject({ code: 'RUNTIME_LIMIT.INVALID' });
      expect(bad.body.detail).toMatch(/hours: give a number of hours from 0.25/);
      const res = await api.post('/api/runtime-limits', { name: `Twelve hours ${run}`, hours: 12, assignment: { workerIds: [workers[0]] } }, 'manager').then(expectStatus(201));
      expect(res.body).toMatchObject({ hours: 12, workers: [{ id: workers[0] }] });
      await api.delete(`/api/runtime-limits/${res.body.id}`, 'manager').then(expectStatus(204));
    });
  });

  describe('reservations', () => {
    const start = inDays(2);
    const end = inDays(2, 8);

    it('refuses an end before the start, naming the problem', async () => {
      const res = await api.post('/api/reservations', { purpose: 'class', start: end, end: start, workerIds: [workers[0]] }, 'manager').then(expectStatus(400));
      expect(res.body.code).toBe('RESERVATION.INVALID');
      expect(res.body.detail).toContain('end: the reservation ends before it starts');
    });

    it('reserves named workers with each one’s lead time, and refuses an overlapping reservation with 409 naming the clash', async () => {
      const res = await api.post('/api/reservations', { purpose: `CCNA class ${run}`, start, end, workerIds: [workers[0]] }, 'manager').then(expectStatus(201));
      expect(res.body).toMatchObject({ purpose: `CCNA class ${run}`, owner: 'cml-automation-manager', workerIds: [workers[0]], workers: [{ id: workers[0], name: `class-${run}-1` }], leadMinutes: { [workers[0]]: 20 } });
      const clash = await api.post('/api/reservations', { purpose: 'another', start: inDays(2, 4), end: inDays(2, 10), workerIds: [workers[0], workers[1]] }, 'manager').then(expectStatus(409));
      expect(clash.body.code).toBe('RESERVATION.CONFLICT');
      expect(clash.body.detail).toContain(`already reserved for "CCNA class ${run}" by cml-automation-manager`);
      expect(clash.body.details.conflicts[0]).toMatchObject({ id: res.body.id, workers: [`class-${run}-1`] });
    });

    it('lets only one of two overlapping reservations made at the same moment through', async () => {
      const body = (purpose: string) => ({ purpose, start: inDays(4), end: inDays(4, 2), workerIds: [workers[1]] });
      const [a, b] = await Promise.all([api.post('/api/reservations', body('first'), 'manager'), api.post('/api/reservations', body('second'), 'manager')]);
      expect([a.status, b.status].sort()).toEqual([201, 409]);
      expect((a.status === 409 ? a : b).body.code).toBe('RESERVATION.CONFLICT');
    });

    it('picks N free workers matching a selector and says which; refuses a selector that matches nothing', async () => {
      const res = await api.post('/api/reservations', { purpose: 'pick two', start, end, count: 2, selector: { team: [team] } }, 'manager').then(expectStatus(201));
      expect(res.body.workerIds).toHaveLength(2);
      expect(res.body.workerIds).not.toContain(workers[0]);
      expect(res.body.requested).toEqual({ count: 2, selector: { team: [team] } });
      const none = await api.post('/api/reservations', { purpose: 'x', start, end, count: 1, selector: { team: ['nobody-has-this'] } }, 'manager').then(expectStatus(400));
      expect(none.body.code).toBe('RESERVATION.SELECTOR_MATCHES_NOTHING');
      const tooMany = await api.post('/api/reservations', { purpose: 'x', start, end, count: 1, selector: { team: [team] } }, 'manager').then(expectStatus(409));
      expect(tooMany.body.code).toBe('RESERVATION.NOT_ENOUGH_WORKERS');
      await api.delete(`/api/reservations/${res.body.id}`, 'user').then(expectStatus(403));
      await api.delete(`/api/reservations/${res.body.id}`, 'manager').then(expectStatus(204));
      const again = await api.delete(`/api/reservations/${res.body.id}`, 'manager').then(expectStatus(409));
      expect(again.body.code).toBe('RESERVATION.OVER');
    });

    it('refuses a user reserving a worker that is not theirs', async () => {
      const res = await api.post('/api/reservations', { purpose: 'mine?', start: inDays(6), end: inDays(6, 1), workerIds: [workers[2]] }, 'user').then(expectStatus(403));
      expect(res.body.code).toBe('SCHEDULING.NOT_YOURS');
    });

    it('lists reservations in a range, of one worker', async () => {
      const res = await api.get(`/api/reservations?workerId=${workers[0]}`).then(expectStatus(200));
      expect(res.body.items.map((r: { purpose: string }) => r.purpose)).toEqual([`CCNA class ${run}`]);
      const none = await api.get(`/api/reservations?workerId=${workers[0]}&to=${encodeURIComponent(inDays(1))}`).then(expectStatus(200));
      expect(none.body.items).toEqual([]);
    });
  });

  describe('a worker’s power and the fleet plan', () => {
    it('explains a worker’s desired power, live', async () => {
      const res = await api.get(`/api/workers/${workers[0]}/power`).then(expectStatus(200));
      expect(res.body).toMatchObject({ workerId: workers[0], state: expect.stringMatching(/running|stopped|either/) });
      expect(res.body.reason.length).toBeGreaterThan(10);
      // The reservation two days ahead is among the next transitions: its warm-up starts the lead time (20 min, no boot history yet) before it.
      const [reservation] = (await api.get(`/api/reservations?workerId=${workers[0]}`).then(expectStatus(200))).body.items;
      const warmUp = res.body.next.find((n: { rule: { kind: string } }) => n.rule.kind === 'reservation');
      expect(Date.parse(warmUp.at)).toBe(Date.parse(reservation.start) - 20 * 60_000);
      expect(warmUp).toMatchObject({ state: 'running', rule: { id: reservation.id } });
      expect(warmUp.reason).toMatch(/^Warming up for "CCNA class/);
      await api.get('/api/workers/not-an-id/power').then(expectStatus(404));
    });

    it('plans the fleet over a range: actual running periods, planned segments and reservations per worker', async () => {
      const from = new Date(Date.now() - DAY).toISOString();
      const to = inDays(6);
      const res = await api.get(`/api/scheduling/plan?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`).then(expectStatus(200));
      expect(res.body).toMatchObject({ from, to });
      const row = res.body.rows.find((r: { workerId: string }) => r.workerId === workers[0]);
      expect(row.name).toBe(`class-${run}-1`);
      // Imported running: it runs from when the product learnt of it (its import) and still runs.
      const imported = (await api.get(`/api/workers/${workers[0]}`).then(expectStatus(200))).body.lifecycle.createdAt as string;
      expect(row.actual).toEqual([{ start: new Date(imported).toISOString() }]);
      expect(row.reservations).toEqual([expect.objectContaining({ purpose: `CCNA class ${run}` })]);
      expect(row.planned.some((p: { rule: string; state: string }) => p.rule === 'reservation' && p.state === 'running')).toBe(true);
      const tooLong = await api.get(`/api/scheduling/plan?from=${encodeURIComponent(from)}&to=${encodeURIComponent(inDays(40))}`).then(expectStatus(400));
      expect(tooLong.body.code).toBe('PLAN.RANGE_INVALID');
    });
  });

  it('answers 400 naming the field for a missing assignment, a null list or an unknown calendar, never a server error', async () => {
    const cases: [string, string, Record<string, unknown>, RegExp][] = [
      ['POST', '/api/runtime-limits', { name: 'Twelve hours at most', hours: 12 }, /assignment/],
      ['POST', '/api/schedules', { name: 'No assignment', timezone: 'Europe/Berlin', periods: [{ days: ['mon'], start: '08:00', end: '18:00' }], behaviour: 'start-stop' }, /assignment/],
      ['POST', '/api/reservations', { purpose: 'Nulls', start: inDays(3), end: inDays(4), workerIds: null, count: 3, selector: null }, /selector|workerIds/],
      // What the fuzz suite sent: every problem named at once, the unknown calendar among them.
      ['POST', '/api/schedules', { assignment: {}, timezone: '', calendarId: 'e\u{d0ecb}\u00d1', behaviour: 'stop-only', name: '6\u{1d6eb}\u0004\u00d9\u00ff', periods: [] }, /timezone.*periods.*assignment.*calendarId: no holiday calendar has the id/],
      ['POST', '/api/schedules', { name: 'Null ids', timezone: 'UTC', periods: [{ days: ['mon'], start: '08:00', end: '18:00' }], behaviour: 'start-stop', assignment: { workerIds: null } }, /assignment/],
    ];
    for (const [method, path, body, field] of cases) {
      const res = method === 'POST' ? await api.post(path, body, 'manager') : await api.put(path, body, 'manager');
      expect([res.status, JSON.stringify(res.body)]).toEqual([400, expect.stringMatching(field)]);
    }
  });

  it('stored only documents their schemas declare', async () => {
    expect(await storedDocumentMisfits(t.app.get(getConnectionToken()))).toEqual([]);
  });
});
