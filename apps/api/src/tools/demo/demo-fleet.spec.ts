import { DEMO_FLEET, DEMO_REGIONS } from './demo-fleet.js';
import { controllerSeed } from './simulator-admin.client.js';

/** The demo must show what the product does: both regions, every worker and lab state, something to import. */
describe('the demo fleet', () => {
  it.each(DEMO_REGIONS)('has running and stopped workers and an unmanaged instance in %s', (region) => {
    const machines = DEMO_FLEET.filter((m) => m.region === region);
    expect(new Set(machines.filter((m) => m.managed).map((m) => m.state))).toEqual(new Set(['running', 'stopped']));
    expect(machines.some((m) => !m.managed)).toBe(true);
  });

  it('has labs in every CML state, owned by people who left recent activity', () => {
    const labs = DEMO_FLEET.flatMap((m) => m.controller.labs);
    expect(new Set(labs.map((l) => l.state))).toEqual(new Set(['DEFINED_ON_CORE', 'STOPPED', 'STARTED']));
    for (const m of DEMO_FLEET) {
      for (const owner of m.controller.labs.map((l) => l.owner).filter(Boolean)) expect(m.controller.people).toContain(owner);
      for (const a of m.controller.activity) expect(m.controller.people).toContain(a.username);
    }
    expect(DEMO_FLEET.some((m) => m.managed && m.state === 'running' && m.controller.activity.some((a) => a.minutesAgo < 15))).toBe(true);
  });

  it('uses unique keys that are valid simulator controller ids, and unique worker names', () => {
    const keys = DEMO_FLEET.map((m) => m.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(key).toMatch(/^[a-z0-9][a-z0-9-]{0,62}$/);
    expect(new Set(DEMO_FLEET.map((m) => m.name)).size).toBe(DEMO_FLEET.length);
  });
});

describe('controllerSeed', () => {
  const controller = DEMO_FLEET[0].controller;

  it('lets the fleet API user sign in first, then the people', () => {
    const seed = controllerSeed('c1', controller, { username: 'ops', password: 'pw' }) as { users: { username: string; password: string }[] };
    expect(seed.users[0]).toEqual({ username: 'ops', password: 'pw', fullname: 'Fleet API user' });
    expect(seed.users.slice(1).map((u) => u.username)).toEqual(controller.people);
  });

  it('does not list the fleet user twice when it is one of the people', () => {
    const seed = controllerSeed('c1', controller, { username: controller.people[0], password: 'pw' }) as { users: { username: string; password: string }[] };
    expect(seed.users.filter((u) => u.username === controller.people[0])).toEqual([expect.objectContaining({ password: 'pw' })]);
  });
});
