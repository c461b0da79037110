import 'reflect-metadata';
import { createApp } from './bootstrap/create-app.js';
import { ConfigError, loadConfig } from './config/app-config.js';

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

  // Graceful shutdown: stop accepting, let in-flight requests finish, close connections.
  let closing = false;
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      if (closing) return;
      closing = true;
      logger.info({ signal }, 'Shutting down');
      const force = setTimeout(() => {
        logger.warn('Shutdown timed out; exiting');
        process.exit(1);
      }, config.http.shutdownTimeoutMs);
      force.unref();
      app
        .close()
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
