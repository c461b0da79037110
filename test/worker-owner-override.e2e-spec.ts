import { Api, eventually, expectStatus } from './support/api.js';
import { TimeTravel } from './support/clock.js';
import { closeMotoClients, createNamedAmi, launchInstances, uniqueRunId } from './support/moto.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const REGION = 'us-east-1';
/** The service account behind the `user` role's token: owning a worker makes it that worker's owner. */
const VIEWER = 'cml-automation-viewer';

interface Run {
  id: string;
  outcome: string;
  summary?: Record<string, unknown>;
}

/** Owners and overrides end to end: who owns a worker, who may set its override, and idle detection leaving it alone. */
describe('worker owners and overrides', () => {
  let t: TestApp;
  let api: Api;
  let clock: TimeTravel;
  let run: string;
  let amiId: string;
  /** owned: tagged Owner=<the viewer>; other: owned by nobody. */
  const ids: Record<'owned' | 'other', string> = { owned: '', other: '' };

  async function runJob(name: string): Promise<Run> {
    const started = await api.post(`/api/jobs/${name}/run`, {}, 'admin').then(expectStatus(202));
    return eventually(async () => {
      const runs = await api.get(`/api/jobs/${name}/runs?limit=5`);
      const r = (runs.body as Run[]).find((x) => x.id === started.body.id);
      return r && r.outcome !== 'running' ? r : undefined;
    }, 20_000);
  }

  const inHours = (hours: number) => new Date(clock.now().getTime() + hours * 3_600_000).toISOString();

  beforeAll(async () => {
    t = await startTestApp('owners', { IDLE_TIMEOUT_MINUTES: '60', IDLE_WARNING_LEAD_MINUTES: '10', IDLE_START_GRACE_MINUTES: '30' }, { onCreated: (app) => (clock = new TimeTravel(app)) });
    api = new Api(t.url);
    run = uniqueRunId('own');
    amiId = await createNamedAmi(REGION, `cml-${run}`);
    const [owned] = await launchInstances(REGION, { count: 1, imageId: amiId, tags: { Name: `owned-${run}`, Owner: VIEWER } });
    const [other] = await launchInstances(REGION, { count: 1, imageId: amiId, tags: { Name: `other-${run}` } });
    ids.owned = (await api.post('/api/workers/import', { region: REGION, instanceId: owned }).then(expectStatus(201))).body.id;
    ids.other = (await api.post('/api/workers/import', { region: REGION, instanceId: other }).then(expectStatus(201))).body.id;
  });
  afterAll(async () => {
    await t.close();
    closeMotoClients();
  });

  it('takes the owner of an imported worker from its Owner tag, and leaves one without the tag unowned', async () => {
    const owned = await api.get(`/api/workers/${ids.owned}`, 'user').then(expectStatus(200));
    expect(owned.body.owner).toBe(VIEWER);
    // The owner may start, stop and set overrides on it without the manager role; the rest still needs a role.
    expect(owned.body.actions).toMatchObject({ override: { allowed: true }, stop: { allowed: true }, refresh: { allowed: false }, changeOwner: { allowed: false } });
    const timeline = await api.get(`/api/workers/${ids.owned}/events`).then(expectStatus(200));
    expect(timeline.body.items.find((e: { type: string }) => e.type === 'worker.imported').data).toMatchObject({ owner: VIEWER });
    const other = await api.get(`/api/workers/${ids.other}`, 'user').then(expectStatus(200));
    expect(other.body.owner).toBeUndefined();
    expect(other.body.actions.override).toEqual({ allowed: false, reason: 'This needs the manager role or a stronger one; you have user.', refusedBy: 'role' });
  });

  it('makes whoever provisions a worker its owner', async () => {
    const res = await api.post('/api/workers', { name: `prov-${run}`, region: REGION, amiId, instanceType: 'c5.metal' }).then(expectStatus(202));
    expect(res.body.owner).toBe('cml-automation-admin');
    const timeline = await api.get(`/api/workers/${res.body.id}/events`).then(expectStatus(200));
    expect(timeline.body.items.find((e: { type: string }) => e.type === 'worker.provisioning-requested').data).toMatchObject({ owner: 'cml-automation-admin' });
  });

  it('lets an admin change the owner, in the timeline; a manager may not, and a bad owner is a 400 saying what to fix', async () => {
    await api.put(`/api/workers/${ids.other}/owner`, { owner: 'alice' }, 'manager').then(expectStatus(403));
    const bad = await api.put(`/api/workers/${ids.other}/owner`, { owner: 'alice smith' }).then(expectStatus(400));
    expect(bad.body).toMatchObject({ code: 'WORKER.OWNER_INVALID', detail: expect.stringContaining('use letters, digits and . _ @ + - only') });
    const res = await api.put(`/api/workers/${ids.other}/owner`, { owner: 'group:ccna-teachers' }).then(expectStatus(200));
    expect(res.body.owner).toBe('group:ccna-teachers');
    const timeline = await api.get(`/api/workers/${ids.other}/events`).then(expectStatus(200));
    expect(timeline.body.items[0]).toMatchObject({ type: 'worker.owner-changed', actor: { name: 'cml-automation-admin' }, data: { workerId: ids.other, owner: 'group:ccna-teachers' } });
  });

  it('refuses an override to a user who does not own the worker, naming its owner', async () => {
    const res = await api.put(`/api/workers/${ids.other}/override`, { kind: 'keep-running', until: inHours(3) }, 'user').then(expectStatus(403));
    expect(res.body).toMatchObject({ code: 'WORKER.NOT_OWNER', detail: expect.stringContaining('needs its owner (group:ccna-teachers) or the manager role; you are cml-automation-viewer') });
    await api.delete(`/api/workers/${ids.other}/override`, 'user').then(expectStatus(403));
    await api.post(`/api/workers/${ids.other}/stop`, {}, 'user').then(expectStatus(403));
  });

  it('refuses an until in the past, too far ahead or not a time, saying what to fix', async () => {
    const past = await api.put(`/api/workers/${ids.owned}/override`, { kind: 'keep-running', until: inHours(-1) }, 'user').then(expectStatus(400));
    expect(past.body).toMatchObject({ code: 'WORKER.OVERRIDE_INVALID', detail: expect.stringContaining('must be in the future') });
    const far = await api.put(`/api/workers/${ids.owned}/override`, { kind: 'keep-running', until: inHours(15 * 24) }, 'user').then(expectStatus(400));
    expect(far.body.detail).toContain('more than 14 days ahead');
    const notTime = await api.put(`/api/workers/${ids.owned}/override`, { kind: 'keep-running', until: 'tonight' }, 'user').then(expectStatus(400));
    expect(JSON.stringify(notTime.body)).toContain('until must be an ISO 8601 time');
    const kind = await api.put(`/api/workers/${ids.owned}/override`, { kind: 'keep-warm', until: inHours(1) }, 'user').then(expectStatus(400));
    expect(JSON.stringify(kind.body)).toContain('kind must be one of keep-running, keep-stopped');
  });

  it('lets the owner set a keep-running override, and idle detection leaves the worker running inside it, saying why', async () => {
    // Times in reasons carry the date when they fall on another day than now (after midnight UTC).
    const until = inHours(3);
    const res = await api.put(`/api/workers/${ids.owned}/override`, { kind: 'keep-running', until }, 'user').then(expectStatus(200));
    expect(res.body.override).toEqual({ kind: 'keep-running', until, by: VIEWER, setAt: expect.any(String) });
    // Both were imported (activity) an hour and more ago: the one without an override is warned.
    clock.advanceMinutes(61);
    const idleRun = await runJob('idle-detection');
    expect(idleRun.outcome).toBe('succeeded');
    const owned = await api.get(`/api/workers/${ids.owned}/idle`).then(expectStatus(200));
    expect(owned.body.warning).toBeUndefined();
    expect(owned.body.current).toMatchObject({ outcome: 'keep', code: 'power-protected', reason: expect.stringMatching(/^Inside a keep-running override until (?:\d{1,2} [A-Z][a-z]{2} )?\d\d:\d\d UTC; no idle stop\.$/) });
    const other = await api.get(`/api/workers/${ids.other}/idle`).then(expectStatus(200));
    expect(other.body.current).toMatchObject({ code: 'warning-pending' });
    clock.advanceMinutes(11);
    await runJob('idle-detection');
    expect((await api.get(`/api/workers/${ids.owned}`)).body.status).toBe('running');
    expect((await api.get(`/api/workers/${ids.other}`)).body.status).toMatch(/^(stopping|stopped)$/);
  });

  it('lets the owner clear the override, in the timeline', async () => {
    const res = await api.delete(`/api/workers/${ids.owned}/override`, 'user').then(expectStatus(200));
    expect(res.body.override).toBeUndefined();
    const timeline = await api.get(`/api/workers/${ids.owned}/events`).then(expectStatus(200));
    expect(timeline.body.items.slice(0, 2).map((e: { type: string; actor: { name: string } }) => [e.type, e.actor.name])).toEqual([
      ['worker.override-cleared', VIEWER],
      ['worker.override-set', VIEWER],
    ]);
    // Nothing left to clear is no error.
    await api.delete(`/api/workers/${ids.owned}/override`, 'manager').then(expectStatus(200));
  });

  it('lets the owner stop their worker without the manager role, remembered as a person\'s change', async () => {
    const res = await api.post(`/api/workers/${ids.owned}/stop`, {}, 'user').then(expectStatus(202));
    expect(res.body.worker).toMatchObject({ status: 'stopping', lastManualChange: { action: 'stop', by: VIEWER } });
  });
});
