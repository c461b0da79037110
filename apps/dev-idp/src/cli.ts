import { parseArgs } from 'node:util';
import { DEFAULT_HOST, DEFAULT_PORT, type DevIdp, DevIdpRefusedError, RealmFileError, startDevIdp } from './dev-idp.js';
import { envFlag } from './production-guard.js';

export const USAGE = `Usage: node dist/apps/dev-idp/src/main.js [--port ${DEFAULT_PORT}] [--host ${DEFAULT_HOST}] [--issuer URL] [--realm FILE] [--access-token-ttl SECONDS]

Development OpenID Connect provider mirroring keycloak/cml-cloud-manager-realm.json.
Prints the issuer URL on one line once it accepts requests. Refuses NODE_ENV=production
unless DEV_IDP_ALLOW_PRODUCTION=true.
`;

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

/** Either the process should exit with `exitCode`, or the provider is serving until `idp.close()`. */
export type CliOutcome = { exitCode: number } | { idp: DevIdp };

/** The command line: parses `argv`, reads NODE_ENV and DEV_IDP_ALLOW_PRODUCTION from `env`, starts the provider. */
export async function runCli(argv: string[], env: Record<string, string | undefined>, io: CliIo): Promise<CliOutcome> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        issuer: { type: 'string' },
        realm: { type: 'string' },
        'access-token-ttl': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (err) {
    io.err(`dev-idp: ${(err as Error).message}\n\n${USAGE}`);
    return { exitCode: 2 };
  }
  if (values.help) {
    io.out(USAGE);
    return { exitCode: 0 };
  }
  const port = wholeNumber(values.port, '--port', 0, 65535, io);
  const ttl = wholeNumber(values['access-token-ttl'], '--access-token-ttl', 1, 86_400, io);
  if (port === null || ttl === null) return { exitCode: 2 };

  try {
    const idp = await startDevIdp({
      port,
      host: values.host,
      issuer: values.issuer,
      realmFile: values.realm,
      accessTokenTtlSeconds: ttl,
      env: env.NODE_ENV,
      allowInProduction: envFlag(env.DEV_IDP_ALLOW_PRODUCTION),
    });
    io.out(`${idp.issuer}\n`);
    return { idp };
  } catch (err) {
    io.err(`dev-idp: ${startFailure(err, values.host ?? DEFAULT_HOST, port ?? DEFAULT_PORT)}\n`);
    return { exitCode: 1 };
  }
}

function startFailure(err: unknown, host: string, port: number): string {
  if (err instanceof DevIdpRefusedError || err instanceof RealmFileError || err instanceof TypeError) return err.message;
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE') return `${host}:${port} is already in use; pick another --port`;
  if (code === 'EADDRNOTAVAIL') return `cannot listen on ${host}: no such local address`;
  return `could not start: ${(err as Error).stack ?? String(err)}`;
}

/** undefined when absent, null (after saying why) when malformed. */
function wholeNumber(raw: string | undefined, flag: string, min: number, max: number, io: CliIo): number | undefined | null {
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (/^\d+$/.test(raw) && value >= min && value <= max) return value;
  io.err(`dev-idp: ${flag} must be a whole number between ${min} and ${max}, got ${raw}\n\n${USAGE}`);
  return null;
}
