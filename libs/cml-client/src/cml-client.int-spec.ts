import { type DomainError, secretForms } from '#kernel';
import { type CmlSimulator, startTestSimulator } from '../../../test/support/cml.js';
import { CmlClientFactory } from './cml-client-factory.js';
import type { CmlCallEvent } from './cml-client.options.js';
import { isCmlSystemUser } from './schemas/cml-facts.js';
import { failureOf } from '../../../test/support/failure.js';

const failure = (promise: Promise<unknown>) => failureOf<DomainError>(promise);

const ADMIN = { username: 'admin', password: 'admin-secret-pw' };
const UNKNOWN_LAB = '0b6c4c10-4b0e-4d84-9a4a-2e3f2d3c4b5a';

describe('CmlClient against the CML simulator', () => {
  let sim: CmlSimulator;
  let factory: CmlClientFactory;
  const calls: CmlCallEvent[] = [];
  const labId: Record<string, string> = {};

  beforeAll(async () => {
    sim = await startTestSimulator([
      {
        id: 'main',
        computes: 2,
        licensed: false,
        users: [ADMIN, { username: 'alice', password: 'alice-pass' }],
        labs: [
          { title: 'Defined', nodes: 2 },
          { title: 'Stopped', state: 'STOPPED', nodes: 3 },
          { title: 'Started', state: 'STARTED', nodes: 4, owner: 'alice' },
        ],
      },
      { id: 'older', version: '2.6.1+build.11', labTiles: false, users: [ADMIN], labs: [{ title: 'A' }, { title: 'B', state: 'STARTED' }] },
    ]);
    for (const lab of sim.controllers.require('main').summary().labs) labId[lab.title] = lab.id;
    factory = new CmlClientFactory({ credentials: ADMIN, timeoutMs: 5000, onCall: (e) => calls.push(e) });
  });

  afterAll(async () => {
    factory.close();
    await sim.close();
  });

  const main = () => factory.forController(sim.baseUrlOf('main'));

  it('reads system information without a token, and health and stats with one', async () => {
    const client = main();
    expect(await client.systemInformation()).toMatchObject({ version: '2.9.0+build.3', ready: true });
    const health = await client.systemHealth();
    expect(health).toMatchObject({ valid: true, is_licensed: false, is_enterprise: true, controller: { valid: true } });
    expect(Object.values(health.computes).map((c) => c.admission_state)).toEqual(['READY', 'READY']);
    const stats = await client.systemStats();
    const running = Object.values(stats.computes).reduce((sum, c) => sum + (c.stats.dominfo.running_nodes ?? 0), 0);
    expect(running).toBe(4);
    expect(stats.all?.memory.used).toBeGreaterThan(0);
    expect(stats.controller?.disk.total).toBeGreaterThan(0);
  });

  it('accepts the base URL with or without /api/v0 and shares one token between clients of a controller', async () => {
    const before = sim.controllers.require('main').requestCount('POST /authenticate');
    await factory.forController(`${sim.baseUrlOf('main')}/api/v0/`).licensing();
    await main().labIds();
    expect(sim.controllers.require('main').requestCount('POST /authenticate') - before).toBeLessThanOrEqual(1);
    expect(main().controller).toBe(sim.baseUrlOf('main'));
  });

  it('registers a licence asynchronously, deregisters it, and reports refusals with CML descriptions', async () => {
    const client = main();
    await client.registerLicense('GOOD-token-1');
    expect((await client.licensing()).registration?.status).toBe('IN_PROGRESS');
    const refused = await failure(client.registerLicense('GOOD-token-1'));
    expect(refused).toMatchObject({ code: 'CML.REFUSED', kind: 'conflict', details: { status: 409 } });
    expect(refused.message).toContain('already in progress');
    let status = '';
    for (let i = 0; i < 50 && status !== 'COMPLETED'; i++) {
      await new Promise((r) => setTimeout(r, 20));
      status = (await client.licensing()).registration?.status ?? '';
    }
    expect(status).toBe('COMPLETED');
    expect((await client.licensing()).product_license).toEqual({ active: 'CML_Enterprise', is_enterprise: true });
    expect(await client.deregisterLicense()).toBe('deregistered');
    expect(await client.deregisterLicense()).toBe('already-deregistered');
    expect(await failure(client.registerLicense('not a token!'))).toMatchObject({ code: 'CML.REFUSED', kind: 'unprocessable', details: { status: 400 } });
  });

  it('lists lab ids of every owner, one lab, all tiles and a state', async () => {
    const client = main();
    expect((await client.labIds()).sort()).toEqual(Object.values(labId).sort());
    expect(await client.lab(labId.Started as string)).toMatchObject({ id: labId.Started, lab_title: 'Started', state: 'STARTED', owner_username: 'alice', node_count: 4 });
    const tiles = await client.labTiles();
    expect(tiles.map((t) => [t.lab_title, t.state]).sort()).toEqual([
      ['Defined', 'DEFINED_ON_CORE'],
      ['Started', 'STARTED'],
      ['Stopped', 'STOPPED'],
    ]);
    expect(await client.labState(labId.Stopped as string)).toBe('STOPPED');
    expect(await failure(client.lab(UNKNOWN_LAB))).toMatchObject({ code: 'CML.NOT_FOUND', kind: 'not-found' });
  });

  it('starts, stops, wipes and deletes a lab, and carries CML refusals', async () => {
    const client = main();
    const id = labId.Defined as string;
    await client.startLab(id);
    expect(await client.labState(id)).toBe('STARTED');
    const wipe = await failure(client.wipeLab(id));
    expect(wipe).toMatchObject({ code: 'CML.REFUSED', details: { status: 400, operation: 'wipeLab', controller: sim.baseUrlOf('main') } });
    expect(wipe.message).toContain('must be stopped before it can be wiped');
    expect(await failure(client.deleteLab(id))).toMatchObject({ code: 'CML.REFUSED' });
    await client.stopLab(id);
    await client.wipeLab(id);
    expect(await client.labState(id)).toBe('DEFINED_ON_CORE');
    await client.deleteLab(id);
    expect(await failure(client.deleteLab(id))).toMatchObject({ code: 'CML.NOT_FOUND' });
    expect(await failure(client.startLab(UNKNOWN_LAB))).toMatchObject({ code: 'CML.NOT_FOUND' });
  });

  it('downloads a topology as YAML and imports it back under a new title', async () => {
    const client = main();
    const yaml = await client.downloadTopology(labId.Stopped as string);
    expect(yaml).toContain('node_definition:');
    const id = await client.importTopology(yaml, { title: 'Copy of Stopped' });
    expect(await client.lab(id)).toMatchObject({ lab_title: 'Copy of Stopped', node_count: 3, state: 'DEFINED_ON_CORE' });
    const refused = await failure(client.importTopology('lab: {version: 9.9.9}\nnodes: []\nlinks: []\n'));
    expect(refused).toMatchObject({ code: 'CML.REFUSED', details: { status: 400 } });
    expect(refused.message).toContain('lab.version');
  });

  it('reads telemetry (human and system events), lab events and definitions', async () => {
    const client = main();
    const events = await client.telemetryEvents();
    const adminId = sim.controllers.require('main').userIdOf('admin');
    expect(events.filter((e) => e.data.user_id === adminId).map((e) => e.category)).toEqual(expect.arrayContaining(['start_lab', 'stop_lab', 'import_lab']));
    expect(events.some((e) => isCmlSystemUser(e.data.user_id))).toBe(true);
    expect(isCmlSystemUser(adminId)).toBe(false);
    const labEvents = await client.labEvents(labId.Started as string);
    expect(labEvents[0]).toMatchObject({ lab_id: labId.Started, event: 'ADD', element_type: 'LAB' });
    const nodeDefinitions = await client.nodeDefinitions();
    expect(nodeDefinitions.map((d) => d.id)).toEqual(expect.arrayContaining(['iosv', 'alpine', 'unmanaged_switch']));
    const images = await client.imageDefinitions();
    expect(images.find((i) => i.node_definition_id === 'iosv')).toMatchObject({ id: 'iosv-159-3-m8' });
  });

  it('falls back to ids plus one call per lab when /populate_lab_tiles is missing, and remembers it', async () => {
    const client = factory.forController(sim.baseUrlOf('older'));
    const older = sim.controllers.require('older');
    const tiles = await client.labTiles();
    expect(tiles.map((t) => [t.lab_title, t.state]).sort()).toEqual([
      ['A', 'DEFINED_ON_CORE'],
      ['B', 'STARTED'],
    ]);
    expect(tiles.every((t) => typeof t.id === 'string')).toBe(true);
    await client.labTiles();
    expect(older.requestCount('GET /populate_lab_tiles')).toBe(1);
    expect(older.requestCount('GET /labs/{lab_id}')).toBe(4);
  });

  it('signs in with per-controller credentials, and rejects wrong ones without leaking them', async () => {
    const alice = factory.forController(sim.baseUrlOf('main'), { credentials: { username: 'alice', password: 'alice-pass' } });
    expect((await alice.labIds()).sort()).toEqual((await main().labIds()).sort());
    await alice.stopLab(labId.Started as string);
    const aliceId = sim.controllers.require('main').userIdOf('alice');
    expect((await main().telemetryEvents()).filter((e) => e.category === 'stop_lab').at(-1)?.data.user_id).toBe(aliceId);
    // Tokens are cached per controller and username, so a wrong password is shown with another user.
    const wrong = factory.forController(sim.baseUrlOf('main'), { credentials: { username: 'mallory', password: 'wrong-password-123' } });
    const error = await failure(wrong.systemHealth());
    expect(error).toMatchObject({ code: 'CML.AUTH_FAILED', kind: 'upstream', details: { controller: sim.baseUrlOf('main'), operation: 'authenticate', status: 403 } });
    expect(JSON.stringify({ message: error.message, details: error.details })).not.toMatch(/wrong-password-123|admin-secret-pw/);
    const none = new CmlClientFactory({ timeoutMs: 1000 });
    const before = sim.controllers.require('main').requestCount();
    expect(await failure(none.forController(sim.baseUrlOf('main')).labIds())).toMatchObject({ code: 'CML.AUTH_FAILED', details: { reason: 'missing-credentials' } });
    expect(sim.controllers.require('main').requestCount()).toBe(before);
    none.close();
  });

  it('keeps the password, the tokens and the licence token out of errors when a controller echoes the request', async () => {
    const password = 'Echo/"pa55" word+&9';
    const licence = 'licence-token-never-in-errors-42';
    sim.controllers.add({ id: 'echo', users: [{ username: 'admin', password }], labs: [{ title: 'Echoed', state: 'STOPPED' }], faults: { echoRequest: true } });
    const echo = sim.controllers.require('echo');
    const echoes = new CmlClientFactory({ credentials: { username: 'admin', password }, readRetries: 0, breaker: { failureThreshold: 100 } });
    const wrong = new CmlClientFactory({ credentials: { username: 'admin', password: `${password}-wrong` }, readRetries: 0 });
    const client = echoes.forController(sim.baseUrlOf('echo'));
    const lab = echo.summary().labs[0]!.id;
    const shows = (error: DomainError, secret: string) => {
      const text = JSON.stringify({ message: error.message, details: error.details });
      return secretForms(secret).filter((form) => text.includes(form));
    };
    try {
      const refused = await failure(wrong.forController(sim.baseUrlOf('echo')).systemHealth());
      expect(refused).toMatchObject({ code: 'CML.AUTH_FAILED', details: { status: 403 } });
      expect(refused.message).toContain('Authentication failed! (request: POST /authenticate');
      expect(shows(refused, `${password}-wrong`)).toEqual([]);

      await client.systemHealth();
      const [token] = echo.issuedTokens();
      echo.setFaults({ echoRequest: true, errorRate: 1, only: ['/labs/{lab_id}/start', '/licensing/registration'] });
      const start = await failure(client.startLab(lab));
      expect(start).toMatchObject({ code: 'CML.ERROR', details: { status: 500 } });
      expect(start.message).toContain('"authorization":"Bearer [redacted]"');
      const register = await failure(client.registerLicense(licence));
      expect(register.message).toContain('body={"token":"[redacted]","reregister":false}');
      for (const error of [start, register]) expect([shows(error, token!), shows(error, licence)]).toEqual([[], []]);

      echo.setFaults({ echoRequest: true, expireTokens: true, errorRate: 1, only: ['/authenticate'] });
      const signIn = await failure(client.systemHealth());
      expect(signIn).toMatchObject({ code: 'CML.ERROR', details: { operation: 'authenticate', status: 500 } });
      expect(signIn.message).toContain('"password":"[redacted]"');
      expect(shows(signIn, password)).toEqual([]);
    } finally {
      echoes.close();
      wrong.close();
      sim.controllers.remove('echo');
    }
  });

  it('reports every HTTP request to onCall with operation, method, status and duration', async () => {
    calls.length = 0;
    const fresh = new CmlClientFactory({ credentials: ADMIN, onCall: (e) => calls.push(e) });
    await fresh.forController(sim.baseUrlOf('main')).systemStats();
    fresh.close();
    expect(calls.map((c) => [c.operation, c.method, c.status, c.attempt])).toEqual([
      ['authenticate', 'POST', 200, 1],
      ['systemStats', 'GET', 200, 1],
    ]);
    expect(calls.every((c) => c.controller === sim.baseUrlOf('main') && c.durationMs >= 0 && c.error === undefined)).toBe(true);
  });
});
