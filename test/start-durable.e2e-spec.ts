import { TerminateInstancesCommand } from '@aws-sdk/client-ec2';
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Api, eventually, expectStatus } from './support/api.js';
import { freePort } from './support/ephemeral-services.js';
import { SUITE_REDIS_PREFIX } from './support/env.js';
import { closeMotoClients, createNamedAmi, launchInstances, motoEc2, uniqueRunId } from './support/moto.js';

const REGION = 'us-east-1';
// The first start builds when no build is current (scripts/test builds before; a lone run may not).
const START_TIMEOUT_MS = 10 * 60_000;

interface Started {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/**
 * The start command outside demo mode keeps its data (issue 17): `scripts/start` without MONGODB_URI
 * and with an AWS endpoint (moto) starts the durable MongoDB stand-in in CCM_DATA_DIR; a worker
 * imported there, its timeline and its settings are all back after everything, the stand-in
 * included, was stopped and started again. It runs the real command, on ports of its own, against
 * the Redis, moto and Keycloak of the test services; the in-memory stand-in's port is moved to a
 * free one too, so a command that fell back to it would lose the data and fail here.
 */
describe('scripts/start keeps its data', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'ccm-data-'));
  const runDir = mkdtempSync(join(tmpdir(), 'ccm-run-'));
  let appPort: number;
  let mongoDataPort: number;
  let mongoMemoryPort: number;
  let api: Api;
  let run: string;
  let instanceId: string;
  let current: Started | undefined;

  function start(): Started {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PORT: String(appPort),
      PUBLIC_URL: `http://127.0.0.1:${appPort}`,
      CCM_DATA_DIR: dataDir,
      CCM_MONGO_DATA_PORT: String(mongoDataPort),
      CCM_MONGO_PORT: String(mongoMemoryPort),
      CCM_SERVICES_RUN: runDir,
      REDIS_KEY_PREFIX: SUITE_REDIS_PREFIX,
      AWS_REGIONS: REGION,
      JOBS_ENABLED: 'false',
      SHUTDOWN_TIMEOUT_MS: '2000',
    };
    delete env.MONGODB_URI;
    delete env.NODE_OPTIONS; // Jest's --experimental-vm-modules is not for the app
    const child = spawn('bash', ['scripts/start'], { cwd: process.cwd(), env, stdio: ['ignore', 'pipe', 'pipe'] });
    let text = '';
    child.stdout!.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (text += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code, signal) => resolve(code ?? (signal ? 128 : null))));
    return { child, output: () => text, exited };
  }

  async function startAndWaitReady(): Promise<Started> {
    const started = start();
    current = started;
    let gone = false;
    void started.exited.then(() => (gone = true));
    await eventually(
      async () => {
        if (gone) throw new Error(`scripts/start exited before the app was ready:\n${started.output().slice(-4000)}`);
        const res = await fetch(`http://127.0.0.1:${appPort}/api/health/ready`).catch(() => undefined);
        return res?.status === 200;
      },
      START_TIMEOUT_MS,
      500,
    );
    return started;
  }

  async function stop(started: Started): Promise<void> {
    started.child.kill('SIGTERM');
    await started.exited;
    current = undefined;
  }

  function portAnswers(port: number): Promise<boolean> {
    return new Promise((resolve) => {
      const socket = createConnection({ host: '127.0.0.1', port }, () => {
        socket.destroy();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
  }

  beforeAll(async () => {
    [appPort, mongoDataPort, mongoMemoryPort] = [await freePort(), await freePort(), await freePort()];
    api = new Api(`http://127.0.0.1:${appPort}`);
    run = uniqueRunId('durable');
    const amiName = `cml-${run}`;
    const amiId = await createNamedAmi(REGION, amiName, 'CML 2.9 test image');
    [instanceId] = await launchInstances(REGION, { count: 1, imageId: amiId, tags: { Name: `keep-${run}` } });
  });

  afterAll(async () => {
    if (current) await stop(current);
    // Never leave a stand-in behind, whatever failed: only the one this suite's command started.
    const pid = existsSync(join(runDir, 'mongo-data.pid')) ? Number(readFileSync(join(runDir, 'mongo-data.pid'), 'utf8')) : 0;
    if (pid) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // already stopped
      }
    }
    if (instanceId) await motoEc2(REGION).send(new TerminateInstancesCommand({ InstanceIds: [instanceId] }));
    closeMotoClients();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(runDir, { recursive: true, force: true });
  });

  let workerId: string;
  let timelineBefore: { type: string; aggregateVersion: number }[];

  it(
    'starts with the durable stand-in and names where the data is kept',
    async () => {
      const started = await startAndWaitReady();
      // The banner follows readiness.
      await eventually(async () => started.output().includes('Data            '), 30_000).catch(() => undefined);
      expect(started.output()).toContain(`Keeping the data in ${dataDir}/`);
      expect(started.output()).toContain(`Data            kept in ${dataDir}/ (MongoDB stand-in mongodb://127.0.0.1:${mongoDataPort};`);
      expect(existsSync(join(dataDir, 'mongodb.mv.db'))).toBe(true);
    },
    START_TIMEOUT_MS + 60_000,
  );

  it('imports a worker and changes its settings', async () => {
    const imported = await api.post('/api/workers/import', { region: REGION, instanceId }).then(expectStatus(201));
    workerId = imported.body.id;
    await api.patch(`/api/workers/${workerId}`, { name: `kept-${run}`, idleTimeoutMinutes: 45, idleDetectionEnabled: false }).then(expectStatus(200));
    await api.patch(`/api/workers/${workerId}/tags`, { set: { owner: 'durable-team' } }).then(expectStatus(200));
    const timeline = await api.get(`/api/workers/${workerId}/events?pageSize=100`).then(expectStatus(200));
    timelineBefore = timeline.body.items.map((e: { type: string; aggregateVersion: number }) => ({ type: e.type, aggregateVersion: e.aggregateVersion }));
    expect(timelineBefore.map((e) => e.type)).toEqual(
      expect.arrayContaining(['worker.imported', 'worker.renamed', 'worker.idle-timeout-changed', 'worker.idle-detection-changed', 'worker.tags-changed']),
    );
  });

  it(
    'stops everything it started, the stand-in too',
    async () => {
      const started = current!;
      await stop(started);
      expect(started.output()).toMatch(/Stopped what this command started: .*mongo-data/);
      expect(await portAnswers(appPort)).toBe(false);
      expect(await portAnswers(mongoDataPort)).toBe(false);
    },
    60_000,
  );

  it(
    'starts again with the worker, its timeline and its settings',
    async () => {
      await startAndWaitReady();
      const worker = await api.get(`/api/workers/${workerId}`).then(expectStatus(200));
      expect(worker.body).toMatchObject({ id: workerId, name: `kept-${run}`, instanceId, region: REGION, managed: true, idleDetectionEnabled: false, idle: { timeoutMinutes: 45 } });
      expect(worker.body.tags).toMatchObject({ owner: 'durable-team', Name: `keep-${run}` });
      const timeline = await api.get(`/api/workers/${workerId}/events?pageSize=100`).then(expectStatus(200));
      const after = timeline.body.items.map((e: { type: string; aggregateVersion: number }) => ({ type: e.type, aggregateVersion: e.aggregateVersion }));
      expect(after).toEqual(timelineBefore);
      const list = await api.get(`/api/workers?q=${run}`).then(expectStatus(200));
      expect(list.body.total).toBe(1);
    },
    START_TIMEOUT_MS + 60_000,
  );
});
