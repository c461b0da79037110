/**
 * Seeds the demo fleet into a running CML Cloud Manager (scripts/start runs it once the app is
 * ready, when no AWS account is configured):
 *
 *   node dist/apps/api/src/tools/seed-demo.js
 *
 * Configured by environment variables (see SEED_DEMO_USAGE or docs/demo.md). Progress lines go to
 * stdout; exit code 0 when the fleet is in place, 1 when seeding failed, 2 for bad settings.
 */
import { readSeedDemoOptions, SEED_DEMO_USAGE } from './demo/seed-demo-options.js';
import { DemoSeedError, seedDemo } from './demo/seed-demo.js';

async function main(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(SEED_DEMO_USAGE);
    return 0;
  }
  const read = readSeedDemoOptions(process.env);
  if (!read.ok) {
    process.stderr.write(`[demo] cannot seed the demo fleet:\n  ${read.problems.join('\n  ')}\n\n${SEED_DEMO_USAGE}`);
    return 2;
  }
  try {
    await seedDemo({ ...read.options, log: (line) => process.stdout.write(`${line}\n`) });
    return 0;
  } catch (err) {
    const message = err instanceof DemoSeedError ? err.message : ((err as Error).stack ?? String(err));
    process.stderr.write(`[demo] seeding the demo fleet failed: ${message}\n`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
