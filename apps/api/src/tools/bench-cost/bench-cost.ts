/**
 * The cost benchmark: `npm run bench:cost -- --workers 1000 --days 365` (issue 15: "a fleet of 1000
 * workers with a year of history answers the month view quickly").
 *
 * Writes the fleet and its power history into a fresh database as the product would have recorded
 * it, starts the app in this process (jobs off), runs the ledger's projector (`MeterCostCommand`,
 * what the `cost-meter` job runs) once over the whole history, then times the month view over HTTP
 * with a viewer token: each request's wall time, the time at least one MongoDB command was in
 * flight (command monitoring) and the rest, the app's own share. CPU time of the app and of the
 * MongoDB process is read from /proc where it can be (the stand-in is shared: other work on it
 * counts too).
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg, totalmem } from 'node:os';
import { CommandBus } from '@nestjs/cqrs';
import { getConnectionToken } from '@nestjs/mongoose';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { MongoClient } from 'mongodb';
import type { Connection } from 'mongoose';
import { pino } from 'pino';
import { createApp } from '../../bootstrap/create-app.js';
import { loadConfig } from '../../config/app-config.js';
import { MeterCostCommand, type MeterCostSummary } from '../../modules/cost/cost.public.js';
import { clientToken, issuer, percentile } from '../bench/bench-support.js';
import { CpuMeter, pidListeningOn } from '../bench-fleet/process-cpu.js';
import { COST_BENCH_USAGE, type CostBenchOptions, CostBenchUsageError, parseCostBenchOptions } from './bench-cost-options.js';
import { countCostFleetEvents, seedCostFleet } from './cost-fleet.seed.js';
import { MongoRoundTrips } from './mongo-round-trips.js';

const progress = (message: string) => process.stderr.write(`[bench:cost] ${message}\n`);
const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

interface RouteFigures {
  route: string;
  requests: number;
  /** Bytes of the last answer. */
  bytes: number;
  wallMs: { median: number; p95: number; max: number };
  /** Time at least one MongoDB command of the request was in flight. */
  mongoMs: { median: number; p95: number };
  /** Wall time less MongoDB time: the app's own work (and the HTTP round trip on loopback). */
  appMs: { median: number; p95: number };
  mongoCommandsPerRequest: number;
  cpuMsPerRequest: Record<string, number>;
}

export interface CostBenchFigures {
  workers: number;
  days: number;
  month: string;
  machine: { cpus: number; memoryGb: number; node: string; load: number };
  seed: { events: number; statusChanges: number; ms: number };
  projector: { wallMs: number; eventsPerSecond: number; workersMetered: number; monthsWritten: number; failures: number; mongoMs: number; mongoCommands: number; cpuMsByProcess: Record<string, number> };
  ledgerDocuments: Record<string, number>;
  routes: RouteFigures[];
}

const stats = (values: number[]) => ({ median: round(percentile(values, 50)), p95: round(percentile(values, 95)) });

function requiredMongo(): string {
  const uri = process.env.MONGODB_URI;
  if (!uri) throw new CostBenchUsageError('MONGODB_URI is not set. The benchmark writes a fresh database there; start the services with\n  eval "$(scripts/services up mongo redis)"');
  return uri;
}

async function run(options: CostBenchOptions): Promise<CostBenchFigures> {
  const base = requiredMongo();
  const now = new Date();
  const month = options.month ?? now.toISOString().slice(0, 7);
  const plan = { workers: options.workers, days: options.days, now };
  const expected = countCostFleetEvents(plan);
  if (expected > options.maxEvents) {
    throw new CostBenchUsageError(
      `${options.workers} workers with ${options.days} days of history are ${expected} events, more than --max-events ${options.maxEvents}. ` +
        'mongo-java-server (the stand-in of scripts/services) keeps every document in its heap, about 4 KB an event, and is shared with other work: ' +
        'run this size against a real MongoDB (MONGODB_URI) or a stand-in of its own with more heap (CCM_MONGO_HEAP=4g scripts/services up mongo) with --max-events 0, or fewer workers or days here.',
    );
  }
  const dbName = `ccm_bench_cost_${Date.now().toString(36)}_${randomBytes(2).toString('hex')}`;
  const url = new URL(base);
  url.pathname = `/${dbName}`;
  const mongoUri = url.toString();

  progress(`seeding ${options.workers} workers with ${options.days} days of history (${expected} events) into ${dbName}`);
  const seeder = await new MongoClient(mongoUri).connect();
  let app: NestExpressApplication | undefined;
  let idp: Awaited<ReturnType<typeof issuer>> | undefined;
  try {
    const seeded = await seedCostFleet(seeder.db(), plan, progress);
    progress(`seeded in ${(seeded.ms / 1000).toFixed(1)} s`);

    idp = await issuer();
    const monitored = new URL(mongoUri);
    monitored.searchParams.set('monitorCommands', 'true');
    const config = loadConfig({
      ...process.env,
      NODE_ENV: 'development',
      LOG_LEVEL: options.logLevel,
      MONGODB_URI: monitored.toString(),
      REDIS_URL: process.env.REDIS_URL ?? '',
      OIDC_ISSUER_URL: idp.url,
      WEB_DIST_DIR: '/nonexistent-web-dist',
      JOBS_ENABLED: 'false',
      AWS_ENDPOINT_URL: process.env.AWS_ENDPOINT_URL ?? 'http://127.0.0.1:1',
      AWS_ACCESS_KEY_ID: 'testing',
      AWS_SECRET_ACCESS_KEY: 'testing',
    });
    ({ app } = await createApp(config, pino({ level: config.log.level })));
    await app.listen(0, '127.0.0.1');
    const appUrl = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
    const connection = app.get<Connection>(getConnectionToken(), { strict: false });
    await connection.asPromise();
    await indexesCreated(connection);
    const trips = new MongoRoundTrips();
    trips.attach(connection.getClient());
    const mongoPort = Number(new URL(base).port) || 27017;
    const cpu = () => new CpuMeter(new Map([['app', process.pid], ['mongodb', pidListeningOn(mongoPort)]]));
    progress(`app at ${appUrl}`);

    // The projector, once over the whole history (as the job's first run after an upgrade would).
    const meterCpu = cpu();
    meterCpu.start();
    const meterStarted = performance.now();
    const summary = await app.get(CommandBus).execute<MeterCostCommand, MeterCostSummary>(new MeterCostCommand());
    const meterEnded = performance.now();
    const meterCpuMs = meterCpu.stop();
    const meterTrips = trips.between(meterStarted, meterEnded);
    trips.clear();
    const meterMs = meterEnded - meterStarted;
    progress(`projector: ${summary.workers} workers, ${summary.months} months in ${(meterMs / 1000).toFixed(2)} s${summary.failures.length ? `, ${summary.failures.length} failures: ${summary.failures[0]}` : ''}`);
    if (summary.workers < options.workers) progress(`warning: the projector metered ${summary.workers} of ${options.workers} workers in one run`);
    const ledgerDocuments: Record<string, number> = {};
    for (const c of await seeder.db().listCollections({}, { nameOnly: true }).toArray()) {
      if (/cost/.test(c.name)) ledgerDocuments[c.name] = await seeder.db().collection(c.name).countDocuments();
    }

    const token = await clientToken(idp.url, 'cml-automation-viewer', 'dev-automation-viewer-secret');
    const routes = [`/api/cost?month=${month}`, `/api/cost?month=${month}&groupBy=worker`, `/api/cost/workers?month=${month}`];
    const figures: RouteFigures[] = [];
    for (const route of routes) {
      const call = async () => {
        const res = await fetch(`${appUrl}${route}`, { headers: { authorization: `Bearer ${token}` } });
        const body = await res.text();
        if (!res.ok) throw new Error(`${route}: HTTP ${res.status} ${body.slice(0, 300)}`);
        return body.length;
      };
      // Warm-up: JIT, the token's key set, first reads.
      for (let i = 0; i < 3; i++) await call();
      trips.clear();
      const walls: number[] = [];
      const mongo: number[] = [];
      const own: number[] = [];
      let commands = 0;
      let bytes = 0;
      const routeCpu = cpu();
      routeCpu.start();
      for (let i = 0; i < options.repeats; i++) {
        const a = performance.now();
        bytes = await call();
        const b = performance.now();
        const t = trips.between(a, b);
        walls.push(b - a);
        mongo.push(t.busyMs);
        own.push(b - a - t.busyMs);
        commands += t.commands;
        trips.clear();
      }
      const cpuMs = routeCpu.stop();
      figures.push({
        route: `GET ${route}`,
        requests: options.repeats,
        bytes,
        wallMs: { ...stats(walls), max: round(Math.max(...walls)) },
        mongoMs: stats(mongo),
        appMs: stats(own),
        mongoCommandsPerRequest: round(commands / options.repeats),
        cpuMsPerRequest: Object.fromEntries(Object.entries(cpuMs).map(([k, v]) => [k, round(v / options.repeats)])),
      });
      progress(`${route}: median ${figures.at(-1)!.wallMs.median} ms`);
    }

    return {
      workers: options.workers,
      days: options.days,
      month,
      machine: { cpus: cpus().length, memoryGb: Math.round(totalmem() / 1024 ** 3), node: process.version, load: round(loadavg()[0], 2) },
      seed: { events: seeded.events, statusChanges: seeded.statusChanges, ms: seeded.ms },
      projector: {
        wallMs: Math.round(meterMs),
        eventsPerSecond: Math.round(seeded.events / (meterMs / 1000)),
        workersMetered: summary.workers,
        monthsWritten: summary.months,
        failures: summary.failures.length,
        mongoMs: Math.round(meterTrips.busyMs),
        mongoCommands: meterTrips.commands,
        cpuMsByProcess: meterCpuMs,
      },
      ledgerDocuments,
      routes: figures,
    };
  } finally {
    if (options.keepDb) progress(`kept database ${dbName}`);
    else await seeder.db().dropDatabase().catch((err: unknown) => progress(`could not drop ${dbName}: ${(err as Error).message}`));
    await seeder.close();
    await app?.close().catch((err: unknown) => progress(`closing the app failed: ${(err as Error).message}`));
    await idp?.close();
  }
}

/** The app creates its indexes once the database answers; the measurement starts after that, as in a running deployment. */
async function indexesCreated(connection: Connection): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const names = await connection
      .collection('workers')
      .indexes()
      .then(
        (ix) => ix.map((i) => i.name),
        () => [] as (string | undefined)[],
      );
    if (names.includes('instanceKey_unique')) return;
    if (Date.now() > deadline) throw new Error('the indexes were not created within 30 s (is MongoDB reachable?)');
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The human-readable report. */
export function renderCostReport(f: CostBenchFigures): string {
  const p = f.projector;
  const lines = [
    `Cost ledger and month view: ${f.workers} workers, ${f.days} days of history (${f.seed.events} events, ${f.seed.statusChanges} status changes), month ${f.month}`,
    `Machine: ${f.machine.cpus} CPUs, ${f.machine.memoryGb} GB, Node ${f.machine.node}, load average ${f.machine.load} at the end`,
    `Seeding: ${(f.seed.ms / 1000).toFixed(1)} s`,
    '',
    `Projector (one run over the whole history): ${(p.wallMs / 1000).toFixed(2)} s, ${p.eventsPerSecond} events/s; ${p.workersMetered} workers metered, ${p.monthsWritten} months written, ${p.failures} failures`,
    `  MongoDB: ${p.mongoCommands} commands, in flight ${(p.mongoMs / 1000).toFixed(2)} s of it; CPU ${Object.entries(p.cpuMsByProcess).map(([k, v]) => `${k} ${(v / 1000).toFixed(2)} s`).join(', ') || 'not readable here'}`,
    `  ledger documents: ${Object.entries(f.ledgerDocuments).map(([k, v]) => `${k} ${v}`).join(', ') || 'none found'}`,
    '',
    '| Route | Requests | Wall median | Wall p95 | MongoDB median | App median | App p95 | Mongo commands / request | CPU / request | Answer |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...f.routes.map(
      (r) =>
        `| ${r.route} | ${r.requests} | ${r.wallMs.median} ms | ${r.wallMs.p95} ms | ${r.mongoMs.median} ms | ${r.appMs.median} ms | ${r.appMs.p95} ms | ${r.mongoCommandsPerRequest} | ${Object.entries(r.cpuMsPerRequest).map(([k, v]) => `${k} ${v} ms`).join(', ')} | ${Math.round(r.bytes / 1024)} KB |`,
    ),
  ];
  return lines.join('\n');
}

async function main(): Promise<number> {
  try {
    const options = parseCostBenchOptions(process.argv.slice(2));
    if (options.help) {
      process.stdout.write(`${COST_BENCH_USAGE}\n`);
      return 0;
    }
    const figures = await run(options);
    process.stdout.write(`${renderCostReport(figures)}\n`);
    if (options.json) process.stdout.write(`${JSON.stringify(figures)}\n`);
    return 0;
  } catch (err) {
    if (err instanceof CostBenchUsageError) {
      process.stderr.write(`bench:cost: ${err.message}\n\n${COST_BENCH_USAGE}\n`);
      return 2;
    }
    process.stderr.write(`bench:cost failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    return 1;
  }
}

process.exit(await main());
