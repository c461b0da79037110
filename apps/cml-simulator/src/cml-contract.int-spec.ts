/**
 * Contract test: every endpoint the simulator implements answers with a status the CML 2.9 OpenAPI
 * document declares and a body valid against the declared response schema.
 *
 * The document is vendored in apps/cml-simulator/contract (a copy of the CML 2.9 reference); CML_OPENAPI_PATH overrides it.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020Module from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { CML_ROUTES } from './http/cml-api.router.js';
import { startCmlSimulator, type CmlSimulator } from './simulator.js';

const SPEC_PATH = process.env.CML_OPENAPI_PATH ?? fileURLToPath(new URL('../contract/cml-2.9-openapi.json', import.meta.url));

type Json = Record<string, unknown>;
interface Operation {
  responses: Record<string, { content?: Record<string, { schema: Json }> }>;
  security?: unknown[];
}
interface OpenApi {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Json> };
}

const spec = JSON.parse(readFileSync(SPEC_PATH, 'utf8')) as OpenApi;
// OpenAPI adds keywords JSON Schema does not know (discriminator, example, and `ge`/`le` typos), hence strict: false.
const ajv = new Ajv2020Module.default({ strict: false, allErrors: true });
addFormatsModule.default(ajv);
ajv.addSchema({ $id: 'cml', components: spec.components });

function rewriteRefs(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(rewriteRefs);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === '$ref' && typeof v === 'string' && v.startsWith('#/') ? `cml${v}` : rewriteRefs(v)]));
  }
  return value;
}

const validators = new Map<string, ValidateFunction>();
function validatorFor(schema: Json, key: string): ValidateFunction {
  let validate = validators.get(key);
  if (!validate) {
    validate = ajv.compile(rewriteRefs(schema) as Json);
    validators.set(key, validate);
  }
  return validate;
}

const formatErrors = (errors: ErrorObject[] | null | undefined): string =>
  (errors ?? []).slice(0, 10).map((e) => `${e.instancePath || '(root)'} ${e.message ?? ''} ${JSON.stringify(e.params)}`).join('\n  ');

interface Exchange {
  status: number;
  contentType: string;
  text: string;
  json: unknown;
}

/** Which (method, path) were checked, to prove every implemented endpoint was. */
const covered = new Set<string>();

/**
 * Calls the simulator and checks the answer against the spec operation `method path`.
 * Narrow, documented exceptions:
 *  - `GET /labs/{lab_id}/download`: the spec declares `application/json` with `type: string`; controllers
 *    send the YAML text itself (virl2_client reads `response.text`), so the raw text is validated as that string.
 *  - error statuses the spec declares without content (400 of `DELETE /licensing/deregistration`) still carry
 *    CML's `Error` body; it is validated against `#/components/schemas/Error`.
 */
async function exchange(
  sim: CmlSimulator,
  controller: string,
  method: string,
  specPath: string,
  actualPath: string,
  init: { token?: string; body?: string; contentType?: string; expect: number },
): Promise<Exchange> {
  const headers: Record<string, string> = {};
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  if (init.body !== undefined) headers['content-type'] = init.contentType ?? 'application/json';
  const response = await fetch(`${sim.baseUrlOf(controller)}/api/v0${actualPath}`, { method, headers, body: init.body });
  const text = await response.text();
  const contentType = response.headers.get('content-type') ?? '';
  const where = `${method} ${actualPath} -> ${response.status}`;
  expect({ where, status: response.status }).toEqual({ where, status: init.expect });

  const operation = spec.paths[specPath]?.[method.toLowerCase()];
  if (!operation) throw new Error(`${method} ${specPath} is not in the OpenAPI document`);
  const statusKey = String(response.status) in operation.responses ? String(response.status) : 'default';
  const declared = operation.responses[statusKey];
  if (!declared) throw new Error(`${where}: status not declared and no default response`);
  covered.add(`${method} ${specPath}`);

  let json: unknown;
  const schemaJson = declared.content?.['application/json']?.schema;
  if (response.status === 204) {
    expect({ where, body: text }).toEqual({ where, body: '' });
    return { status: response.status, contentType, text, json };
  }
  if (!schemaJson) {
    if (response.status >= 400 && text) {
      json = JSON.parse(text);
      assertValid(validatorFor({ $ref: '#/components/schemas/Error' }, 'Error'), json, where);
    }
    return { status: response.status, contentType, text, json };
  }
  if (method === 'GET' && specPath === '/labs/{lab_id}/download' && response.status === 200) {
    json = text;
  } else {
    expect({ where, contentType }).toEqual({ where, contentType: expect.stringContaining('application/json') });
    json = JSON.parse(text);
  }
  assertValid(validatorFor(schemaJson, `${method} ${specPath} ${statusKey}`), json, where);
  return { status: response.status, contentType, text, json };
}

function assertValid(validate: ValidateFunction, body: unknown, where: string): void {
  if (!validate(body)) throw new Error(`${where}: response does not match the OpenAPI schema:\n  ${formatErrors(validate.errors)}`);
}

const TOPOLOGY = `
lab:
  title: Imported by contract test
  description: two routers
  version: 0.3.0
nodes:
  - id: n0
    label: r1
    node_definition: iosv
    x: 0
    y: 0
    interfaces:
      - { id: i0, label: Loopback0, type: loopback }
      - { id: i1, label: GigabitEthernet0/0, slot: 0, type: physical }
  - id: n1
    label: r2
    node_definition: iosv
    x: 100
    y: 0
    interfaces:
      - { id: i0, label: GigabitEthernet0/0, slot: 0, type: physical }
links:
  - { id: l0, n1: n0, n2: n1, i1: i1, i2: i0 }
`;

describe('CML simulator contract (CML 2.9 OpenAPI)', () => {
  let sim: CmlSimulator;
  let token: string;
  const labs: Record<string, string> = {};

  beforeAll(async () => {
    sim = await startCmlSimulator({
      licenseRegistrationDelayMs: 50,
      controllers: [
        {
          id: 'contract',
          computes: 2,
          licensed: false,
          users: [{ username: 'admin', password: 'admin' }, { username: 'alice', password: 'alice-pass', fullname: 'Alice' }],
          labs: [
            { title: 'Defined', state: 'DEFINED_ON_CORE', nodes: 2 },
            { title: 'Stopped', state: 'STOPPED', nodes: 3 },
            { title: 'Started', state: 'STARTED', nodes: 5, owner: 'alice' },
          ],
          activity: [{ username: 'alice', category: 'start_lab', minutesAgo: 5, labTitle: 'Started' }],
          systemEventIntervalMs: 1000,
        },
      ],
    });
    for (const lab of sim.controllers.require('contract').summary().labs) labs[lab.title] = lab.id;
  });

  afterAll(() => sim.close());

  const call = (method: string, specPath: string, actualPath: string, init: Parameters<typeof exchange>[5]) => exchange(sim, 'contract', method, specPath, actualPath, init);

  it('authenticates with a bare JSON string token and refuses bad credentials with 403', async () => {
    const ok = await call('POST', '/authenticate', '/authenticate', { body: JSON.stringify({ username: 'admin', password: 'admin' }), expect: 200 });
    expect(typeof ok.json).toBe('string');
    token = ok.json as string;
    await call('POST', '/authenticate', '/authenticate', { body: JSON.stringify({ username: 'admin', password: 'wrong' }), expect: 403 });
    await call('POST', '/authenticate', '/authenticate', { body: JSON.stringify({ username: 'nobody', password: 'x' }), expect: 403 });
  });

  it('checks tokens: authok with a token, 401 without, with a foreign or an expired one', async () => {
    await call('GET', '/authok', '/authok', { token, expect: 200 });
    await call('GET', '/authok', '/authok', { expect: 401 });
    await call('GET', '/authok', '/authok', { token: 'abc.def.ghi', expect: 401 });
    await call('GET', '/system_stats', '/system_stats', { expect: 401 });
  });

  it('answers system information without a token, and system health and stats with one', async () => {
    const info = await call('GET', '/system_information', '/system_information', { expect: 200 });
    expect(info.json).toMatchObject({ ready: true, version: expect.stringMatching(/^2\.9/) });
    const health = await call('GET', '/system_health', '/system_health', { token, expect: 200 });
    expect(Object.keys((health.json as { computes: Json }).computes)).toHaveLength(2);
    const stats = await call('GET', '/system_stats', '/system_stats', { token, expect: 200 });
    const computes = Object.values((stats.json as { computes: Record<string, { stats: { dominfo: { running_nodes: number } } }> }).computes);
    expect(computes.reduce((s, c) => s + c.stats.dominfo.running_nodes, 0)).toBe(5);
  });

  it('serves licensing: status, asynchronous registration, conflicts and deregistration', async () => {
    const before = await call('GET', '/licensing', '/licensing', { token, expect: 200 });
    expect(before.json).toMatchObject({ registration: { status: 'NOT_REGISTERED' } });
    await call('POST', '/licensing/registration', '/licensing/registration', { token, body: JSON.stringify({ token: 'bad token!', reregister: false }), expect: 400 });
    await call('DELETE', '/licensing/deregistration', '/licensing/deregistration', { token, expect: 400 });
    await call('POST', '/licensing/registration', '/licensing/registration', { token, body: JSON.stringify({ token: 'VALID-token-123', reregister: false }), expect: 204 });
    const pending = await call('GET', '/licensing', '/licensing', { token, expect: 200 });
    expect(pending.json).toMatchObject({ registration: { status: 'IN_PROGRESS' } });
    await call('POST', '/licensing/registration', '/licensing/registration', { token, body: JSON.stringify({ token: 'VALID-token-123' }), expect: 409 });
    await new Promise((r) => setTimeout(r, 80));
    const done = await call('GET', '/licensing', '/licensing', { token, expect: 200 });
    expect(done.json).toMatchObject({ registration: { status: 'COMPLETED' }, authorization: { status: 'IN_COMPLIANCE' } });
    await call('DELETE', '/licensing/deregistration', '/licensing/deregistration', { token, expect: 204 });
    await call('POST', '/licensing/registration', '/licensing/registration', { token, body: JSON.stringify({ token: 'invalid' }), expect: 204 });
    await new Promise((r) => setTimeout(r, 80));
    const failed = await call('GET', '/licensing', '/licensing', { token, expect: 200 });
    expect(failed.json).toMatchObject({ registration: { status: 'FAILED' } });
  });

  it('lists labs (ids only; show_all for every owner), one lab, tiles, state and events', async () => {
    const all = await call('GET', '/labs', '/labs?show_all=true', { token, expect: 200 });
    expect((all.json as string[]).sort()).toEqual(Object.values(labs).sort());
    const own = await call('GET', '/labs', '/labs', { token, expect: 200 });
    expect(own.json).toHaveLength(2);
    const lab = await call('GET', '/labs/{lab_id}', `/labs/${labs.Started}`, { token, expect: 200 });
    expect(lab.json).toMatchObject({ lab_title: 'Started', state: 'STARTED', node_count: 5, owner_username: 'alice' });
    await call('GET', '/labs/{lab_id}', '/labs/0b6c4c10-4b0e-4d84-9a4a-2e3f2d3c4b5a', { token, expect: 404 });
    const tiles = await call('GET', '/populate_lab_tiles', '/populate_lab_tiles', { token, expect: 200 });
    expect(Object.keys((tiles.json as { lab_tiles: Json }).lab_tiles)).toHaveLength(3);
    const state = await call('GET', '/labs/{lab_id}/state', `/labs/${labs.Stopped}/state`, { token, expect: 200 });
    expect(state.json).toBe('STOPPED');
    const events = await call('GET', '/labs/{lab_id}/events', `/labs/${labs.Started}/events`, { token, expect: 200 });
    expect((events.json as unknown[]).length).toBeGreaterThan(0);
  });

  it('runs the lab state machine and refuses what CML refuses', async () => {
    const id = labs.Defined as string;
    await call('PUT', '/labs/{lab_id}/start', `/labs/${id}/start`, { token, expect: 204 });
    await call('PUT', '/labs/{lab_id}/wipe', `/labs/${id}/wipe`, { token, expect: 400 });
    await call('DELETE', '/labs/{lab_id}', `/labs/${id}`, { token, expect: 400 });
    await call('PUT', '/labs/{lab_id}/stop', `/labs/${id}/stop`, { token, expect: 204 });
    await call('DELETE', '/labs/{lab_id}', `/labs/${id}`, { token, expect: 400 });
    await call('PUT', '/labs/{lab_id}/wipe', `/labs/${id}/wipe`, { token, expect: 204 });
    const state = await call('GET', '/labs/{lab_id}/state', `/labs/${id}/state`, { token, expect: 200 });
    expect(state.json).toBe('DEFINED_ON_CORE');
    await call('PUT', '/labs/{lab_id}/start', '/labs/0b6c4c10-4b0e-4d84-9a4a-2e3f2d3c4b5a/start', { token, expect: 404 });
    await call('PUT', '/labs/{lab_id}/stop', '/labs/0b6c4c10-4b0e-4d84-9a4a-2e3f2d3c4b5a/stop', { token, expect: 404 });
    await call('PUT', '/labs/{lab_id}/wipe', '/labs/0b6c4c10-4b0e-4d84-9a4a-2e3f2d3c4b5a/wipe', { token, expect: 404 });
    await call('DELETE', '/labs/{lab_id}', `/labs/${id}`, { token, expect: 204 });
    await call('DELETE', '/labs/{lab_id}', `/labs/${id}`, { token, expect: 404 });
    await call('GET', '/labs/{lab_id}/events', `/labs/${id}/events`, { token, expect: 404 });
    await call('GET', '/labs/{lab_id}/state', `/labs/${id}/state`, { token, expect: 404 });
  });

  it('downloads YAML, imports it back (YAML body sent as application/json) and refuses broken topologies', async () => {
    const yaml = await call('GET', '/labs/{lab_id}/download', `/labs/${labs.Stopped}/download`, { token, expect: 200 });
    expect(yaml.text).toMatch(/^[a-z_]+:/m);
    const copy = await call('POST', '/import', '/import?title=Round%20trip', { token, body: yaml.text, expect: 200 });
    const copyId = (copy.json as { id: string }).id;
    const copied = await call('GET', '/labs/{lab_id}', `/labs/${copyId}`, { token, expect: 200 });
    expect(copied.json).toMatchObject({ lab_title: 'Round trip', node_count: 3, link_count: 2, state: 'DEFINED_ON_CORE' });
    const imported = await call('POST', '/import', '/import', { token, body: TOPOLOGY, expect: 200 });
    expect(imported.json).toMatchObject({ warnings: [] });
    await call('POST', '/import', '/import', { token, body: 'lab: {version: 9.9.9}\nnodes: []\nlinks: []\n', expect: 400 });
    await call('POST', '/import', '/import', { token, body: ': : not yaml', expect: 400 });
    await call('GET', '/labs/{lab_id}/download', '/labs/0b6c4c10-4b0e-4d84-9a4a-2e3f2d3c4b5a/download', { token, expect: 404 });
  });

  it('lists telemetry events including the system user, and node and image definitions', async () => {
    const events = (await call('GET', '/telemetry/events', '/telemetry/events', { token, expect: 200 })).json as { category: string; data: { user_id: string } }[];
    expect(events.some((e) => e.data.user_id.startsWith('00000000-0000-'))).toBe(true);
    expect(events.some((e) => e.category === 'start_lab' && !e.data.user_id.startsWith('00000000-0000-'))).toBe(true);
    const defs = await call('GET', '/node_definitions', '/node_definitions', { token, expect: 200 });
    expect((defs.json as unknown[]).length).toBeGreaterThan(3);
    await call('GET', '/image_definitions', '/image_definitions', { token, expect: 200 });
    await call('GET', '/simplified_node_definitions', '/simplified_node_definitions', { token, expect: 200 });
  });

  it('lists the compute hosts in the ComputeHostBase shape', async () => {
    const hosts = (await call('GET', '/system/compute_hosts', '/system/compute_hosts', { token, expect: 200 })).json as { admission_state: string }[];
    expect(hosts.length).toBeGreaterThan(0);
    expect(hosts[0]).toMatchObject({ admission_state: 'READY', is_simulator: true });
  });

  it('answers 404 in the error shape for every path it does not implement', async () => {
    for (const [method, path] of [['GET', '/nope'], ['GET', '/users'], ['POST', '/labs'], ['GET', '/labs/x/y/z']] as const) {
      const response = await fetch(`${sim.baseUrlOf('contract')}/api/v0${path}`, { method, headers: { authorization: `Bearer ${token}` } });
      expect(response.status).toBe(404);
      assertValid(validatorFor({ $ref: '#/components/schemas/Error' }, 'Error'), await response.json(), `${method} ${path}`);
    }
  });

  it('rejects a token after it expires, with 401 in the error shape', async () => {
    await sim.close();
    let now = Date.now();
    sim = await startCmlSimulator({ now: () => now, tokenTtlSeconds: 60, controllers: [{ id: 'contract' }] });
    const fresh = (await call('POST', '/authenticate', '/authenticate', { body: JSON.stringify({ username: 'admin', password: 'admin' }), expect: 200 })).json as string;
    await call('GET', '/system_health', '/system_health', { token: fresh, expect: 200 });
    now += 61_000;
    const expired = await call('GET', '/system_health', '/system_health', { token: fresh, expect: 401 });
    expect(expired.json).toEqual({ code: 401, description: 'Authorization token has expired.' });
  });

  it('covered every implemented endpoint, and every one exists in the OpenAPI document', () => {
    const implemented = CML_ROUTES.map((r) => `${r.method} ${r.path}`);
    for (const route of CML_ROUTES) expect({ route: route.path, inSpec: Boolean(spec.paths[route.path]?.[route.method.toLowerCase()]) }).toEqual({ route: route.path, inSpec: true });
    expect(implemented.filter((r) => !covered.has(r))).toEqual([]);
  });

  it('requires a token exactly where the spec declares security', () => {
    for (const route of CML_ROUTES) {
      const declared = Boolean(spec.paths[route.path]?.[route.method.toLowerCase()]?.security?.length);
      expect({ route: `${route.method} ${route.path}`, auth: route.auth }).toEqual({ route: `${route.method} ${route.path}`, auth: declared });
    }
  });
});
