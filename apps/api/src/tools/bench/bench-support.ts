import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { startDevIdp } from '../../../../dev-idp/src/dev-idp.js';

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

export function requireEnv(name: string): string {
  const v = process.env[name];
  if (!v) {
    console.error(`${name} is not set: run \`eval "$(scripts/services up mongo redis moto)"\` first`);
    process.exit(2);
  }
  return v;
}

/** The issuer to sign in with: OIDC_ISSUER_URL, or an embedded provider started here. */
export async function issuer(): Promise<{ url: string; close(): Promise<void> }> {
  if (process.env.OIDC_ISSUER_URL) return { url: process.env.OIDC_ISSUER_URL, close: async () => undefined };
  const idp = await startDevIdp({ port: 0, env: 'test' });
  return { url: idp.issuer, close: () => idp.close() };
}

export async function clientToken(issuerUrl: string, clientId: string, secret: string): Promise<string> {
  const discovery = (await (await fetch(`${issuerUrl}/.well-known/openid-configuration`)).json()) as { token_endpoint: string };
  const res = await fetch(discovery.token_endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Basic ${Buffer.from(`${clientId}:${secret}`).toString('base64')}` },
    body: new URLSearchParams({ grant_type: 'client_credentials' }),
  });
  if (!res.ok) throw new Error(`token request failed: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { access_token: string }).access_token;
}

/** The API as a child process (so its memory is measured alone), on a fresh database. */
export async function startApi(env: Record<string, string>): Promise<{ url: string; pid: number; child: ChildProcess; stop(): Promise<void> }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--max-semi-space-size=8', 'dist/apps/api/src/main.js'], {
    env: { PATH: process.env.PATH, NODE_OPTIONS: process.env.BENCH_API_NODE_OPTIONS ?? '', NODE_ENV: 'test', PORT: String(port), LOG_LEVEL: 'warn', JOBS_ENABLED: 'false', WEB_DIST_DIR: '/nonexistent', AWS_ACCESS_KEY_ID: 'testing', AWS_SECRET_ACCESS_KEY: 'testing', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    const ok = await fetch(`${url}/api/health/ready`).then((r) => r.ok, () => false);
    if (ok) break;
    if (Date.now() > deadline || child.exitCode !== null) throw new Error('the API did not become ready');
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    pid: child.pid!,
    child,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** Resident memory of a process in MB (Linux). */
export function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 1024);
}

/** CPU time (user + system) the process has used so far, in milliseconds (Linux /proc). */
export function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  // utime and stime are fields 14 and 15 of stat; after the command name they are at 11 and 12.
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}
