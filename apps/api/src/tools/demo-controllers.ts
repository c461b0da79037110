/**
 * Runs beside the demo (scripts/start starts it): gives every worker launched from the console a
 * simulated CML controller, every few seconds, until stopped.
 *
 *   node dist/apps/api/src/tools/demo-controllers.js
 *
 * Configured like the seeder (node dist/apps/api/src/tools/seed-demo.js --help).
 */
import { equipNewWorkers } from './demo/demo-controllers.js';
import { ProductApiClient } from './demo/product-api.client.js';
import { readSeedDemoOptions, SEED_DEMO_USAGE } from './demo/seed-demo-options.js';
import { DEFAULT_CML_CREDENTIALS, DEFAULT_SERVICE_ACCOUNT } from './demo/seed-demo.js';
import { SimulatorAdminClient } from './demo/simulator-admin.client.js';

const EVERY_MS = 3_000;

const read = readSeedDemoOptions(process.env);
if (!read.ok) {
  process.stderr.write(`[demo] cannot watch for new workers:\n  ${read.problems.join('\n  ')}\n\n${SEED_DEMO_USAGE}`);
  process.exit(2);
}
const { options } = read;
const api = new ProductApiClient(options.appUrl, options.issuer, options.serviceAccount ?? DEFAULT_SERVICE_ACCOUNT);
const simulator = new SimulatorAdminClient(options.simulatorUrl);
const done = new Set<string>();
let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => (stopping = true));

while (!stopping) {
  try {
    for (const name of await equipNewWorkers(api, simulator, options.cml ?? DEFAULT_CML_CREDENTIALS, done)) {
      process.stdout.write(`[demo] ${name} was launched from the console: it gets a simulated CML controller\n`);
    }
  } catch (err) {
    process.stderr.write(`[demo] equipping new workers failed, trying again: ${(err as Error).message}\n`);
  }
  await new Promise((r) => setTimeout(r, EVERY_MS));
}
