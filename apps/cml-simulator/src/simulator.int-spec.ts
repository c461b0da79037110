import { type CmlSimulator, startCmlSimulator } from './simulator.js';

async function json(response: Response): Promise<unknown> {
  return response.json() as Promise<unknown>;
}

describe('CML simulator: admin API and fault modes', () => {
  let sim: CmlSimulator;

  beforeEach(async () => {
    sim = await startCmlSimulator({ controllers: [{ id: 'alpha', labs: [{ title: 'Running', state: 'STARTED', nodes: 2 }] }] });
  });
  afterEach(() => sim.close());

  const api = (id: string, path: string, init?: RequestInit) => fetch(`${sim.baseUrlOf(id)}/api/v0${path}`, init);
  const admin = (path: string, method = 'GET', body?: unknown) =>
    fetch(`${sim.url}/_sim${path}`, { method, headers: body ? { 'content-type': 'application/json' } : {}, body: body ? JSON.stringify(body) : undefined });
  const tokenOf = async (id: string): Promise<string> =>
    (await json(await api(id, '/authenticate', { method: 'POST', body: JSON.stringify({ username: 'admin', password: 'admin' }) }))) as string;

  it('hosts several controllers under their own base paths, created, changed and removed at runtime', async () => {
    const created = await admin('/controllers', 'POST', { id: 'beta', version: '2.8.1', labs: [{ title: 'A' }, { title: 'B', state: 'STOPPED', nodes: 4 }] });
    expect(created.status).toBe(201);
    expect(await json(created)).toMatchObject({ id: 'beta', baseUrl: `${sim.url}/beta`, labs: [{ title: 'A', state: 'DEFINED_ON_CORE' }, { title: 'B', state: 'STOPPED', nodes: 4 }] });
    expect(await json(await api('beta', '/system_information'))).toMatchObject({ version: '2.8.1' });
    expect(((await json(await admin('/controllers'))) as { id: string }[]).map((c) => c.id)).toEqual(['alpha', 'beta']);
    expect((await admin('/controllers', 'POST', { id: 'beta' })).status).toBe(409);
    expect(await json(await admin('/controllers', 'POST', { id: 'Bad Id' }))).toMatchObject({ error: 'The body is invalid', issues: [expect.stringContaining('id:')] });

    expect(await json(await admin('/controllers/beta', 'PATCH', { version: '2.9.1', licensed: false }))).toMatchObject({ version: '2.9.1', licensed: false });
    const lab = await admin('/controllers/beta/labs', 'POST', { title: 'Added later', state: 'STARTED', nodes: 3 });
    expect(await json(lab)).toMatchObject({ lab_title: 'Added later', state: 'STARTED', node_count: 3 });

    expect((await admin('/controllers/beta', 'DELETE')).status).toBe(204);
    expect((await api('beta', '/system_information')).status).toBe(404);
    expect((await admin('/controllers/beta')).status).toBe(404);
  });

  it('writes human activity for a user, with a real-looking user id and the given age', async () => {
    const response = await admin('/controllers/alpha/activity', 'POST', { username: 'alice', category: 'start_lab', minutesAgo: 30 });
    expect(response.status).toBe(201);
    const event = (await json(response)) as { timestamp: string; data: { user_id: string } };
    expect(event.data.user_id).toBe(sim.controllers.require('alpha').userIdOf('alice'));
    expect(Date.now() - Date.parse(event.timestamp)).toBeGreaterThanOrEqual(30 * 60_000 - 1000);
    const token = await tokenOf('alpha');
    const events = (await json(await api('alpha', '/telemetry/events', { headers: { authorization: `Bearer ${token}` } }))) as { data: { user_id: string } }[];
    expect(events.some((e) => e.data.user_id === event.data.user_id)).toBe(true);
  });

  it('adds latency, fails the next N requests, and scopes faults with `only`', async () => {
    await admin('/controllers/alpha/faults', 'PUT', { latencyMs: 150, failNext: 2, only: ['/system_information'] });
    const started = Date.now();
    expect((await api('alpha', '/system_information')).status).toBe(500);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    expect((await api('alpha', '/system_information')).status).toBe(500);
    expect((await api('alpha', '/system_information')).status).toBe(200);
    const other = Date.now();
    expect((await api('alpha', '/authenticate', { method: 'POST', body: '{"username":"admin","password":"admin"}' })).status).toBe(200);
    expect(Date.now() - other).toBeLessThan(140);
    expect(sim.controllers.require('alpha').requestCount('GET /system_information')).toBe(3);
  });

  it('answers 500s at the error rate', async () => {
    await admin('/controllers/alpha/faults', 'PUT', { errorRate: 1 });
    const response = await api('alpha', '/system_information');
    expect(response.status).toBe(500);
    expect(await json(response)).toEqual({ code: 500, description: 'Internal Server Error' });
  });

  it('boots: not ready first, then nginx 502 pages while the service is down', async () => {
    await admin('/controllers/alpha/faults', 'PUT', { booting: 'not-ready' });
    expect(await json(await api('alpha', '/system_information'))).toMatchObject({ ready: false });
    await admin('/controllers/alpha/faults', 'PUT', { booting: 'bad-gateway' });
    const response = await api('alpha', '/system_information');
    expect(response.status).toBe(502);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(await response.text()).toContain('502 Bad Gateway');
  });

  it('hangs without answering, and resets connections when unreachable', async () => {
    await admin('/controllers/alpha/faults', 'PUT', { hang: true });
    await expect(api('alpha', '/system_information', { signal: AbortSignal.timeout(200) })).rejects.toThrow();
    await admin('/controllers/alpha/faults', 'PUT', { unreachable: true });
    await expect(api('alpha', '/system_information')).rejects.toThrow('fetch failed');
    expect((await admin('/controllers/alpha/faults', 'DELETE')).status).toBe(204);
    expect((await api('alpha', '/system_information')).status).toBe(200);
  });

  it('forces re-authentication once with expireTokens', async () => {
    const token = await tokenOf('alpha');
    const headers = { authorization: `Bearer ${token}` };
    expect((await api('alpha', '/authok', { headers })).status).toBe(200);
    expect(await json(await admin('/controllers/alpha/faults', 'PUT', { expireTokens: true }))).toEqual({});
    const rejected = await api('alpha', '/authok', { headers });
    expect(rejected.status).toBe(401);
    expect(await json(rejected)).toEqual({ code: 401, description: 'Authorization token has expired.' });
    expect((await api('alpha', '/authok', { headers: { authorization: `Bearer ${await tokenOf('alpha')}` } })).status).toBe(200);
  });

  it('rejects every token, even a fresh one, with rejectTokens', async () => {
    await admin('/controllers/alpha/faults', 'PUT', { rejectTokens: true });
    const rejected = await api('alpha', '/authok', { headers: { authorization: `Bearer ${await tokenOf('alpha')}` } });
    expect(rejected.status).toBe(401);
    expect(await json(rejected)).toEqual({ code: 401, description: 'Invalid authorization token.' });
  });

  it('echoes the request, credentials included, in error answers with echoRequest, and only there', async () => {
    await admin('/controllers/alpha/faults', 'PUT', { echoRequest: true });
    const refused = await api('alpha', '/authenticate', { method: 'POST', body: JSON.stringify({ username: 'admin', password: 'wrong pass/1' }) });
    expect(refused.status).toBe(403);
    const description = ((await json(refused)) as { description: string }).description;
    expect(description).toMatch(/^Authentication failed! \(request: POST \/authenticate headers=\{.*\} body=/);
    expect(description).toContain('"password":"wrong pass/1"');
    expect(description).toContain(encodeURIComponent('"password":"wrong pass/1"'));
    const token = await tokenOf('alpha');
    expect(sim.controllers.require('alpha').issuedTokens()).toEqual([token]);
    await admin('/controllers/alpha/faults', 'PUT', { echoRequest: true, failNext: 1, only: ['/licensing/registration'] });
    const failed = await api('alpha', '/licensing/registration', { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: '{"token":"t0ken"}' });
    expect(failed.status).toBe(500);
    expect(((await json(failed)) as { description: string }).description).toMatch(new RegExp(`^Internal Server Error \\(request: POST /licensing/registration headers=.*"authorization":"Bearer ${token}".* body=\\{"token":"t0ken"\\}`));
    expect((await api('alpha', '/licensing', { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
  });

  it('breaks answers per endpoint: invalid JSON or a wrong shape', async () => {
    await admin('/controllers/alpha/faults', 'PUT', { malformed: { '/system_information': 'invalid-json', '/labs': 'wrong-shape' } });
    expect(await (await api('alpha', '/system_information')).text()).toBe('{"truncated": [1, 2');
    const token = await tokenOf('alpha');
    expect(await json(await api('alpha', '/labs?show_all=true', { headers: { authorization: `Bearer ${token}` } }))).toEqual({ items: expect.any(Array) });
  });

  it('answers 404 for /populate_lab_tiles on a controller without it', async () => {
    await admin('/controllers/alpha', 'PATCH', { labTiles: false });
    const token = await tokenOf('alpha');
    const response = await api('alpha', '/populate_lab_tiles', { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(404);
    expect(await json(response)).toEqual({ code: 404, description: 'Not found: /populate_lab_tiles' });
  });

  it('logs the requests each controller answered', async () => {
    await api('alpha', '/system_information');
    await api('alpha', '/labs');
    const log = (await json(await admin('/controllers/alpha/requests'))) as { method: string; route: string; status: number }[];
    expect(log.map((r) => [r.method, r.route, r.status])).toEqual([
      ['GET', '/system_information', 200],
      ['GET', '/labs', 401],
    ]);
  });
});
