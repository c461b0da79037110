import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { createConnection, createServer } from 'node:net';
import { join } from 'node:path';

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = createConnection({ host: '127.0.0.1', port }, () => {
      s.destroy();
      resolve(true);
    });
    s.on('error', () => resolve(false));
  });
}

async function waitFor(port: number, open: boolean, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while ((await portOpen(port)) !== open) {
    if (Date.now() > deadline) throw new Error(`port ${port} did not ${open ? 'open' : 'close'} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A service a test can stop and start again on the same port (for outage tests). */
export interface EphemeralService {
  port: number;
  url: string;
  stop(): Promise<void>;
  start(): Promise<void>;
}

function ephemeral(port: number, url: string, command: () => ChildProcess): EphemeralService {
  let child: ChildProcess | undefined;
  return {
    port,
    url,
    async start() {
      child = command();
      await waitFor(port, true);
    },
    async stop() {
      if (!child) return;
      const exited = new Promise((r) => child!.once('exit', r));
      child.kill('SIGKILL');
      await exited;
      child = undefined;
      await waitFor(port, false);
    },
  };
}

/** A Redis of its own (Debian redis-server, installed by scripts/services). */
export async function ephemeralRedis(): Promise<EphemeralService> {
  const port = await freePort();
  const svc = ephemeral(port, `redis://127.0.0.1:${port}`, () => spawn('redis-server', ['--bind', '127.0.0.1', '--port', String(port), '--save', '', '--appendonly', 'no'], { stdio: 'ignore' }));
  await svc.start();
  return svc;
}

/**
 * A mongo-java-server of its own (in-memory: a restart empties it), started the way scripts/services
 * starts one, which also installs it when this checkout has not: its files may live in another
 * checkout's cache (CCM_SERVICES_CACHE) or nowhere yet.
 */
export async function ephemeralMongo(database: string): Promise<EphemeralService> {
  const port = await freePort();
  const argv = execFileSync(join(process.cwd(), 'scripts/services'), ['mongo-command'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] })
    .split('\n')
    .filter(Boolean)
    .map((arg) => (arg === 'HOST' ? '127.0.0.1' : arg === 'PORT' ? String(port) : arg));
  const svc = ephemeral(port, `mongodb://127.0.0.1:${port}/${database}`, () => spawn(argv[0], argv.slice(1), { stdio: 'ignore' }));
  await svc.start();
  return svc;
}
