import { parseArgs } from 'node:util';

/** What one run of `npm run bench:cost` seeds and measures (`-- --help`). */
export interface CostBenchOptions {
  workers: number;
  /** Days of history before now. */
  days: number;
  /** Timed requests per route. */
  repeats: number;
  /** `YYYY-MM` the month view is asked for; default the current month. */
  month?: string;
  /** Refuse a fleet whose history has more events than this (the MongoDB stand-in keeps all in its heap). */
  maxEvents: number;
  keepDb: boolean;
  json: boolean;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug';
  help: boolean;
}

export const COST_BENCH_USAGE = `Usage: npm run bench:cost -- [options]

Writes a fleet with a long power history into a fresh database (as the product would have recorded
it), runs the cost ledger's projector once over it, then times the month view
(GET /api/cost?month= and GET /api/cost/workers?month=) through the app, with the time spent in
MongoDB round trips apart from the app's own.

  --workers N        workers in the fleet (default 1000)
  --days D           days of history before now (default 365)
  --repeats R        timed requests per route (default 20)
  --month YYYY-MM    the month asked for (default the current one)
  --max-events E     refuse a history of more events than this (default 150000): mongo-java-server,
                     the development stand-in, keeps every document in its heap (512 MB in
                     scripts/services; about 4 KB an event). A year of 1000 workers is about
                     530 000 events: run it against a real MongoDB (MONGODB_URI) or a stand-in of
                     its own with more heap (scripts/services down mongo &&
                     CCM_MONGO_HEAP=4g scripts/services up mongo), with --max-events 0
  --keep-db          keep the run's database
  --log-level L      app log level (default error)
  --json             also print one machine-readable JSON line
  --help

Needs MONGODB_URI (and REDIS_URL when the app should use Redis); OIDC_ISSUER_URL when set,
otherwise an embedded identity provider:
  eval "$(scripts/services up mongo redis)"`;

export class CostBenchUsageError extends Error {}

function whole(value: string | undefined, name: string, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new CostBenchUsageError(`--${name} must be a whole number from ${min} to ${max}, got '${value}'`);
  return n;
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug'] as const;

export function parseCostBenchOptions(argv: string[]): CostBenchOptions {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        workers: { type: 'string' },
        days: { type: 'string' },
        repeats: { type: 'string' },
        month: { type: 'string' },
        'max-events': { type: 'string' },
        'keep-db': { type: 'boolean' },
        'log-level': { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean' },
      },
      strict: true,
    }));
  } catch (err) {
    throw new CostBenchUsageError((err as Error).message);
  }
  const month = values.month as string | undefined;
  if (month !== undefined && !/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw new CostBenchUsageError(`--month must be YYYY-MM, got '${month}'`);
  const logLevel = (values['log-level'] as string | undefined) ?? 'error';
  if (!(LOG_LEVELS as readonly string[]).includes(logLevel)) throw new CostBenchUsageError(`--log-level must be one of ${LOG_LEVELS.join(', ')}, got '${logLevel}'`);
  const maxEvents = whole(values['max-events'] as string | undefined, 'max-events', 150_000, 0, 1_000_000_000);
  return {
    workers: whole(values.workers as string | undefined, 'workers', 1000, 1, 100_000),
    days: whole(values.days as string | undefined, 'days', 365, 1, 3660),
    repeats: whole(values.repeats as string | undefined, 'repeats', 20, 1, 10_000),
    month,
    maxEvents: maxEvents === 0 ? Infinity : maxEvents,
    keepDb: Boolean(values['keep-db']),
    json: Boolean(values.json),
    logLevel: logLevel as CostBenchOptions['logLevel'],
    help: Boolean(values.help),
  };
}
