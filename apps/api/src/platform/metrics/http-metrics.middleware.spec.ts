import { EventEmitter } from 'node:events';
import { jest } from '@jest/globals';
import type { NextFunction, Request, Response } from 'express';
import { httpMetrics, routeTemplate, UNMATCHED_ROUTE } from './http-metrics.middleware.js';
import { MetricsRegistry } from './metrics-registry.js';

describe('routeTemplate', () => {
  it.each([
    ['a matched route under the global prefix', { baseUrl: '', route: { path: '/api/workers/:id' } }, '/api/workers/:id'],
    ['a matched route in a mounted router', { baseUrl: '/api/auth', route: { path: '/callback' } }, '/api/auth/callback'],
    ['no route (404, static files)', { baseUrl: '', route: undefined }, UNMATCHED_ROUTE],
    ['a route whose path is a pattern object', { baseUrl: '', route: { path: /x/ } }, UNMATCHED_ROUTE],
  ])('%s', (_case, req, expected) => {
    expect(routeTemplate(req as unknown as Request)).toBe(expected);
  });
});

describe('httpMetrics', () => {
  it('records the request once the response is finished, by template and status, not by raw path', async () => {
    const registry = new MetricsRegistry();
    const req = { method: 'GET', baseUrl: '', path: '/api/workers/0190-abc' } as unknown as Request;
    const res = Object.assign(new EventEmitter(), { statusCode: 404 }) as unknown as Response;
    const next = jest.fn() as NextFunction;
    httpMetrics(registry)(req, res, next);
    expect(next).toHaveBeenCalled();
    (req as unknown as { route: { path: string } }).route = { path: '/api/workers/:id' };
    res.emit('finish');
    const text = await registry.exposition();
    expect(text).toContain('ccm_http_server_request_duration_seconds_count{method="GET",route="/api/workers/:id",status_code="404"} 1');
    expect(text).not.toContain('0190-abc');
  });
});
