import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eventually } from './api.js';

/** The shipped template (deploy/nginx): the test runs the configuration operators are given. */
const TEMPLATE = join(process.cwd(), 'deploy/nginx/cml-cloud-manager.conf');

/** Debian's nginx (`scripts/services install-test-tools` installs it), or NGINX_BIN. */
export function nginxBinary(): string {
  const bin = process.env.NGINX_BIN ?? '/usr/sbin/nginx';
  if (!existsSync(bin)) throw new Error(`nginx is not installed at ${bin}: run "scripts/services install-test-tools" (or set NGINX_BIN)`);
  return bin;
}

export interface Nginx {
  url: string;
  errorLog(): string;
  close(): Promise<void>;
}

/**
 * Renders deploy/nginx/cml-cloud-manager.conf with `upstreams` (loopback ports) behind
 * 127.0.0.1:`port`, and runs nginx in the foreground from a directory of its own (no system
 * files, no daemon), stopped by `close()`.
 */
export async function startNginx(port: number, upstreams: number[]): Promise<Nginx> {
  const dir = mkdtempSync(join(tmpdir(), 'ccm-nginx-'));
  for (const sub of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(dir, sub), { mode: 0o777 });
  const site = readFileSync(TEMPLATE, 'utf8')
    .replace(/^ {4}server 127\.0\.0\.1:8030 .*$/m, upstreams.map((p) => `    server 127.0.0.1:${p} max_fails=1 fail_timeout=5s;`).join('\n'))
    .replace('listen 127.0.0.1:8080;', `listen 127.0.0.1:${port};`);
  if (!site.includes(`127.0.0.1:${upstreams[0]}`) || !site.includes(`listen 127.0.0.1:${port};`)) throw new Error(`${TEMPLATE} no longer has the upstream or listen lines this helper replaces`);
  writeFileSync(
    join(dir, 'nginx.conf'),
    [
      'daemon off;',
      'worker_processes 1;',
      `pid ${dir}/nginx.pid;`,
      `error_log ${dir}/error.log warn;`,
      'events { worker_connections 512; }',
      'http {',
      `  access_log ${dir}/access.log;`,
      ...['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t === 'body' ? 'client_body' : t}_temp_path ${dir}/${t};`),
      site,
      '}',
    ].join('\n'),
  );
  const child: ChildProcess = spawn(nginxBinary(), ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'error.log')], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  try {
    await eventually(async () => {
      if (child.exitCode !== null) throw new Error(`nginx exited with ${child.exitCode}: ${stderr}`);
      return (await fetch(`${url}/api/health/live`).catch(() => undefined)) !== undefined;
    }, 15_000, 100);
  } catch (err) {
    child.kill('SIGKILL');
    throw err;
  }
  return {
    url,
    errorLog: () => (existsSync(join(dir, 'error.log')) ? readFileSync(join(dir, 'error.log'), 'utf8') : ''),
    close: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGQUIT');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
