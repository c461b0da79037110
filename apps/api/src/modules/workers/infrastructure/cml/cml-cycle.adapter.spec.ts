import type { CmlSystemStats } from '#cml-client';
import { DomainError } from '#kernel';
import { loadConfig } from '../../../../config/app-config.js';
import type { CmlConnector } from '../../../../platform/cml/cml-connector.js';
import { CmlCycleAdapter, newestHumanActivity, parseCmlTime } from './cml-cycle.adapter.js';

const categories = ['start_lab', 'user_activity', 'wipe_node'];
const system = /^00000000-0000-/;

describe('newestHumanActivity', () => {
  const events = [
    { category: 'user_activity', timestamp: '2026-11-25T10:00:00', data: { user_id: '00000000-0000-4000-a000-000000000000' } },
    { category: 'start_lab', timestamp: '2026-11-25T09:00:00.123456', data: { user_id: '5a1e...' } },
    { category: 'wipe_node', timestamp: '2026-11-25T09:30:00+00:00', data: { user_id: 'b0b...' } },
    { category: 'system_stats', timestamp: '2026-11-25T11:00:00Z', data: { user_id: 'b0b...' } },
  ];

  it('ignores the system user and other categories, and takes the newest by time', () => {
    expect(newestHumanActivity(events, categories, system)).toBe('2026-11-25T09:30:00.000Z');
  });

  it('only counts events after the last check', () => {
    expect(newestHumanActivity(events, categories, system, '2026-11-25T09:45:00Z')).toBeUndefined();
    expect(newestHumanActivity(events, categories, system, '2026-11-25T09:10:00Z')).toBe('2026-11-25T09:30:00.000Z');
  });

  it.each([
    ['2026-11-25T09:00:00', '2026-11-25T09:00:00.000Z'],
    ['2026-11-25T09:00:00.5', '2026-11-25T09:00:00.500Z'],
    ['2026-11-25T09:00:00Z', '2026-11-25T09:00:00.000Z'],
    ['2026-11-25T11:00:00+02:00', '2026-11-25T09:00:00.000Z'],
  ])('reads %s as %s (no zone means UTC)', (input, iso) => {
    expect(new Date(parseCmlTime(input)).toISOString()).toBe(iso);
  });
});

describe('CmlCycleAdapter.collect', () => {
  const config = loadConfig({ MONGODB_URI: 'mongodb://127.0.0.1:1/unused', OIDC_ISSUER_URL: 'http://127.0.0.1:1/realms/unused' });
  const stats: CmlSystemStats = {
    all: { cpu: { percent: 12.34 }, memory: { used: 25, total: 100 }, disk: { used: 1, total: 4 } },
    computes: { c1: { stats: { dominfo: { running_nodes: 4, total_nodes: 6 } } } },
  } as unknown as CmlSystemStats;

  function adapterWith(client: Partial<Record<'systemStats' | 'labTiles' | 'telemetryEvents', () => Promise<unknown>>>, calls: string[]) {
    const wrap = (name: keyof typeof client) => () => {
      calls.push(name);
      return client[name]!();
    };
    const connector = { clientFor: () => ({ systemStats: wrap('systemStats'), labTiles: wrap('labTiles'), telemetryEvents: wrap('telemetryEvents') }) };
    return new CmlCycleAdapter(connector as unknown as CmlConnector, config);
  }
  const target = { name: 'w1', endpoint: 'https://198.51.100.7' };

  it('sends the three reads together, stats first, and reads figures, labs and the newest human activity', async () => {
    const calls: string[] = [];
    let inFlight = 0;
    let peak = 0;
    const slow = <T>(value: T) => async () => {
      peak = Math.max(peak, ++inFlight);
      await new Promise((r) => setTimeout(r, 5));
      inFlight--;
      return value;
    };
    const adapter = adapterWith(
      {
        systemStats: slow(stats),
        labTiles: slow([{ id: 'l1', state: 'STARTED' }, { id: 'l2', state: 'STOPPED' }]),
        telemetryEvents: slow([{ category: 'start_lab', timestamp: '2026-11-25T09:30:00Z', data: { user_id: 'b0b' } }]),
      },
      calls,
    );
    const r = await adapter.collect(target, '2026-11-25T09:00:00Z');
    expect(calls).toEqual(['systemStats', 'labTiles', 'telemetryEvents']);
    expect(peak).toBe(3);
    expect(r.observation).toEqual({ serviceStatus: 'available', telemetry: { cpuPercent: 12.3, memoryPercent: 25, diskPercent: 25, runningNodes: 4, totalNodes: 6, labs: 2 } });
    expect(r.labStates).toEqual({ l1: 'STARTED', l2: 'STOPPED' });
    expect(r.latestActivity).toEqual({ at: '2026-11-25T09:30:00.000Z', source: 'cml-telemetry' });
  });

  it('still reports an available controller whose lab tiles or telemetry failed', async () => {
    const adapter = adapterWith({ systemStats: async () => stats, labTiles: () => Promise.reject(new Error('x')), telemetryEvents: () => Promise.reject(new Error('y')) }, []);
    const r = await adapter.collect(target);
    expect(r.observation.serviceStatus).toBe('available');
    expect(r.labStates).toBeUndefined();
    expect(r.latestActivity).toBeUndefined();
  });

  it.each([
    [new DomainError('CML.TIMEOUT', 'unavailable', 'no answer'), 'unavailable'],
    [new DomainError('CML.CIRCUIT_OPEN', 'unavailable', 'paused'), 'unavailable'],
    [new DomainError('CML.BOOTING', 'unavailable', 'booting'), 'starting'],
    [new DomainError('CML.INVALID_RESPONSE', 'upstream', 'garbage'), 'error'],
  ])('maps a failed stats read (%p) to %s, after the other reads settled', async (error, status) => {
    let settled = 0;
    const later = async () => {
      await new Promise((r) => setTimeout(r, 5));
      settled++;
      throw error;
    };
    const adapter = adapterWith({ systemStats: () => Promise.reject(error), labTiles: later, telemetryEvents: later }, []);
    const r = await adapter.collect(target);
    expect(r.observation).toMatchObject({ serviceStatus: status, reason: error.message });
    expect(settled).toBe(2);
  });
});
