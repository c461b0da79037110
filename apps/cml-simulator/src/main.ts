/**
 * Runs fake CML controllers for development and demos:
 *
 *   node dist/apps/cml-simulator/src/main.js --port 8040 --seed apps/cml-simulator/seeds/demo-fleet.yaml
 *
 * Options: --port (8040), --host (127.0.0.1), --seed <file.json|yaml>, --token-ttl <seconds>,
 * --license-delay <ms>, --log-requests. Logs JSON lines (pino), one per controller with its base URL.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { parse as parseYaml } from 'yaml';
import { type ControllerSeed, parseSeedFile } from './seed/controller-seed.js';
import { startCmlSimulator } from './simulator.js';

const logger = pino({ name: 'cml-simulator', level: process.env.LOG_LEVEL ?? 'info' });

function fail(message: string): never {
  logger.fatal(message);
  process.exit(2);
}

function integer(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) fail(`--${name} must be a non-negative integer, got '${value}'`);
  return n;
}

function loadSeeds(file: string | undefined): ControllerSeed[] {
  if (!file) return [{ id: 'cml-1' }];
  let raw: unknown;
  try {
    raw = parseYaml(readFileSync(file, 'utf8'));
  } catch (error) {
    fail(`Cannot read seed file ${file}: ${(error as Error).message}`);
  }
  const parsed = parseSeedFile(raw);
  if (!parsed.ok) fail(`Seed file ${file} is invalid:\n  ${parsed.issues.join('\n  ')}`);
  return parsed.seeds;
}

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8040' },
    host: { type: 'string', default: '127.0.0.1' },
    seed: { type: 'string' },
    'token-ttl': { type: 'string' },
    'license-delay': { type: 'string' },
    'log-requests': { type: 'boolean', default: false },
  },
});

const simulator = await startCmlSimulator({
  port: integer(values.port, 'port'),
  host: values.host,
  controllers: loadSeeds(values.seed),
  tokenTtlSeconds: integer(values['token-ttl'], 'token-ttl'),
  licenseRegistrationDelayMs: integer(values['license-delay'], 'license-delay'),
  onRequest: values['log-requests'] ? (entry) => logger.info(entry, 'request') : undefined,
});

for (const controller of simulator.controllers.list()) {
  const s = controller.summary();
  logger.info({ controller: s.id, baseUrl: simulator.baseUrlOf(s.id), version: s.version, labs: s.labs.length, licensed: s.licensed }, `controller ${s.id} at ${simulator.baseUrlOf(s.id)}`);
}
logger.info({ url: simulator.url, admin: `${simulator.url}/_sim/controllers` }, 'cml-simulator ready');

const shutdown = (signal: string): void => {
  logger.info({ signal }, 'shutting down');
  simulator.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.once('SIGINT', () => shutdown('SIGINT'));
process.once('SIGTERM', () => shutdown('SIGTERM'));
