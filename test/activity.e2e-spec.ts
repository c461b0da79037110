import { Api, eventually, expectStatus } from './support/api.js';
import { closeMotoClients, launchInstances, uniqueRunId } from './support/moto.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const REGION = 'us-east-1';

interface LoggedEvent {
  id: string;
  type: string;
  workerId: string | null;
  at: string;
  data: Record<string, unknown>;
  actor: { kind: string; id: string; name: string };
}

interface Listing {
  items: LoggedEvent[];
  nextAfter: string | null;
  nextBefore: string | null;
}

/** Splits an RFC 4180 document into records of fields (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

/**
 * The fleet activity page's reads, against moto and the MongoDB stand-in: the event log filtered
 * by worker, type, actor and time, paged newest first, and the event log and the workers list as CSV.
 */
describe('fleet activity and exports', () => {
  let t: TestApp;
  let api: Api;
  let run: string;
  let first: string;
  let second: string;
  let adminActor: LoggedEvent['actor'];

  const list = async (query: Record<string, string>, role: 'user' | 'admin' = 'user'): Promise<Listing> => (await api.get(`/api/events?${new URLSearchParams(query)}`, role).then(expectStatus(200))).body as Listing;

  beforeAll(async () => {
    t = await startTestApp('activity', { WORKER_REFRESH_MIN_INTERVAL_SECONDS: '0', WORKER_POWER_POLL_SECONDS: '1' });
    api = new Api(t.url);
    run = uniqueRunId('activity');
    const [a, b] = await launchInstances(REGION, { count: 2, tags: { Name: `activity-${run}` } });
    first = (await api.post('/api/workers/import', { region: REGION, instanceId: a }, 'admin').then(expectStatus(201))).body.id;
    second = (await api.post('/api/workers/import', { region: REGION, instanceId: b }, 'admin').then(expectStatus(201))).body.id;
    await api.patch(`/api/workers/${first}/tags`, { set: { stage: 'one' } }, 'admin').then(expectStatus(200));
    await api.patch(`/api/workers/${first}/tags`, { set: { stage: 'two' } }, 'admin').then(expectStatus(200));
    // A manager stops the second one: its events name the manager as the actor.
    await api.post(`/api/workers/${second}/stop`, {}, 'manager').then(expectStatus(202));
    await eventually(async () => ((await api.get(`/api/workers/${second}`)).body.status === 'stopped' ? true : undefined), 30_000);
    // Changes reach the log just after they are answered.
    const tagged = await eventually(async () => {
      const items = (await list({ workerIds: first, types: 'worker.tags-changed' })).items;
      return items.length === 2 ? items : undefined;
    });
    adminActor = tagged[0].actor;
  }, 120_000);

  afterAll(async () => {
    await t?.close();
    closeMotoClients();
  });

  it('says who caused each event, and filters by the actor id or name', async () => {
    expect(adminActor.kind).toBe('service');
    expect(adminActor.name).toBeTruthy();
    const byName = await list({ actor: adminActor.name, limit: '1000' });
    const byId = await list({ actor: adminActor.id, limit: '1000' });
    expect(byName.items.length).toBeGreaterThanOrEqual(4);
    expect(byName.items.every((e) => e.actor.name === adminActor.name)).toBe(true);
    expect(byId.items.map((e) => e.id)).toEqual(byName.items.map((e) => e.id));
    // The manager's stop is not the admin's.
    const managers = await eventually(async () => {
      const items = (await list({ workerIds: second, limit: '1000' })).items.filter((e) => e.actor.kind === 'service' && e.actor.name !== adminActor.name);
      return items.length ? items : undefined;
    });
    expect(byName.items.map((e) => e.id)).not.toEqual(expect.arrayContaining([managers[0].id]));
    const managerOnly = await list({ actor: managers[0].actor.name, workerIds: second });
    expect(managerOnly.items.map((e) => e.id)).toContain(managers[0].id);
    expect(managerOnly.items.every((e) => e.actor.name === managers[0].actor.name)).toBe(true);
    expect((await list({ actor: `nobody-${run}` })).items).toEqual([]);
  });

  it('filters by the time the events occurred, both ends included', async () => {
    const all = (await list({ workerIds: first, limit: '1000' })).items;
    const [, tagOne, tagTwo] = all.filter((e) => e.type === 'worker.tags-changed' || e.type === 'worker.imported');
    expect(tagOne && tagTwo).toBeTruthy();
    const from = await list({ workerIds: first, from: tagTwo.at, limit: '1000' });
    expect(from.items.map((e) => e.id)).toContain(tagTwo.id);
    expect(from.items.every((e) => e.at >= tagTwo.at)).toBe(true);
    const to = await list({ workerIds: first, to: tagOne.at, limit: '1000' });
    expect(to.items.map((e) => e.id)).toContain(tagOne.id);
    expect(to.items.every((e) => e.at <= tagOne.at)).toBe(true);
    const window = await list({ workerIds: first, from: tagOne.at, to: tagOne.at });
    expect(window.items.map((e) => e.id)).toContain(tagOne.id);
    expect(window.items.every((e) => e.at === tagOne.at)).toBe(true);
    // A zone other than UTC means the same moment.
    const offset = new Date(Date.parse(tagOne.at)).toISOString().replace('Z', '+00:00');
    expect((await list({ workerIds: first, from: offset, to: offset })).items.map((e) => e.id)).toEqual(window.items.map((e) => e.id));
    expect((await list({ workerIds: first, to: '2000-01-01' })).items).toEqual([]);
  });

  it('pages back newest first with nextBefore until nothing older is left', async () => {
    const all = (await list({ workerIds: first, limit: '1000', order: 'newest-first' })).items;
    expect(all.length).toBeGreaterThanOrEqual(3);
    expect([...all].sort((a, b) => (a.id < b.id ? 1 : -1)).map((e) => e.id)).toEqual(all.map((e) => e.id));
    const seen: string[] = [];
    let page = await list({ workerIds: first, limit: '2', order: 'newest-first' });
    expect(page.nextAfter).toBe(all[0].id);
    for (let guard = 0; guard < 100; guard++) {
      seen.push(...page.items.map((e) => e.id));
      if (!page.nextBefore) break;
      page = await list({ workerIds: first, limit: '2', before: page.nextBefore });
    }
    expect(seen).toEqual(all.map((e) => e.id));
    // Oldest first (the default) is the same events the other way round.
    expect((await list({ workerIds: first, limit: '1000' })).items.map((e) => e.id)).toEqual([...seen].reverse());
  });

  it.each([
    ['from=yesterday', 'from'],
    ['to=2026-12-01T09:00:00', 'to'],
    ['from=2026-12-01T09:00:00%2B0100', 'from'],
    ['from=2026-02-30', 'from'],
    ['from=2026-12-02T00:00:00Z&to=2026-12-01T00:00:00Z', 'to'],
    ['after=0193b2c4-5d6e-7000-8000-00000000abcd&before=0193b2c4-5d6e-7000-8000-00000000abcd', 'before'],
    ['after=0193b2c4-5d6e-7000-8000-00000000abcd&order=newest-first', 'order'],
    ['before=0193b2c4-5d6e-7000-8000-00000000abcd&order=oldest-first', 'order'],
    ['before=latest', 'before'],
    ['order=sideways', 'order'],
    ['actor=', 'actor'],
    [`actor=${'x'.repeat(201)}`, 'actor'],
  ])('refuses %s with a 400 naming %s', async (query, field) => {
    const res = await api.get(`/api/events?${query}`).then(expectStatus(400));
    expect(res.body.code).toBe('REQUEST.INVALID');
    expect(JSON.stringify(res.body)).toContain(field);
  });

  it('exports the same filter of the log as CSV, newest first, with the payload as JSON', async () => {
    const csv = await api.get(`/api/events.csv?workerIds=${first}&actor=${encodeURIComponent(adminActor.name)}`).then(expectStatus(200));
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.headers['content-disposition']).toBe('attachment; filename="events.csv"');
    expect(csv.text.endsWith('\r\n')).toBe(true);
    const [header, ...rows] = parseCsv(csv.text);
    expect(header).toEqual(['event_id', 'occurred_at_utc', 'type', 'worker_id', 'actor_kind', 'actor_id', 'actor_name', 'data_json']);
    const listed = (await list({ workerIds: first, actor: adminActor.name, order: 'newest-first', limit: '1000' })).items;
    expect(rows.map((r) => r[0])).toEqual(listed.map((e) => e.id));
    const tags = rows.find((r) => r[2] === 'worker.tags-changed')!;
    expect(tags[3]).toBe(first);
    expect(tags[6]).toBe(adminActor.name);
    expect(JSON.parse(tags[7])).toEqual(listed.find((e) => e.id === tags[0])!.data);
    // The same refusals as the listing.
    await api.get('/api/events.csv?from=2026-12-02&to=2026-12-01').then(expectStatus(400));
    await api.get('/api/events.csv?types=worker.nope').then(expectStatus(400));
    // Nothing matches: the header alone.
    expect((await api.get(`/api/events.csv?actor=nobody-${run}`).then(expectStatus(200))).text).toBe('event_id,occurred_at_utc,type,worker_id,actor_kind,actor_id,actor_name,data_json\r\n');
  });

  it('exports the workers list with its filter and sort, every page, with the cost columns', async () => {
    const csv = await api.get(`/api/workers.csv?q=${run}&sort=-createdAt`).then(expectStatus(200));
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.headers['content-disposition']).toBe('attachment; filename="workers.csv"');
    const [header, ...rows] = parseCsv(csv.text);
    expect(header).toEqual(expect.arrayContaining(['worker_id', 'name', 'status', 'region', 'instance_type', 'ec2_cpu_percent', 'created_at_utc', 'compute_usd', 'total_usd', 'rate_now_usd_per_hour']));
    const col = (name: string) => header.indexOf(name);
    // Newest first, as the list sorts it; both pages of a one-per-page list.
    const pages = await Promise.all([1, 2].map(async (page) => (await api.get(`/api/workers?q=${run}&sort=-createdAt&pageSize=1&page=${page}`).then(expectStatus(200))).body));
    expect(pages[0].total).toBe(2);
    expect(rows.map((r) => r[col('worker_id')])).toEqual([pages[0].items[0].id, pages[1].items[0].id]);
    expect(rows.map((r) => r[col('worker_id')])).toEqual([second, first]);
    expect(rows.find((r) => r[col('worker_id')] === second)![col('status')]).toBe('stopped');
    expect(Number(rows[0][col('total_usd')])).toBeGreaterThanOrEqual(0);

    const stopped = parseCsv((await api.get(`/api/workers.csv?q=${run}&status=stopped`).then(expectStatus(200))).text);
    expect(stopped.slice(1).map((r) => r[col('worker_id')])).toEqual([second]);
    // The list's rules: terminated and unregistered workers are for admins.
    await api.get('/api/workers.csv?includeTerminated=true').then(expectStatus(403));
    await api.get(`/api/workers.csv?includeTerminated=true&q=${run}`, 'admin').then(expectStatus(200));
    await api.get('/api/workers.csv?sort=colour').then(expectStatus(400));
    await api.get('/api/workers.csv?page=2').then(expectStatus(400));
  });
});
