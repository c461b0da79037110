/**
 * The fleet benchmark: `npm run bench:fleet -- --workers 1000 --cml-latency-ms 50`.
 *
 * Seeds moto (an AWS account of its own) and N simulated CML controllers (a child process), takes
 * the instances under management through the product's bulk import, waits until the post-import
 * controller syncs settle, runs exactly one CollectFleetMetricsCommand and reports its figures
 * against the targets. Performance targets live here, not in timed unit tests.
 */
import 'reflect-metadata';
import { randomBytes, randomInt } from 'node:crypto';
import { cpus, loadavg, totalmem } from 'node:os';
import { CommandBus } from '@nestjs/cqrs';
import { getConnectionToken } from '@nestjs/mongoose';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Connection } from 'mongoose';
import { pino } from 'pino';
import { systemActor } from '#kernel';
import { OutboxRelay } from '#persistence';
import { createApp } from '../../bootstrap/create-app.js';
import { type AppConfig, loadConfig } from '../../config/app-config.js';
import { AwsCallMetrics } from '../../modules/workers/infrastructure/aws/aws-call-metrics.js';
import { CollectFleetMetricsCommand, type FleetCollectionSummary, type ImportResult, ImportWorkersCommand } from '../../modules/workers/workers.public.js';
import { CmlCallMetrics } from '../../platform/cml/cml-call-metrics.js';
import { BENCH_USAGE, type BenchOptions, BenchUsageError, parseBenchOptions, splitEvenly } from './bench-options.js';
import { type BenchFigures, evaluateTargets, renderReport } from './bench-report.js';
import { withProfiles } from './profiles.js';
import { MemorySampler } from './memory-sampler.js';
import { CpuMeter, pidListeningOn } from './process-cpu.js';
import { type RegionalMoto, startRegionalMoto } from './regional-moto.js';
import { benchRoleArn, type SeededRegion, seedInChildProcess } from './moto-fleet.js';
import { type SimulatorProcess, startSimulatorProcess } from './simulator-process.js';

function memoryNow(): string {
  const m = process.memoryUsage();
  const mb = (n: number) => Math.round(n / 1024 / 1024);
  return `rss ${mb(m.rss)} MB, heap ${mb(m.heapUsed)}/${mb(m.heapTotal)} MB, external ${mb(m.external)} MB (array buffers ${mb(m.arrayBuffers)} MB)`;
}
const progress = (message: string) => process.stderr.write(`[bench] ${message} (${memoryNow()})\n`);

/** The services the benchmark needs, from `scripts/services` (it never talks to real AWS). */
function requiredServices(sharedMoto: boolean): { mongoUri: string; redisUrl: string; awsEndpoint: string } {
  const missing = ['MONGODB_URI', 'REDIS_URL', ...(sharedMoto ? ['AWS_ENDPOINT_URL'] : [])].filter((name) => !process.env[name]);
  if (missing.length) {
    throw new BenchUsageError(
      `${missing.join(', ')} ${missing.length > 1 ? 'are' : 'is'} not set. The benchmark runs against MongoDB, Redis and moto; start them and export their addresses with\n  eval "$(scripts/services up mongo redis moto)"`,
    );
  }
  return { mongoUri: process.env.MONGODB_URI!, redisUrl: process.env.REDIS_URL!, awsEndpoint: process.env.AWS_ENDPOINT_URL ?? '' };
}

function benchConfig(options: BenchOptions, services: ReturnType<typeof requiredServices>, dbName: string, roleArn: string): AppConfig {
  const mongo = new URL(services.mongoUri);
  mongo.pathname = `/${dbName}`;
  return loadConfig({
    ...process.env,
    NODE_ENV: 'development',
    LOG_LEVEL: options.logLevel,
    MONGODB_URI: mongo.toString(),
    REDIS_URL: services.redisUrl,
    OIDC_ISSUER_URL: process.env.OIDC_ISSUER_URL ?? 'http://127.0.0.1:1/realms/bench',
    WEB_DIST_DIR: '/nonexistent-web-dist',
    JOBS_ENABLED: 'false',
    AWS_ENDPOINT_URL: services.awsEndpoint,
    AWS_ROLE_ARN: roleArn,
    AWS_REGIONS: options.regions.join(','),
    AWS_REGION: options.regions[0],
    AWS_AMI_OWNERS: 'self',
    CML_USERNAME: 'admin',
    CML_PASSWORD: 'admin',
    CML_ALLOWED_NETWORKS: '127.0.0.0/8,localhost',
    // The simulated controllers answer plain http on loopback.
    CML_ALLOW_HTTP: 'true',
    ...(options.cmlConcurrency ? { CML_SYNC_CONCURRENCY: String(options.cmlConcurrency) } : {}),
  });
}

/** Waits until every running worker had its post-import sync and every outbox is empty. */
async function settle(app: NestExpressApplication, expectedRunning: number, timeoutMs: number): Promise<void> {
  const workers = app.get<Connection>(getConnectionToken(), { strict: false }).collection('workers');
  const relay = app.get(OutboxRelay, { strict: false });
  const deadline = Date.now() + timeoutMs;
  let last = '';
  for (;;) {
    await relay.drain();
    const [running, synced, pending] = await Promise.all([
      workers.countDocuments({ managed: true, status: 'running' }),
      workers.countDocuments({ managed: true, status: 'running', 'cml.lastSyncedAt': { $exists: true } }),
      workers.countDocuments({ '_outbox.0': { $exists: true } }),
    ]);
    if (running === expectedRunning && synced === running && pending === 0) return;
    const state = `${synced}/${running} running workers synced, ${pending} outboxes pending`;
    if (state !== last) progress(`settling: ${state}`);
    last = state;
    if (Date.now() > deadline) throw new Error(`the post-import activity did not settle within ${timeoutMs / 1000} s (${state})`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

function diff(after: Record<string, number>, before: Record<string, number>): Record<string, number> {
  return Object.fromEntries(
    Object.entries(after)
      .map(([k, v]) => [k, Math.round((v - (before[k] ?? 0)) * 10) / 10] as const)
      .filter(([, v]) => v > 0),
  );
}

async function run(options: BenchOptions): Promise<BenchFigures> {
  const services = requiredServices(options.sharedMoto);
  const sampler = new MemorySampler(50);
  sampler.start();
  const runId = `${Date.now().toString(36)}-${randomBytes(2).toString('hex')}`;
  // A fresh moto account per run (never moto's default 123456789012).
  const accountId = String(randomInt(200_000_000_000, 999_999_999_999));
  const dbName = `ccm_bench_${runId.replace(/-/g, '_')}`;
  const perRegion = splitEvenly(options.workers, options.regions);
  const runningTotal = [...perRegion.values()].reduce((a, n) => a + Math.round(n * options.runningShare), 0);

  let sim: SimulatorProcess | undefined;
  let app: NestExpressApplication | undefined;
  let motos: RegionalMoto | undefined;
  // Ctrl-C or a kill must not leave the simulator and the regional motos running.
  const interrupted = (signal: NodeJS.Signals) => {
    progress(`${signal}: stopping the simulator and moto`);
    void Promise.allSettled([sim?.stop(), motos?.stop()]).then(() => process.exit(130));
  };
  process.once('SIGINT', interrupted).once('SIGTERM', interrupted);
  try {
    if (!options.sharedMoto) {
      motos = await startRegionalMoto(options.regions, accountId);
      services.awsEndpoint = motos.endpoint;
      progress(`one moto per region behind ${motos.endpoint}: ${[...motos.pids].map(([r, pid]) => `${r} (pid ${pid})`).join(', ')}`);
    }
    const seedStarted = Date.now();
    const controllerIds = Array.from({ length: options.workers }, (_, i) => `bench-${String(i + 1).padStart(5, '0')}`);
    progress(`starting ${options.workers} simulated controllers (latency ${options.cmlLatencyMs} ms) in a child process`);
    sim = await startSimulatorProcess(controllerIds.map((id) => ({ id, latencyMs: options.cmlLatencyMs })));
    progress(`simulator at ${sim.url} (pid ${sim.pid}); seeding moto account ${accountId} from a child process`);
    let offset = 0;
    const plans = options.regions.map((region) => {
      const n = perRegion.get(region)!;
      const running = Math.round(n * options.runningShare);
      const ids = controllerIds.slice(offset, offset + n);
      offset += n;
      return { region, controllers: ids.map((id, i) => ({ id, baseUrl: sim!.baseUrlOf(id), running: i < running })) };
    });
    const seeded: SeededRegion[] = await seedInChildProcess({ endpoint: services.awsEndpoint, accountId, runId, cloudwatchData: options.cloudwatchData, regions: plans });
    const seedMs = Date.now() - seedStarted;
    progress(`seeded ${seeded.map((s) => `${s.instances.length} in ${s.region}`).join(', ')} in ${(seedMs / 1000).toFixed(1)} s`);

    const config = benchConfig(options, services, dbName, benchRoleArn(accountId));
    ({ app } = await createApp(config, pino({ level: config.log.level })));
    await app.init();
    await waitForIndexes(app);
    progress('app started');
    const commands = app.get(CommandBus);

    const importStarted = Date.now();
    for (const s of seeded) {
      const result = await commands.execute<ImportWorkersCommand, ImportResult>(new ImportWorkersCommand({ region: s.region, amiId: s.amiId, all: true }, systemActor('bench-fleet'), 'api'));
      progress(`imported ${result.imported.length} workers in ${s.region} (${result.skipped.length} skipped)`);
      if (result.imported.length !== s.instances.length) throw new Error(`expected to import ${s.instances.length} workers in ${s.region}, imported ${result.imported.length}`);
    }
    const importMs = Date.now() - importStarted;
    const settleStarted = Date.now();
    await settle(app, runningTotal, 120_000 + options.workers * 200);
    const settleMs = Date.now() - settleStarted;
    const firstCycle = await measureFirstCycle(commands, sampler);
    await app.get(OutboxRelay, { strict: false }).drain();
    if (options.pauseSeconds > 0) {
      // As between two cycles of the product: V8 gives back memory once the process is quiet.
      progress(`pausing ${options.pauseSeconds} s before the measured cycle`);
      await new Promise((r) => setTimeout(r, options.pauseSeconds * 1000));
    }

    const aws = app.get(AwsCallMetrics, { strict: false });
    const cml = app.get(CmlCallMetrics, { strict: false });
    const awsMsBefore = Object.fromEntries(Object.entries(aws.snapshot()).map(([k, v]) => [k, v.totalMs]));
    const cmlOpsBefore = Object.fromEntries(Object.entries(cml.byOperation()).map(([k, v]) => [k, v.count]));

    progress('running the measured collection cycle (the steady state: states unchanged since the first)');
    const portOf = (url: string) => Number(new URL(url).port) || undefined;
    const servicePid = (url: string) => {
      const port = portOf(url);
      return port ? pidListeningOn(port) : undefined;
    };
    const cpuMeter = new CpuMeter(
      new Map<string, number | undefined>([
        ['app', process.pid],
        ...(motos ? [...motos.pids].map(([region, pid]) => [`moto ${region}`, pid] as const) : [['moto', servicePid(services.awsEndpoint)] as const]),
        ['simulator', sim.pid],
        ['mongodb', servicePid(services.mongoUri)],
        ['redis', servicePid(services.redisUrl)],
      ]),
    );
    const load = Math.round(loadavg()[0] * 100) / 100;
    const beforeCycle = sampler.startWindow();
    cpuMeter.start();
    const cycleStarted = performance.now();
    const trace = options.traceMemory ? setInterval(() => progress(`t+${Math.round(performance.now() - cycleStarted)} ms`), 250) : undefined;
    const summary = await withProfiles({ heap: options.heapProfile, cpu: options.cpuProfile }, () => commands.execute<CollectFleetMetricsCommand, FleetCollectionSummary>(new CollectFleetMetricsCommand()));
    const wallMs = Math.round(performance.now() - cycleStarted);
    const cpuMsByProcess = cpuMeter.stop();
    if (trace) clearInterval(trace);
    const cycleMemory = sampler.endWindow();

    const awsMsByOperation = diff(Object.fromEntries(Object.entries(aws.snapshot()).map(([k, v]) => [k, v.totalMs])), awsMsBefore);
    const cmlCallsByOperation = diff(Object.fromEntries(Object.entries(cml.byOperation()).map(([k, v]) => [k, v.count])), cmlOpsBefore);
    const overall = sampler.peaks();
    return {
      workers: options.workers,
      running: summary.running,
      regions: options.regions,
      cmlLatencyMs: options.cmlLatencyMs,
      cmlConcurrency: config.jobs.cmlConcurrency,
      moto: motos ? 'per region' : 'shared',
      machine: { cpus: cpus().length, memoryGb: Math.round(totalmem() / 1024 ** 3), node: process.version, nodeFlags: process.execArgv.join(' '), load },
      setupMs: { seed: seedMs, import: importMs, settle: settleMs },
      firstCycle,
      pauseSeconds: options.pauseSeconds,
      cycle: {
        regionsDescribed: summary.regionsDescribed,
        wallMs,
        cpuMsByProcess,
        awsCalls: summary.awsCalls,
        awsCallsByOperation: summary.awsCallsByOperation,
        awsMsByOperation: Object.fromEntries(Object.entries(awsMsByOperation).map(([k, v]) => [k, Math.round(v)])),
        cmlCalls: summary.cmlCalls,
        cmlCallsPerRunningWorker: summary.cmlCallsPerRunningWorker,
        cmlCallsByOperation,
        eventsEmitted: summary.eventsEmitted,
        samples: summary.samples,
        errors: summary.errors,
        phasesMs: summary.phasesMs,
      },
      memory: {
        peakRssCycleMb: cycleMemory.rssMb,
        peakHeapUsedCycleMb: cycleMemory.heapUsedMb,
        peakRssOverallMb: overall.rssMb,
        rssBeforeCycleMb: beforeCycle.rssMb,
        peakArrayBuffersCycleMb: cycleMemory.arrayBuffersMb,
        arrayBuffersBeforeCycleMb: beforeCycle.arrayBuffersMb,
      },
    };
  } finally {
    sampler.stop();
    if (app) {
      if (!options.keepDb) {
        await app
          .get<Connection>(getConnectionToken(), { strict: false })
          .dropDatabase()
          .catch((err: unknown) => progress(`could not drop ${dbName}: ${(err as Error).message}`));
      } else {
        progress(`kept database ${dbName}`);
      }
      await app.close().catch((err: unknown) => progress(`closing the app failed: ${(err as Error).message}`));
    }
    await sim?.stop();
    await motos?.stop();
    process.off('SIGINT', interrupted).off('SIGTERM', interrupted);
  }
}

/**
 * The first cycle after a start reads every region in full (DescribeInstances), as does any cycle
 * after a state change and one every WORKER_METRICS_DESCRIBE_SECONDS; it is measured on its own, and
 * the cycle after it (the steady state) is the one judged.
 */
async function measureFirstCycle(commands: CommandBus, sampler: MemorySampler): Promise<NonNullable<BenchFigures['firstCycle']>> {
  progress('running the first collection cycle (reads every region in full)');
  const meter = new CpuMeter(new Map([['app', process.pid]]));
  sampler.startWindow();
  meter.start();
  const started = performance.now();
  const summary = await commands.execute<CollectFleetMetricsCommand, FleetCollectionSummary>(new CollectFleetMetricsCommand());
  const wallMs = Math.round(performance.now() - started);
  const appCpuMs = meter.stop().app;
  return { wallMs, appCpuMs, peakRssMb: sampler.endWindow().rssMb, regionsDescribed: summary.regionsDescribed, awsCalls: summary.awsCalls };
}

/** The unique instance index must exist before the import, as it would in a running deployment. */
async function waitForIndexes(app: NestExpressApplication): Promise<void> {
  const workers = app.get<Connection>(getConnectionToken(), { strict: false }).collection('workers');
  const deadline = Date.now() + 30_000;
  for (;;) {
    const names = await workers.indexes().then(
      (ix) => ix.map((i) => i.name),
      () => [] as (string | undefined)[],
    );
    if (names.includes('instanceKey_unique')) return;
    if (Date.now() > deadline) throw new Error('the workers indexes were not created within 30 s (is MongoDB reachable?)');
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function main(): Promise<number> {
  let options: BenchOptions;
  try {
    options = parseBenchOptions(process.argv.slice(2));
    if (options.help) {
      process.stdout.write(`${BENCH_USAGE}\n`);
      return 0;
    }
    const figures = await run(options);
    const targets = evaluateTargets(figures);
    process.stdout.write(`${renderReport(figures, targets)}\n`);
    if (options.json) process.stdout.write(`${JSON.stringify({ ...figures, targets })}\n`);
    return 0;
  } catch (err) {
    if (err instanceof BenchUsageError) {
      process.stderr.write(`bench:fleet: ${err.message}\n\n${BENCH_USAGE}\n`);
      return 2;
    }
    process.stderr.write(`bench:fleet failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    return 1;
  }
}

process.exit(await main());
