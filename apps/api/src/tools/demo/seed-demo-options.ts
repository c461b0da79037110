import { writeMetricHistory } from './demo-history.js';
import { writePowerHistory } from './demo-power-history.js';
import { isLoopbackUrl } from './http.js';
import type { SeedDemoOptions } from './seed-demo.js';

/** The environment variables of `node dist/apps/api/src/tools/seed-demo.js`, with their defaults. */
export const SEED_DEMO_USAGE = `Usage: node dist/apps/api/src/tools/seed-demo.js

Seeds the demo fleet (simulated CML controllers, EC2 instances in moto, workers imported through
the API). Safe to run again: it creates only what is missing. Environment:

  OIDC_ISSUER_URL      identity provider of the app (required), e.g. http://127.0.0.1:8033
  AWS_ENDPOINT_URL     moto on this machine (required), e.g. http://127.0.0.1:5055
  DEMO_APP_URL         CML Cloud Manager (default http://127.0.0.1:$PORT, PORT default 8030)
  CML_SIMULATOR_URL    the CML simulator (default http://127.0.0.1:8040)
  CML_USERNAME         user the app signs in to controllers with (default admin)
  CML_PASSWORD         its password (default admin)
  DEMO_CLIENT_ID       service account with the admin role (default cml-automation-admin)
  DEMO_CLIENT_SECRET   its secret (default dev-automation-admin-secret)
  DEMO_FLEET           value of the 'demo' tag marking the fleet (default cml-cloud-manager)
  DEMO_WAIT_SECONDS    how long to wait for the app to be ready (default 60)
  MONGODB_URI          the app's database: when set, a day of metric history is written for the
                       charts and a month of status history for the cost page and the timelines
                       (nothing is written for workers that already have history)
`;

const httpUrl = (v: string) => {
  try {
    return ['http:', 'https:'].includes(new URL(v).protocol);
  } catch {
    return false;
  }
};

/** Reads the seeder's options from the environment; every problem is listed at once. */
export function readSeedDemoOptions(env: Record<string, string | undefined>): { ok: true; options: SeedDemoOptions } | { ok: false; problems: string[] } {
  const problems: string[] = [];
  const value = (name: string, fallback?: string) => (env[name]?.trim() ? env[name]!.trim() : fallback);
  const url = (name: string, fallback?: string) => {
    const v = value(name, fallback);
    if (v === undefined) problems.push(`${name} is required`);
    else if (!httpUrl(v)) problems.push(`${name} must be an http(s) URL, got ${v}`);
    return v ?? '';
  };

  const issuer = url('OIDC_ISSUER_URL');
  const awsEndpoint = url('AWS_ENDPOINT_URL');
  if (awsEndpoint && httpUrl(awsEndpoint) && !isLoopbackUrl(awsEndpoint)) {
    problems.push(`AWS_ENDPOINT_URL must be moto on this machine (127.0.0.1 or localhost), got ${awsEndpoint}: the demo never launches instances in a real AWS account`);
  }
  const appUrl = url('DEMO_APP_URL', `http://127.0.0.1:${value('PORT', '8030')}`);
  const simulatorUrl = url('CML_SIMULATOR_URL', 'http://127.0.0.1:8040');
  const waitRaw = value('DEMO_WAIT_SECONDS', '60')!;
  if (!/^\d+$/.test(waitRaw)) problems.push(`DEMO_WAIT_SECONDS must be a whole number of seconds, got ${waitRaw}`);
  const fleet = value('DEMO_FLEET', 'cml-cloud-manager')!;
  if (!/^[\w.:/=+@-]{1,128}$/.test(fleet)) problems.push(`DEMO_FLEET must be a short tag value (letters, digits, - _ . : / = + @), got ${fleet}`);

  const mongoUri = value('MONGODB_URI');
  if (mongoUri && !/^mongodb(\+srv)?:\/\//.test(mongoUri)) problems.push('MONGODB_URI must be a mongodb:// connection string');

  if (problems.length) return { ok: false, problems };
  return {
    ok: true,
    options: {
      appUrl,
      issuer,
      awsEndpoint,
      simulatorUrl,
      cml: { username: value('CML_USERNAME', 'admin')!, password: value('CML_PASSWORD', 'admin')! },
      serviceAccount: { clientId: value('DEMO_CLIENT_ID', 'cml-automation-admin')!, secret: value('DEMO_CLIENT_SECRET', 'dev-automation-admin-secret')! },
      fleet,
      waitForAppMs: Number(waitRaw) * 1000,
      ...(mongoUri
        ? {
            history: (ids: string[]) => writeMetricHistory(mongoUri, ids),
            powerHistory: (workers: Parameters<typeof writePowerHistory>[1]) => writePowerHistory(mongoUri, workers),
          }
        : {}),
    },
  };
}
