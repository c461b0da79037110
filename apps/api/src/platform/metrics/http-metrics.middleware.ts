import type { NextFunction, Request, Response } from 'express';
import type { MetricsRegistry } from './metrics-registry.js';

/** Requests no route answered (404s, the web console's files): one label, so stray paths add no series. */
export const UNMATCHED_ROUTE = 'unmatched';

/** The route template that answered (`/api/workers/:id`), never the raw path. */
export function routeTemplate(req: Pick<Request, 'baseUrl' | 'route'>): string {
  const path = (req.route as { path?: unknown } | undefined)?.path;
  return typeof path === 'string' ? `${req.baseUrl}${path}` : UNMATCHED_ROUTE;
}

/** Times every request into `ccm_http_server_request_duration_seconds` once its response is finished. */
export function httpMetrics(metrics: MetricsRegistry) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      metrics.httpRequestDuration.observe({ method: req.method, route: routeTemplate(req), status_code: String(res.statusCode) }, seconds);
    });
    next();
  };
}
