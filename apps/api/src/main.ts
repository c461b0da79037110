import 'reflect-metadata';
import { createApp } from './bootstrap/create-app.js';
import { ConfigError, loadConfig } from './config/app-config.js';
import { drainAndClose, GracefulShutdown } from './platform/lifecycle/graceful-shutdown.js';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\nSee docs/configuration.md for every variable.\n`);
      process.exit(78); // EX_CONFIG
    }
    throw err;
  }
  const { app, logger } = await createApp(config);

  // Graceful shutdown: readiness turns 503 while the app keeps serving for SHUTDOWN_DRAIN_MS (load
  // balancers stop sending work), requests in flight finish, then streams end and connections close.
  const shutdown = app.get(GracefulShutdown);
  const { shutdownDrainMs: drainMs, shutdownTimeoutMs: timeoutMs } = config.http;
  let closing = false;
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      if (closing) return;
      closing = true;
      logger.info({ signal, drainMs, timeoutMs }, 'Shutting down: draining');
      const force = setTimeout(() => {
        logger.warn('Shutdown timed out; exiting');
        process.exit(1);
      }, drainMs + timeoutMs);
      force.unref();
      drainAndClose(app, shutdown, {
        drainMs,
        timeoutMs,
        onTimeout: (pending) => logger.warn({ pending }, 'Requests still in flight at the shutdown timeout; closing their connections'),
      })
        .then(() => process.exit(0))
        .catch((err: unknown) => {
          logger.error({ err }, 'Error during shutdown');
          process.exit(1);
        });
    });
  }

  await app.listen(config.http.port, config.http.host);
  logger.info({ url: config.http.publicUrl, port: config.http.port }, 'CML Cloud Manager is listening');
}

main().catch((err: unknown) => {
  process.stderr.write(`Fatal: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
