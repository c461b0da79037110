/**
 * The keep-alive race: a controller closes an idle kept-alive connection just as the client writes
 * the next request on it. The server here plays that moment deterministically: it answers the first
 * request on each connection and resets the connection on any later one.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { failureOf } from '../../../../test/support/failure.js';
import { ConnectionPool, sendHttp, TransportError } from './http-transport.js';

interface Seen {
  connections: number;
  requests: { method: string; answered: boolean }[];
}

async function startServer(resetReused: boolean): Promise<{ server: Server; url: string; seen: Seen }> {
  const seen: Seen = { connections: 0, requests: [] };
  const served = new WeakMap<Socket, number>();
  const server = createServer((req, res) => {
    const count = (served.get(req.socket) ?? 0) + 1;
    served.set(req.socket, count);
    const answered = !resetReused || count === 1;
    seen.requests.push({ method: req.method ?? '', answered });
    if (!answered) {
      req.socket.destroy();
      return;
    }
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ request: seen.requests.length }));
    });
  });
  server.on('connection', () => seen.connections++);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v0/labs`, seen };
}

describe('CML transport on a stale kept-alive connection', () => {
  let server: Server;
  let url: string;
  let seen: Seen;
  let pool: ConnectionPool;

  const send = (method: string, replayable?: boolean) =>
    sendHttp({ url: new URL(url), method, headers: { accept: 'application/json' }, body: method === 'GET' ? undefined : '{}', timeoutMs: 5000, replayable }, pool);

  const failure = (promise: Promise<unknown>) => failureOf<TransportError>(promise);

  beforeEach(async () => {
    ({ server, url, seen } = await startServer(true));
    pool = new ConnectionPool();
  });

  afterEach(async () => {
    pool.destroy();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('sends an idempotent request again on a new connection, once the reused one is reset', async () => {
    await send('GET').then((r) => expect(r.status).toBe(200));
    const second = await send('GET');
    expect(second.status).toBe(200);
    expect(JSON.parse(second.body)).toEqual({ request: 3 });
    expect(seen.requests).toEqual([
      { method: 'GET', answered: true },
      { method: 'GET', answered: false },
      { method: 'GET', answered: true },
    ]);
    expect(seen.connections).toBe(2);
  });

  it.each(['PUT', 'DELETE'])('replays %s, which CML treats as idempotent', async (method) => {
    await send('GET');
    await expect(send(method)).resolves.toMatchObject({ status: 200 });
    expect(seen.requests.map((r) => r.method)).toEqual(['GET', method, method]);
  });

  it('reports the reset of a POST instead of sending it twice', async () => {
    await send('GET');
    const error = await failure(send('POST'));
    expect(error).toBeInstanceOf(TransportError);
    expect(error).toMatchObject({ failure: 'unreachable', code: 'ECONNRESET' });
    expect(seen.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
  });

  it('replays a POST the caller marks as free of side effects (the sign-in)', async () => {
    await send('GET');
    await expect(send('POST', true)).resolves.toMatchObject({ status: 200 });
    expect(seen.requests.filter((r) => r.method === 'POST')).toEqual([
      { method: 'POST', answered: false },
      { method: 'POST', answered: true },
    ]);
  });

  it('does not replay a reset on a new connection: that controller is really unreachable', async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    ({ server, url, seen } = await startServer(false));
    server.removeAllListeners('request');
    server.on('request', (req) => {
      seen.requests.push({ method: req.method ?? '', answered: false });
      req.socket.destroy();
    });
    const error = await failure(send('GET'));
    expect(error).toMatchObject({ failure: 'unreachable', code: 'ECONNRESET' });
    expect(seen.requests).toHaveLength(1);
  });
});
