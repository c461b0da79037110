import { type ChildProcess, fork, spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createServer, request, type IncomingMessage, type Server } from 'node:http';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../bench/bench-support.js';

/**
 * AWS serves each region from its own endpoint (ec2.us-east-1.amazonaws.com, ...), so the calls of
 * two regions never wait for each other. One moto server is a single Python process: it answers the
 * regions' DescribeInstances one after the other, and its serializer costs about 10 ms of CPU per
 * instance. For the benchmark we start one moto per region behind a loopback proxy that routes each
 * request by the region in its SigV4 credential scope, the way AWS's regional endpoints do. The app
 * still has one AWS_ENDPOINT_URL.
 */
export interface RegionalMoto {
  /** The proxy's address: give it to the app and the seeder as AWS_ENDPOINT_URL. */
  readonly endpoint: string;
  /** The pid of each region's moto (for CPU figures). */
  readonly pids: Map<string, number>;
  stop(): Promise<void>;
}

/** The region named in a SigV4-signed request (header or presigned query), if any. */
export function regionOfRequest(headers: IncomingMessage['headers'], url: string | undefined): string | undefined {
  const auth = headers.authorization;
  const scope = typeof auth === 'string' ? /Credential=[^/]+\/\d{8}\/([a-z0-9-]+)\//.exec(auth) : null;
  if (scope) return scope[1];
  const query = url ? new URL(url, 'http://x').searchParams.get('X-Amz-Credential') : null;
  return query?.split('/')[2] || undefined;
}

/** moto_server from the venv that `scripts/services` installs (or MOTO_SERVER_BIN). */
export function findMotoServer(repoRoot: string): string | undefined {
  if (process.env.MOTO_SERVER_BIN) return process.env.MOTO_SERVER_BIN;
  const cache = join(repoRoot, '.cache', 'services');
  if (!existsSync(cache)) return undefined;
  const venv = readdirSync(cache)
    .filter((d) => d.startsWith('moto-'))
    .sort()
    .pop();
  const bin = venv ? join(cache, venv, 'bin', 'moto_server') : undefined;
  return bin && existsSync(bin) ? bin : undefined;
}

async function waitUntilAnswering(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`moto at ${url} exited with code ${child.exitCode}`);
    const ok = await fetch(`${url}/moto-api/data.json`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`moto at ${url} did not answer within ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Routes each signed request to its region's moto; unsigned ones go to the first region's. */
export function createRegionRouter(backends: Map<string, string>): Server {
  const fallback = [...backends.values()][0];
  const server = createServer((req, res) => {
    const target = new URL(backends.get(regionOfRequest(req.headers, req.url) ?? '') ?? fallback);
    const upstream = request({ host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', (err) => {
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
      res.end(`regional moto proxy: ${err.message}`);
    });
    req.pipe(upstream);
  });
  server.keepAliveTimeout = 60_000;
  return server;
}

const ROUTER_CHILD = fileURLToPath(new URL('./regional-moto.child.js', import.meta.url));

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise<void>((done) => {
    if (child.exitCode !== null || child.signalCode !== null) return done();
    child.once('exit', () => done());
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 5000).unref();
  });
}

/**
 * Starts one moto per region, each holding only this run's account (`MOTO_ACCOUNT_ID`, so the
 * credentials the app assumed in one process are understood by the others), and the routing proxy
 * in a child process of its own, so that the bytes it relays do not count as the app's memory.
 */
export async function startRegionalMoto(regions: string[], accountId: string, repoRoot = resolve('.')): Promise<RegionalMoto> {
  const bin = findMotoServer(repoRoot);
  if (!bin) throw new Error('moto_server was not found: run scripts/services up moto (or set MOTO_SERVER_BIN), or pass --shared-moto');
  const children: ChildProcess[] = [];
  const stopAll = () => Promise.all(children.map(stopChild)).then(() => undefined);
  try {
    const backends = new Map<string, string>();
    const pids = new Map<string, number>();
    for (const region of regions) {
      const port = await freePort();
      const child = spawn(bin, ['-H', '127.0.0.1', '-p', String(port)], { env: { ...process.env, MOTO_ACCOUNT_ID: accountId }, stdio: 'ignore' });
      children.push(child);
      backends.set(region, `http://127.0.0.1:${port}`);
      pids.set(region, child.pid!);
    }
    await Promise.all(regions.map((r, i) => waitUntilAnswering(backends.get(r)!, children[i], 60_000)));
    const router = fork(ROUTER_CHILD, [JSON.stringify([...backends])], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    children.push(router);
    const port = await new Promise<number>((ok, fail) => {
      router.once('message', (m: { port: number }) => ok(m.port));
      router.once('exit', (code) => fail(new Error(`the regional moto proxy exited with code ${code}`)));
    });
    return { endpoint: `http://127.0.0.1:${port}`, pids, stop: stopAll };
  } catch (err) {
    await stopAll();
    throw err;
  }
}
