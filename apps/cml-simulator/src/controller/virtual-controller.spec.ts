import { type ControllerSeed, parseSeedFile, type SimLabState } from '../seed/controller-seed.js';
import { CmlApiError, SYSTEM_USER_ID, VirtualController } from './virtual-controller.js';

function controller(seed: ControllerSeed = {}, clock = { now: Date.now() }): VirtualController {
  return new VirtualController(seed.id ?? 'unit', seed, { tokenTtlSeconds: 60, licenseRegistrationDelayMs: 1000, now: () => clock.now });
}

function admin(c: VirtualController) {
  return c.userNamed('admin');
}

describe('VirtualController', () => {
  describe('lab state machine', () => {
    type Action = 'start' | 'stop' | 'wipe' | 'delete';
    const cases: [SimLabState, Action, SimLabState | 'deleted' | number][] = [
      ['DEFINED_ON_CORE', 'start', 'STARTED'],
      ['DEFINED_ON_CORE', 'stop', 'DEFINED_ON_CORE'],
      ['DEFINED_ON_CORE', 'wipe', 'DEFINED_ON_CORE'],
      ['DEFINED_ON_CORE', 'delete', 'deleted'],
      ['STARTED', 'start', 'STARTED'],
      ['STARTED', 'stop', 'STOPPED'],
      ['STARTED', 'wipe', 400],
      ['STARTED', 'delete', 400],
      ['STOPPED', 'start', 'STARTED'],
      ['STOPPED', 'stop', 'STOPPED'],
      ['STOPPED', 'wipe', 'DEFINED_ON_CORE'],
      ['STOPPED', 'delete', 400],
    ];
    it.each(cases)('%s + %s -> %s', (from, action, expected) => {
      const c = controller({ labs: [{ title: 'L', state: from, nodes: 3 }] });
      const [id] = c.labIds() as [string];
      const run = (): void => {
        if (action === 'start') c.startLab(id, admin(c));
        if (action === 'stop') c.stopLab(id, admin(c));
        if (action === 'wipe') c.wipeLab(id, admin(c));
        if (action === 'delete') c.deleteLab(id);
      };
      if (typeof expected === 'number') {
        expect(run).toThrow(expect.objectContaining({ status: expected }) as unknown as Error);
        expect(c.labState(id)).toBe(from);
      } else if (expected === 'deleted') {
        run();
        expect(c.labIds()).toEqual([]);
      } else {
        run();
        expect(c.labState(id)).toBe(expected);
      }
    });

    it('refuses to start a lab while no compute is ready', () => {
      const c = controller({ labs: [{ title: 'L' }], faults: { booting: 'not-ready' } });
      const [id] = c.labIds() as [string];
      expect(() => c.startLab(id, admin(c))).toThrow(CmlApiError);
    });

    it('answers 404 with CML wording for an unknown lab', () => {
      const c = controller();
      expect(() => c.labResponse('0b6c4c10-4b0e-4d84-9a4a-2e3f2d3c4b5a')).toThrow('Lab not found: 0b6c4c10-4b0e-4d84-9a4a-2e3f2d3c4b5a');
    });
  });

  describe('system stats follow running nodes', () => {
    it('adds memory, vCPUs and running nodes when a lab starts and releases them when it stops', () => {
      const c = controller({ labs: [{ title: 'L', nodes: [{ nodeDefinition: 'iosv' }, { nodeDefinition: 'csr1000v' }, { nodeDefinition: 'alpine' }] }] });
      const [id] = c.labIds() as [string];
      const idle = c.systemStats() as { all: { memory: { used: number }; cpu: { percent: number } } };
      c.startLab(id, admin(c));
      const busy = c.systemStats() as typeof idle & { computes: Record<string, { stats: { dominfo: { running_nodes: number; allocated_cpus: number; allocated_memory: number; total_nodes: number } } }> };
      const dominfo = Object.values(busy.computes)[0]?.stats.dominfo;
      expect(dominfo).toMatchObject({ running_nodes: 3, total_nodes: 3, allocated_cpus: 3, allocated_memory: 512 + 3072 + 512 });
      expect(busy.all.memory.used - idle.all.memory.used).toBe((512 + 3072 + 512) * 1024 ** 2);
      expect(busy.all.cpu.percent).toBeGreaterThan(idle.all.cpu.percent);
      c.stopLab(id, admin(c));
      const stopped = c.systemStats() as typeof busy;
      expect(Object.values(stopped.computes)[0]?.stats.dominfo).toMatchObject({ running_nodes: 0, total_nodes: 3, allocated_cpus: 0 });
      expect(stopped.all.memory.used).toBe(idle.all.memory.used);
    });

    it('spreads nodes over computes', () => {
      const c = controller({ computes: 2, labs: [{ title: 'L', state: 'STARTED', nodes: 4 }] });
      const stats = c.systemStats() as { computes: Record<string, { stats: { dominfo: { running_nodes: number } } }> };
      expect(Object.values(stats.computes).map((x) => x.stats.dominfo.running_nodes)).toEqual([2, 2]);
    });
  });

  describe('licensing', () => {
    it('stays IN_PROGRESS for the delay, then COMPLETED; a token "invalid" ends FAILED', () => {
      const clock = { now: 1_000_000 };
      const c = controller({ licensed: false }, clock);
      c.registerLicense({ token: 'good-token', reregister: false }, admin(c));
      expect(c.licensing.registration).toBe('IN_PROGRESS');
      clock.now += 999;
      expect(c.licensing.registration).toBe('IN_PROGRESS');
      clock.now += 1;
      expect(c.licensing.registration).toBe('COMPLETED');
      expect(c.systemHealth()).toMatchObject({ is_licensed: true });
      c.deregisterLicense(admin(c));
      c.registerLicense({ token: 'invalid' }, admin(c));
      clock.now += 1000;
      expect(c.licensingStatus()).toMatchObject({ registration: { status: 'FAILED', register_time: { failure: expect.stringContaining("'invalid' is not valid") } } });
    });

    it('refuses a second registration while one is in progress (409) and a deregistration when not registered (400)', () => {
      const c = controller({ licensed: false });
      expect(() => c.deregisterLicense(admin(c))).toThrow(expect.objectContaining({ status: 400 }) as unknown as Error);
      c.registerLicense({ token: 'a' }, admin(c));
      expect(() => c.registerLicense({ token: 'a' }, admin(c))).toThrow(expect.objectContaining({ status: 409 }) as unknown as Error);
    });
  });

  describe('tokens and users', () => {
    it('issues JWTs with exp that stop working after the TTL or an expireTokens fault', () => {
      const clock = { now: 5_000_000 };
      const c = controller({}, clock);
      const token = c.authenticate('admin', 'admin') as string;
      const payload = JSON.parse(Buffer.from(token.split('.')[1] as string, 'base64url').toString()) as { exp: number };
      expect(payload.exp).toBe(Math.floor(clock.now / 1000) + 60);
      expect(c.checkToken(token).ok).toBe(true);
      c.setFaults({ expireTokens: true });
      expect(c.checkToken(token)).toEqual({ ok: false, reason: 'expired' });
      expect(c.faults).toEqual({});
      const second = c.authenticate('admin', 'admin') as string;
      expect(c.checkToken(second).ok).toBe(true);
      clock.now += 60_000;
      expect(c.checkToken(second)).toEqual({ ok: false, reason: 'expired' });
    });

    it('refuses wrong passwords and tokens of another controller', () => {
      const a = controller({ id: 'a' });
      const b = controller({ id: 'b' });
      expect(a.authenticate('admin', 'nope')).toBeUndefined();
      expect(b.checkToken(a.authenticate('admin', 'admin'))).toEqual({ ok: false, reason: 'invalid' });
    });

    it('gives each username a stable, real-looking user id per controller', () => {
      const a = controller({ id: 'a' });
      expect(a.userIdOf('alice')).toBe(controller({ id: 'a' }).userIdOf('alice'));
      expect(a.userIdOf('alice')).not.toBe(controller({ id: 'b' }).userIdOf('alice'));
      expect(a.userIdOf('alice')).toMatch(/^[\da-f]{8}-[\da-f]{4}-4[\da-f]{3}-[89ab][\da-f]{3}-[\da-f]{12}$/);
      expect(a.userIdOf('alice').startsWith('00000000-0000-')).toBe(false);
    });
  });

  describe('telemetry', () => {
    it('records lab actions for the acting user, and system events for the system user', () => {
      const c = controller({ labs: [{ title: 'L' }] });
      const [id] = c.labIds() as [string];
      c.startLab(id, admin(c));
      c.stopLab(id, admin(c));
      c.wipeLab(id, admin(c));
      const events = c.telemetryEvents() as { category: string; data: { user_id: string; lab_id?: string } }[];
      const human = events.filter((e) => e.data.user_id === c.userIdOf('admin')).map((e) => e.category);
      expect(human).toEqual(['start_lab', 'stop_lab', 'wipe_node', 'wipe_node']);
      expect(events.filter((e) => e.data.user_id === SYSTEM_USER_ID).map((e) => e.category)).toEqual(expect.arrayContaining(['user_activity', 'running_nodes', 'system_stats']));
    });

    it('writes periodic system events lazily, in time order, and back-dated human activity in place', () => {
      const clock = { now: 10_000_000 };
      const c = controller({ systemEventIntervalMs: 60_000 }, clock);
      clock.now += 180_000;
      c.addActivity({ username: 'bob', minutesAgo: 1.5 });
      const events = c.telemetryEvents() as { timestamp: string; data: { user_id: string } }[];
      const times = events.map((e) => Date.parse(e.timestamp));
      expect(times).toEqual([...times].sort((x, y) => x - y));
      expect(events.filter((e) => e.data.user_id === SYSTEM_USER_ID && Date.parse(e.timestamp) > 10_000_000)).toHaveLength(6);
      expect(events.find((e) => e.data.user_id === c.userIdOf('bob'))?.timestamp).toBe(new Date(clock.now - 90_000).toISOString());
    });
  });
});

describe('parseSeedFile', () => {
  it('accepts a list or {controllers}, and names the wrong fields', () => {
    expect(parseSeedFile([{ id: 'a' }])).toEqual({ ok: true, seeds: [{ id: 'a' }] });
    expect(parseSeedFile({ controllers: [{ labs: [{ title: 'x', state: 'STARTED' }] }] })).toMatchObject({ ok: true });
    expect(parseSeedFile({ id: 1 })).toEqual({ ok: false, issues: ['(root): must be a list of controllers, or {controllers: [...]}'] });
    const bad = parseSeedFile([{ id: 'ok', labs: [{ title: 'x', state: 'RUNNING' }], computes: 0 }]);
    expect(bad.ok).toBe(false);
    expect(bad.ok ? [] : bad.issues).toEqual([expect.stringMatching(/^0\.computes: /), expect.stringMatching(/^0\.labs\.0\.state: Invalid option/)]);
  });
});
