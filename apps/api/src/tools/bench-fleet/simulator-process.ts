import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

/** One simulated controller of the benchmark fleet. */
export interface BenchController {
  id: string;
  latencyMs: number;
}

export interface SimulatorProcess {
  /** `http://127.0.0.1:<port>`. */
  url: string;
  baseUrlOf(id: string): string;
  pid: number;
  stop(): Promise<void>;
}

const SIMULATOR_MAIN = fileURLToPath(new URL('../../../../cml-simulator/src/main.js', import.meta.url));

/** A controller with what a busy classroom CML has: one started lab, one stopped, recent activity. */
function seedOf(c: BenchController): Record<string, unknown> {
  return {
    id: c.id,
    labs: [
      { title: 'Bench lab', state: 'STARTED', nodes: 4, createdMinutesAgo: 90 },
      { title: 'Spare lab', state: 'STOPPED', nodes: 2, createdMinutesAgo: 600 },
    ],
    activity: [{ username: 'admin', category: 'start_lab', minutesAgo: 30, labTitle: 'Bench lab' }],
    ...(c.latencyMs ? { faults: { latencyMs: c.latencyMs } } : {}),
  };
}

/**
 * Runs the CML simulator (the built `apps/cml-simulator`) in a child process, so its memory and CPU
 * are not the benchmark's, and resolves once it announces its URL.
 */
export async function startSimulatorProcess(controllers: BenchController[], timeoutMs = 120_000): Promise<SimulatorProcess> {
  const dir = mkdtempSync(join(tmpdir(), 'ccm-bench-sim-'));
  const seedFile = join(dir, 'seed.json');
  writeFileSync(seedFile, JSON.stringify({ controllers: controllers.map(seedOf) }));
  const child: ChildProcess = spawn(process.execPath, [SIMULATOR_MAIN, '--port', '0', '--seed', seedFile], {
    env: { ...process.env, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stderr: string[] = [];
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr.push(chunk.toString('utf8'));
    if (stderr.length > 50) stderr.shift();
  });
  const cleanup = () => rmSync(dir, { recursive: true, force: true });

  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(`the CML simulator did not start within ${timeoutMs / 1000} s`)), timeoutMs);
    const lines = createInterface({ input: child.stdout! });
    const fail = (err: Error) => {
      clearTimeout(timer);
      lines.close();
      child.kill('SIGKILL');
      reject(new Error(`${err.message}${stderr.length ? `\n${stderr.join('').slice(-2000)}` : ''}`));
    };
    child.once('exit', (code, signal) => fail(new Error(`the CML simulator exited during start-up (code ${code}, signal ${signal})`)));
    child.once('error', (err) => fail(err));
    lines.on('line', (line) => {
      let entry: { msg?: string; url?: string };
      try {
        entry = JSON.parse(line) as { msg?: string; url?: string };
      } catch {
        return;
      }
      if (entry.msg === 'cml-simulator ready' && entry.url) {
        clearTimeout(timer);
        child.removeAllListeners('exit');
        // Keep draining stdout so the child never blocks on a full pipe.
        lines.removeAllListeners('line');
        lines.on('line', () => undefined);
        resolve(entry.url);
      }
    });
  }).catch((err: unknown) => {
    cleanup();
    throw err;
  });

  return {
    url,
    pid: child.pid!,
    baseUrlOf: (id) => `${url}/${encodeURIComponent(id)}`,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
        child.kill('SIGTERM');
        const killTimer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(killTimer);
      }
      cleanup();
    },
  };
}
