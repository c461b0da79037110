import 'reflect-metadata';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { createApp } from '../../apps/api/src/bootstrap/create-app.js';
import { loadConfig } from '../../apps/api/src/config/app-config.js';
import { createRootLogger } from '../../apps/api/src/platform/logging/logger.js';
import { serviceEnv, SUITE_REDIS_PREFIX, uniqueMongoUri } from './env.js';

export interface TestApp {
  app: NestExpressApplication;
  url: string;
  mongoUri: string;
  /** REDIS_KEY_PREFIX of this app. */
  redisPrefix: string;
  close(): Promise<void>;
}

/**
 * Starts the real application on a random loopback port against the real services,
 * with its own database. `env` overrides any variable.
 */
export async function startTestApp(
  suite: string,
  env: Record<string, string | undefined> = {},
  options: { port?: number; mongoUri?: string; onCreated?: (app: NestExpressApplication) => void; logLines?: string[] } = {},
): Promise<TestApp> {
  const services = serviceEnv();
  // Sign-in needs a port the realm lists among its redirect URIs (8130-8139); other suites take any.
  const port = options.port ?? 0;
  const config = loadConfig(
    {
      NODE_ENV: 'test',
      PORT: String(port || 8130),
      PUBLIC_URL: port ? `http://127.0.0.1:${port}` : undefined,
      MONGODB_URI: options.mongoUri ?? uniqueMongoUri(suite),
      REDIS_URL: services.redisUrl,
      REDIS_KEY_PREFIX: SUITE_REDIS_PREFIX,
      OIDC_ISSUER_URL: services.oidcIssuer,
      LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
      WEB_DIST_DIR: '/nonexistent-web-dist',
      // Suites start jobs themselves (POST /api/jobs/{name}/run) unless they turn the scheduler on.
      JOBS_ENABLED: 'false',
      // Test traffic stays on this machine: moto gives instances real-looking public IPs, and a
      // worker without a cml-endpoint tag would otherwise be contacted there.
      CML_ALLOWED_NETWORKS: '127.0.0.0/8,localhost',
      // The simulated controllers answer plain http on loopback.
      CML_ALLOW_HTTP: 'true',
      ...env,
    },
    process.cwd(),
  );
  // The production logger (its redaction included); with `logLines`, every JSON line it writes is
  // kept for the test to inspect.
  const logger = createRootLogger(config.log.level, options.logLines ? { write: (line: string) => void options.logLines!.push(line) } : undefined);
  const { app } = await createApp(config, logger);
  // Providers exist now but no lifecycle hook ran yet (startup replays happen in listen).
  options.onCreated?.(app);
  await app.listen(port, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  return {
    app,
    url: `http://127.0.0.1:${address.port}`,
    mongoUri: config.mongo.uri,
    redisPrefix: config.redis.keyPrefix,
    close: () => app.close(),
  };
}
