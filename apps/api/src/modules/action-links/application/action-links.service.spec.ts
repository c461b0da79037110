import { type Actor, Clock, DomainError } from '#kernel';
import type { AppConfig } from '../../../config/app-config.js';
import { ActionLinkService } from './action-links.service.js';
import { type LinkWorker, LinkWorkers } from './ports/link-workers.port.js';
import { type LinkUse, UsedLinks } from './ports/used-links.port.js';

const NOW = new Date('2026-12-03T10:00:00Z');
const config = { http: { publicUrl: 'https://ccm.example.com' }, actionLinks: { secret: 's'.repeat(40), ratePerMinute: 20 } } as unknown as AppConfig;

class FakeWorkers extends LinkWorkers {
  worker: LinkWorker | undefined = { id: 'w1', name: 'lab-1', status: 'running', managed: true, statusChangedAt: '2026-12-03T08:00:00.000Z' };
  calls: string[] = [];
  refuse?: DomainError;
  async find() {
    return this.worker && { ...this.worker };
  }
  async keepRunning(_id: string, until: Date, actor: Actor) {
    if (this.refuse) throw this.refuse;
    this.calls.push(`keep until ${until.toISOString()} by ${actor.name}`);
  }
  async stop(_id: string, actor: Actor) {
    if (this.refuse) throw this.refuse;
    this.calls.push(`stop by ${actor.name}`);
    return { changed: true, message: 'Stopping' };
  }
}

class FakeUsed extends UsedLinks {
  readonly uses = new Map<string, LinkUse>();
  async usedAt(nonce: string) {
    return this.uses.get(nonce)?.usedAt;
  }
  async claim(use: LinkUse) {
    if (this.uses.has(use.nonce)) return false;
    this.uses.set(use.nonce, use);
    return true;
  }
  async release(nonce: string) {
    this.uses.delete(nonce);
  }
}

function setup() {
  const workers = new FakeWorkers();
  const used = new FakeUsed();
  const clock = { now: () => NOW } as Clock;
  const service = new ActionLinkService(config, clock, workers, used);
  const tokens = async () => {
    const links = await service.linksFor({ workerId: 'w1', kind: 'stop-warning', recipient: 'alice@example.com', validUntil: new Date('2026-12-03T11:00:00Z') });
    return links.map((l) => l.url.split('/').pop()!);
  };
  return { workers, used, service, tokens };
}

describe('ActionLinkService', () => {
  it('makes three links under PUBLIC_URL, each with a nonce of its own', async () => {
    const { service } = setup();
    const links = await service.linksFor({ workerId: 'w1', kind: 'stop-warning', recipient: 'alice@example.com', validUntil: new Date('2026-12-03T11:00:00Z') });
    expect(links.map((l) => l.label)).toEqual(['Keep running for 1 h', 'Keep running for 4 h', 'Stop now']);
    expect(links.every((l) => l.url.startsWith('https://ccm.example.com/api/action-links/'))).toBe(true);
    expect(new Set(links.map((l) => l.url)).size).toBe(3);
  });

  it.each<[number, string]>([
    [0, 'keep until 2026-12-03T11:00:00.000Z by alice@example.com through an e-mail link'],
    [1, 'keep until 2026-12-03T14:00:00.000Z by alice@example.com through an e-mail link'],
    [2, 'stop by alice@example.com through an e-mail link'],
  ])('link %i does its one action as the recipient through the link, once', async (index, call) => {
    const { workers, service, tokens } = setup();
    const token = (await tokens())[index]!;
    await service.preview(token);
    expect(workers.calls).toEqual([]);
    await service.use(token);
    expect(workers.calls).toEqual([call]);
    await expect(service.use(token)).rejects.toMatchObject({ code: 'ACTION_LINK.USED', details: { usedAt: NOW.toISOString() } });
    expect(workers.calls).toEqual([call]);
  });

  it('leaves the link usable when the worker refuses the action', async () => {
    const { workers, used, service, tokens } = setup();
    const [keep] = await tokens();
    workers.refuse = new DomainError('WORKER.NOT_MANAGED', 'conflict', 'The worker was unregistered.');
    await expect(service.use(keep!)).rejects.toMatchObject({ code: 'ACTION_LINK.ACTION_FAILED', message: expect.stringContaining('The worker was unregistered.') });
    expect(used.uses.size).toBe(0);
    workers.refuse = undefined;
    await service.use(keep!);
    expect(workers.calls).toHaveLength(1);
  });

  it.each<[string, (w: FakeWorkers) => void, string]>([
    ['stopped', (w) => (w.worker = { ...w.worker!, status: 'stopped' }), 'the worker is stopped now'],
    ['gone', (w) => (w.worker = undefined), 'the worker no longer exists'],
    ['kept running by someone', (w) => (w.worker = { ...w.worker!, override: { kind: 'keep-running', until: '2026-12-03T12:00:00.000Z', setAt: NOW.toISOString() } }), 'someone already kept it running'],
  ])('refuses the page and the action once the worker is %s', async (_name, change, why) => {
    const { workers, service, tokens } = setup();
    const [keep] = await tokens();
    change(workers);
    await expect(service.preview(keep!)).rejects.toMatchObject({ code: 'ACTION_LINK.STATE_MOVED_ON', details: { why } });
    await expect(service.use(keep!)).rejects.toMatchObject({ code: 'ACTION_LINK.STATE_MOVED_ON' });
    expect(workers.calls).toEqual([]);
  });
});
