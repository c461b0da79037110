import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import express, { type NextFunction, type Request, type Response } from 'express';
import { Logger } from '@nestjs/common';

/**
 * Serves the built web console at `/` with an SPA fallback: any GET outside `/api` that is
 * not a file gets `index.html`, so deep links such as `/workers/<id>` work on reload.
 */
export function serveWebConsole(app: NestExpressApplication, distDir: string): void {
  const logger = new Logger('WebConsole');
  const index = join(distDir, 'index.html');
  if (!existsSync(index)) {
    logger.warn(`No web console build at ${distDir} (run "npm run build"); serving the API only`);
    return;
  }
  app.use(
    express.static(distDir, {
      index: false,
      // Hashed assets never change; index.html must always be revalidated.
      setHeaders: (res, path) => {
        res.setHeader('Cache-Control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    }),
  );
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || req.path.startsWith('/api/') || req.path === '/api') return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  logger.log(`Serving the web console from ${distDir}`);
}
