import { parseArgs } from 'node:util';

/** What one benchmark run seeds and measures (`npm run bench:fleet -- --help`). */
export interface BenchOptions {
  workers: number;
  cmlLatencyMs: number;
  regions: string[];
  /** Share of the workers whose instance runs (the rest are stopped), 0..1. */
  runningShare: number;
  /** CML_SYNC_CONCURRENCY for this run; undefined keeps the product default. */
  cmlConcurrency?: number;
  /** Use the one moto of `scripts/services` for every region instead of a moto per region. */
  sharedMoto: boolean;
  /** Seed CloudWatch datapoints (CPU and memory) for the running instances. */
  cloudwatchData: boolean;
  /** Keep the run's database afterwards (for inspection). */
  keepDb: boolean;
  json: boolean;
  /** Write a V8 sampling heap profile of the cycle to this file (open it in Chrome DevTools). */
  heapProfile?: string;
  /** Write a V8 CPU profile of the cycle to this file. */
  cpuProfile?: string;
  /** Print this process's memory every 250 ms during the cycle (to stderr). */
  traceMemory: boolean;
  /** Seconds between the first cycle and the measured one (the product's cycles are minutes apart). */
  pauseSeconds: number;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug';
  help: boolean;
}

export const BENCH_USAGE = `Usage: npm run bench:fleet -- [options]

Seeds moto and simulated CML controllers, imports the fleet, runs one collection cycle and
prints its figures against the targets.

  --workers N            workers in the fleet (default 1000)
  --cml-latency-ms M     latency of every controller answer (default 50)
  --regions A,B          regions, workers split evenly (default us-east-1,us-west-2)
  --running-share S      share of running instances, the rest stopped (default 0.8)
  --cml-concurrency C    CML_SYNC_CONCURRENCY for the run (default: the product default)
  --no-cloudwatch-data   do not seed CloudWatch datapoints
  --shared-moto          use the moto of scripts/services (AWS_ENDPOINT_URL) for every region
                         instead of one moto per region behind a region-routing proxy
  --keep-db              keep the run's database
  --log-level L          app log level (default error)
  --json                 also print one machine-readable JSON line
  --heap-profile FILE    write a sampling heap profile of the cycle (.heapprofile, for DevTools)
  --cpu-profile FILE     write a CPU profile of the cycle (.cpuprofile, for DevTools)
  --trace-memory         print the app's memory every 250 ms during the cycle
  --pause-seconds P      idle time between the first cycle and the measured one (default 30;
                         the product's cycles are WORKER_METRICS_INTERVAL_SECONDS, 300 s, apart)
  --help

Needs MONGODB_URI, REDIS_URL and moto (installed by scripts/services; AWS_ENDPOINT_URL
with --shared-moto):
  eval "$(scripts/services up mongo redis moto)"`;

export class BenchUsageError extends Error {}

const REGION = /^[a-z]{2}(-gov)?-[a-z]+-\d$/;

function integer(value: string, name: string, min: number, max: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new BenchUsageError(`--${name} must be a whole number from ${min} to ${max}, got '${value}'`);
  return n;
}

/** Parses the command line; a mistake is a BenchUsageError that names the option. */
export function parseBenchOptions(argv: string[]): BenchOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      options: {
        workers: { type: 'string', default: '1000' },
        'cml-latency-ms': { type: 'string', default: '50' },
        regions: { type: 'string', default: 'us-east-1,us-west-2' },
        'running-share': { type: 'string', default: '0.8' },
        'cml-concurrency': { type: 'string' },
        'no-cloudwatch-data': { type: 'boolean', default: false },
        'shared-moto': { type: 'boolean', default: false },
        'keep-db': { type: 'boolean', default: false },
        'log-level': { type: 'string', default: 'error' },
        json: { type: 'boolean', default: false },
        'heap-profile': { type: 'string' },
        'cpu-profile': { type: 'string' },
        'trace-memory': { type: 'boolean', default: false },
        'pause-seconds': { type: 'string', default: '30' },
        help: { type: 'boolean', default: false },
      },
    }));
  } catch (err) {
    throw new BenchUsageError((err as Error).message);
  }
  const regions = values.regions.split(',').map((r) => r.trim()).filter(Boolean);
  if (regions.length === 0 || !regions.every((r) => REGION.test(r))) throw new BenchUsageError(`--regions must be AWS regions such as us-east-1,us-west-2, got '${values.regions}'`);
  if (new Set(regions).size !== regions.length) throw new BenchUsageError(`--regions lists a region twice: '${values.regions}'`);
  const runningShare = Number(values['running-share']);
  if (!Number.isFinite(runningShare) || runningShare < 0 || runningShare > 1) throw new BenchUsageError(`--running-share must be a number from 0 to 1, got '${values['running-share']}'`);
  const logLevel = values['log-level'];
  if (!['fatal', 'error', 'warn', 'info', 'debug'].includes(logLevel)) throw new BenchUsageError(`--log-level must be fatal, error, warn, info or debug, got '${logLevel}'`);
  return {
    workers: integer(values.workers, 'workers', 1, 20_000),
    cmlLatencyMs: integer(values['cml-latency-ms'], 'cml-latency-ms', 0, 60_000),
    regions,
    runningShare,
    cmlConcurrency: values['cml-concurrency'] === undefined ? undefined : integer(values['cml-concurrency'], 'cml-concurrency', 1, 500),
    cloudwatchData: !values['no-cloudwatch-data'],
    sharedMoto: values['shared-moto'],
    keepDb: values['keep-db'],
    json: values.json,
    heapProfile: values['heap-profile'],
    cpuProfile: values['cpu-profile'],
    traceMemory: values['trace-memory'],
    pauseSeconds: integer(values['pause-seconds'], 'pause-seconds', 0, 3600),
    logLevel: logLevel as BenchOptions['logLevel'],
    help: values.help,
  };
}

/** Workers per region: an even split, the remainder going to the first regions. */
export function splitEvenly(total: number, regions: string[]): Map<string, number> {
  const base = Math.floor(total / regions.length);
  const extra = total % regions.length;
  return new Map(regions.map((r, i) => [r, base + (i < extra ? 1 : 0)]));
}
