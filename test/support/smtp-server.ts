import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './ephemeral-services.js';

/** One message the SMTP server accepted: the envelope and the raw message (headers and body). */
export interface CapturedMail {
  from: string;
  to: string[];
  raw: string;
  /** The raw message with quoted-printable soft breaks and escapes undone (to look for text and links in the body). */
  decoded: string;
  /** A header's value (the first of that name), unfolded. */
  header(name: string): string | undefined;
}

export interface SmtpServer {
  readonly host: '127.0.0.1';
  readonly port: number;
  /** Every message received so far, oldest first. */
  messages(): CapturedMail[];
  close(): Promise<void>;
}

function parse(raw: string): CapturedMail {
  const head = raw.split(/\r?\n\r?\n/, 1)[0].replace(/\r?\n[ \t]+/g, ' ');
  const headers = head.split(/\r?\n/).map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()] as const);
  const header = (name: string) => headers.find(([k]) => k === name.toLowerCase())?.[1];
  const decoded = raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return { from: header('X-Envelope-From') ?? '', to: (header('X-Envelope-To') ?? '').split(',').map((s) => s.trim()).filter(Boolean), raw, decoded, header };
}

function greets(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = createConnection({ host: '127.0.0.1', port });
    s.once('data', (d) => {
      s.destroy();
      resolve(d.toString().startsWith('220'));
    });
    s.once('error', () => resolve(false));
  });
}

/**
 * A real SMTP server on loopback: aiosmtpd from PyPI (`eval "$(scripts/services install-smtp)"`
 * sets AIOSMTPD_PYTHON; scripts/test does) with a handler that writes each message to a directory.
 */
export async function startSmtpServer(): Promise<SmtpServer> {
  const python = process.env.AIOSMTPD_PYTHON;
  if (!python) throw new Error('AIOSMTPD_PYTHON is not set: run `eval "$(scripts/services install-smtp)"` (scripts/test does)');
  const dir = mkdtempSync(join(tmpdir(), 'ccm-smtp-'));
  const port = await freePort();
  const child: ChildProcess = spawn(python, ['-m', 'aiosmtpd', '-n', '-l', `127.0.0.1:${port}`, '-c', 'smtp_capture_handler.CaptureHandler', dir], {
    env: { ...process.env, PYTHONPATH: join(process.cwd(), 'test/support') },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const deadline = Date.now() + 20_000;
  while (!(await greets(port))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill();
      throw new Error(`aiosmtpd did not start on 127.0.0.1:${port}: ${stderr.slice(-500)}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    host: '127.0.0.1',
    port,
    messages: () =>
      readdirSync(dir)
        .filter((f) => f.endsWith('.eml'))
        .sort()
        .map((f) => parse(readFileSync(join(dir, f), 'utf8'))),
    close: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
