import { createServer } from 'node:net';
import type { DomainError } from '#kernel';
import { type CmlSimulator, startTestSimulator } from '../../../test/support/cml.js';
import { CmlClientFactory } from './cml-client-factory.js';
import type { CmlCallEvent, CmlClientFactoryOptions } from './cml-client.options.js';
import { failureOf } from '../../../test/support/failure.js';

const failure = (promise: Promise<unknown>) => failureOf<DomainError>(promise);

async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const started = performance.now();
  const result = await fn();
  return { ms: performance.now() - started, result };
}

/** A loopback port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const CREDENTIALS = { username: 'admin', password: 'admin' };

describe('CmlClient resilience against simulator fault modes', () => {
  let sim: CmlSimulator;
  let factory: CmlClientFactory;
  let calls: CmlCallEvent[];
  let skewMs: number;

  const useFactory = (options: CmlClientFactoryOptions = {}): CmlClientFactory => {
    factory?.close();
    factory = new CmlClientFactory({
      credentials: CREDENTIALS,
      timeoutMs: 2000,
      backoff: { baseMs: 5, maxMs: 20 },
      onCall: (e) => calls.push(e),
      // The breaker's cooldown is skipped by moving this clock rather than waiting.
      now: () => Date.now() + skewMs,
      ...options,
    });
    return factory;
  };

  beforeEach(async () => {
    calls = [];
    skewMs = 0;
    sim = await startTestSimulator([{ id: 'c', labs: [{ title: 'L', state: 'STOPPED', nodes: 2 }] }]);
  });

  afterEach(async () => {
    factory?.close();
    await sim.close();
  });

  const controller = () => sim.controllers.require('c');
  const client = () => factory.forController(sim.baseUrlOf('c'));

  it('a hung controller costs at most its timeout, then the open circuit fails fast, then a trial call closes it', async () => {
    useFactory({ timeoutMs: 300, breaker: { failureThreshold: 2, cooldownMs: 60_000 } });
    await client().authenticate();
    controller().setFaults({ hang: true });

    for (let i = 0; i < 2; i++) {
      const { ms, result } = await timed(() => failure(client().systemStats()));
      expect(result).toMatchObject({ code: 'CML.TIMEOUT', kind: 'unavailable', details: { timeoutMs: 300, operation: 'systemStats' } });
      expect(ms).toBeGreaterThanOrEqual(290);
      expect(ms).toBeLessThan(700);
    }
    expect(controller().requestCount('GET /system_stats')).toBe(2);
    expect(factory.circuitState(sim.baseUrlOf('c'))).toBe('open');

    const fast = await timed(() => failure(client().labIds()));
    expect(fast.result).toMatchObject({ code: 'CML.CIRCUIT_OPEN', kind: 'unavailable', details: { lastFailure: 'CML.TIMEOUT' } });
    expect(fast.result.message).toContain('calls are paused');
    expect(fast.ms).toBeLessThan(50);
    expect(controller().requestCount('GET /labs')).toBe(0);
    expect(calls.at(-1)).toMatchObject({ operation: 'labIds', error: 'CML.CIRCUIT_OPEN', durationMs: 0 });

    // After the cooldown one trial call goes through; it fails, so the circuit opens again.
    skewMs += 60_000;
    expect(factory.circuitState(sim.baseUrlOf('c'))).toBe('half-open');
    expect(await failure(client().systemStats())).toMatchObject({ code: 'CML.TIMEOUT' });
    expect(await failure(client().systemStats())).toMatchObject({ code: 'CML.CIRCUIT_OPEN' });

    controller().setFaults({});
    skewMs += 60_000;
    expect((await client().systemStats()).computes).toBeDefined();
    expect(factory.circuitState(sim.baseUrlOf('c'))).toBe('closed');
  });

  it('waits for a slow controller within the timeout and gives up beyond it', async () => {
    useFactory({ timeoutMs: 400 });
    await client().authenticate();
    controller().setFaults({ latencyMs: 150 });
    const slow = await timed(() => client().labIds());
    expect(slow.result).toHaveLength(1);
    expect(slow.ms).toBeGreaterThanOrEqual(140);
    controller().setFaults({ latencyMs: 1000 });
    const late = await timed(() => failure(client().labIds()));
    expect(late.result).toMatchObject({ code: 'CML.TIMEOUT' });
    expect(late.ms).toBeLessThan(800);
    expect(controller().requestCount('GET /labs')).toBe(2);
  });

  it('renews an expired token exactly once, also for concurrent callers', async () => {
    useFactory();
    await client().authenticate();
    expect(controller().requestCount('POST /authenticate')).toBe(1);
    controller().setFaults({ expireTokens: true });

    const ids = await Promise.all(Array.from({ length: 5 }, () => client().labIds()));
    expect(ids.every((list) => list.length === 1)).toBe(true);
    expect(controller().requestCount('POST /authenticate')).toBe(2);
    expect(calls.filter((c) => c.status === 401)).toHaveLength(5);
    await client().systemHealth();
    expect(controller().requestCount('POST /authenticate')).toBe(2);
  });

  it('renews a token that expired by its TTL', async () => {
    await sim.close();
    // 3 s: the client caches it for 2 s (it leaves 10 % of the life), long enough for a loaded
    // machine to finish the first call with one token; 1 s left no cache at all.
    sim = await startTestSimulator([{ id: 'c', tokenTtlSeconds: 3 }]);
    // An opaque-token TTL far longer than the JWT's: the client must trust the JWT's exp instead.
    useFactory({ fallbackTokenTtlSeconds: 3600 });
    await client().labIds();
    const first = controller().requestCount('POST /authenticate');
    expect(first).toBe(1);
    await new Promise((r) => setTimeout(r, 3100));
    await client().labIds();
    // Past its exp, one new token, asked for before the call rather than after a 401.
    expect(controller().requestCount('POST /authenticate')).toBe(first + 1);
    expect(calls.filter((c) => c.status === 401)).toHaveLength(0);
  });

  it('gives up with CML.AUTH_FAILED when even a fresh token is rejected', async () => {
    useFactory();
    await client().authenticate();
    controller().setFaults({ rejectTokens: true });
    const error = await failure(client().labIds());
    expect(error).toMatchObject({ code: 'CML.AUTH_FAILED', details: { status: 401 } });
    expect(error.message).toContain('rejected a freshly issued token');
    expect(controller().requestCount('POST /authenticate')).toBe(2);
    expect(controller().requestCount('GET /labs')).toBe(2);
  });

  it('retries reads on 500s with backoff, never writes', async () => {
    useFactory({ readRetries: 2, breaker: { failureThreshold: 100, cooldownMs: 1000 } });
    await client().authenticate();
    controller().setFaults({ errorRate: 1 });

    const read = await failure(client().systemStats());
    expect(read).toMatchObject({ code: 'CML.ERROR', kind: 'upstream', details: { status: 500 } });
    expect(controller().requestCount('GET /system_stats')).toBe(3);
    expect(calls.filter((c) => c.operation === 'systemStats').map((c) => c.attempt)).toEqual([1, 2, 3]);

    const [labId] = controller().labIds() as [string];
    for (const write of [() => client().startLab(labId), () => client().deleteLab(labId), () => client().registerLicense('tok'), () => client().importTopology('lab: {}')]) {
      expect(await failure(write())).toMatchObject({ code: 'CML.ERROR' });
    }
    expect(controller().requestCount('PUT /labs/{lab_id}/start')).toBe(1);
    expect(controller().requestCount('DELETE /labs/{lab_id}')).toBe(1);
    expect(controller().requestCount('POST /licensing/registration')).toBe(1);
    expect(controller().requestCount('POST /import')).toBe(1);
  });

  it('hides a transient 500 on a read behind a retry', async () => {
    useFactory();
    await client().authenticate();
    controller().setFaults({ failNext: 1 });
    expect(await client().labIds()).toHaveLength(1);
    expect(controller().requestCount('GET /labs')).toBe(2);
  });

  it('turns malformed answers into CML.INVALID_RESPONSE naming the endpoint, without opening the circuit', async () => {
    useFactory({ breaker: { failureThreshold: 1, cooldownMs: 60_000 } });
    controller().setFaults({ malformed: { '/system_stats': 'wrong-shape', '/labs': 'invalid-json', '/system_information': 'wrong-shape' } });
    const stats = await failure(client().systemStats());
    expect(stats).toMatchObject({ code: 'CML.INVALID_RESPONSE', kind: 'upstream', details: { controller: sim.baseUrlOf('c'), operation: 'systemStats' } });
    expect(stats.message).toMatch(/GET \/system_stats with an unexpected shape: .*computes/);
    expect((await failure(client().labIds())).message).toContain('GET /labs with a body that is not JSON');
    expect((await failure(client().systemInformation())).message).toMatch(/ready: Invalid input: expected boolean/);
    expect(factory.circuitState(sim.baseUrlOf('c'))).toBe('closed');

    controller().setFaults({ malformed: { '/authenticate': 'wrong-shape' } });
    const fresh = new CmlClientFactory({ credentials: CREDENTIALS });
    const login = await failure(fresh.forController(sim.baseUrlOf('c')).labIds());
    fresh.close();
    expect(login).toMatchObject({ code: 'CML.INVALID_RESPONSE', details: { operation: 'authenticate' } });
    expect(login.message).toContain('POST /authenticate');
  });

  it('reports a booting controller: ready false first, CML.BOOTING on 502 (not retried)', async () => {
    useFactory();
    controller().setFaults({ booting: 'not-ready' });
    expect(await client().systemInformation()).toMatchObject({ ready: false });
    expect(await failure(client().systemInformation({ requireReady: true }))).toMatchObject({ code: 'CML.BOOTING', kind: 'unavailable' });
    const [labId] = controller().labIds() as [string];
    expect(await failure(client().startLab(labId))).toMatchObject({ code: 'CML.REFUSED', details: { status: 400 } });

    controller().setFaults({ booting: 'bad-gateway' });
    controller().resetRequests();
    const error = await failure(client().systemInformation());
    expect(error).toMatchObject({ code: 'CML.BOOTING', details: { status: 502 } });
    expect(error.message).toContain('502');
    expect(controller().requestCount()).toBe(1);
  });

  it('reports unreachable controllers: refused connections and resets, retried for reads', async () => {
    useFactory({ readRetries: 2 });
    const port = await closedPort();
    const refused = await failure(factory.forController(`http://127.0.0.1:${port}`).systemInformation());
    expect(refused).toMatchObject({ code: 'CML.UNREACHABLE', kind: 'unavailable', details: { cause: 'ECONNREFUSED' } });
    expect(calls.filter((c) => c.error === 'CML.UNREACHABLE')).toHaveLength(3);

    controller().setFaults({ unreachable: true });
    expect(await failure(client().systemInformation())).toMatchObject({ code: 'CML.UNREACHABLE', details: { cause: 'ECONNRESET' } });
    expect(controller().requestCount('GET /system_information')).toBe(3);
  });
});
