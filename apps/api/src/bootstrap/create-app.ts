import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import helmet from 'helmet';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import { AppModule } from '../app.module.js';
import type { AppConfig } from '../config/app-config.js';
import { PresentedOnlyExpressAdapter } from '../platform/http/presented-only.adapter.js';
import { ProblemDetailsFilter } from '../platform/http/problem-details.filter.js';
import { GracefulShutdown } from '../platform/lifecycle/graceful-shutdown.js';
import { requestIdMiddleware } from '../platform/http/request-id.middleware.js';
import { createValidationPipe } from '../platform/http/validation.js';
import { createRootLogger, loggableUrl, PinoNestLogger } from '../platform/logging/logger.js';
import { httpMetrics } from '../platform/metrics/http-metrics.middleware.js';
import { MetricsRegistry } from '../platform/metrics/metrics-registry.js';
import { Telemetry } from '../platform/telemetry/telemetry.js';
import { httpTracing } from '../platform/telemetry/telemetry.module.js';
import { setupOpenApi } from './openapi.js';
import { serveWebConsole } from './web-console.js';

export interface CreatedApp {
  app: NestExpressApplication;
  logger: Logger;
}

/** Builds the fully configured application; used by main.ts and by the e2e tests. */
export async function createApp(config: AppConfig, logger: Logger = createRootLogger(config.log.level)): Promise<CreatedApp> {
  const telemetry = new Telemetry();
  telemetry.start(config);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, telemetry), new PresentedOnlyExpressAdapter(), {
    logger: new PinoNestLogger(logger),
    bufferLogs: true,
    // Keep-alive sockets must not hold a graceful shutdown open forever.
    forceCloseConnections: true,
  });
  app.set('trust proxy', config.http.trustProxy);
  app.disable('x-powered-by');
  // First, so a shutdown waits for every request, whatever answers it.
  app.use(app.get(GracefulShutdown).middleware);
  app.use(requestIdMiddleware);
  if (telemetry.enabled) app.use(httpTracing);
  if (config.metrics.enabled) app.use(httpMetrics(app.get(MetricsRegistry)));
  app.use(
    pinoHttp({
      logger,
      genReqId: (req) => (req as unknown as { id: string }).id,
      customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
      autoLogging: { ignore: (req) => (req.url ?? '').startsWith('/api/health/') },
      serializers: {
        req: (req: { method: string; url: string }) => ({ method: req.method, url: loggableUrl(req.url) }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
    }),
  );
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: true,
        directives: {
          // Swagger UI and Bootstrap use inline styles; scripts stay same-origin only.
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:'],
          // Swagger UI talks to the identity provider when you authorize it there.
          'connect-src': ["'self'", new URL(config.auth.issuer).origin],
          'upgrade-insecure-requests': config.isProduction ? [] : null,
        },
      },
      strictTransportSecurity: config.isProduction,
      crossOriginEmbedderPolicy: false,
    }),
  );
  app.use(cookieParser());
  app.setGlobalPrefix('api');
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter());
  setupOpenApi(app, config);
  serveWebConsole(app, config.web.distDir);
  return { app, logger };
}
