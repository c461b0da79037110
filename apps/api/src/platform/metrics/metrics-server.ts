import { createServer, type Server } from 'node:http';
import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '../../config/app-config.js';
import { MetricsRegistry } from './metrics-registry.js';

/**
 * The Prometheus endpoint on a listener of its own (METRICS_ENABLED, METRICS_PORT, METRICS_HOST;
 * ADR 0035): never behind the API's ingress, no credential for the scraper to hold. Off by default.
 */
@Injectable()
export class MetricsServer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Metrics');
  private server?: Server;

  constructor(
    private readonly config: AppConfig,
    private readonly metrics: MetricsRegistry,
  ) {}

  get enabled(): boolean {
    return this.config.metrics.enabled;
  }

  /** The bound port (tests may ask for port 0). */
  get port(): number | undefined {
    const address = this.server?.address();
    return typeof address === 'object' && address ? address.port : undefined;
  }

  async onApplicationBootstrap(): Promise<void> {
    const { enabled, port, host } = this.config.metrics;
    if (!enabled) return;
    const server = createServer((req, res) => {
      const path = (req.url ?? '').split('?')[0];
      if (path !== '/metrics' || (req.method !== 'GET' && req.method !== 'HEAD')) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found: the metrics are at GET /metrics\n');
        return;
      }
      this.metrics
        .exposition()
        .then((text) => res.writeHead(200, { 'content-type': this.metrics.contentType }).end(req.method === 'HEAD' ? undefined : text))
        .catch((err: unknown) => {
          this.logger.warn(`Metrics could not be collected: ${(err as Error).message}`);
          res.writeHead(500, { 'content-type': 'text/plain' }).end('Metrics could not be collected\n');
        });
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => resolve());
    });
    this.server = server;
    this.logger.log(`Prometheus metrics on http://${host}:${this.port}/metrics`);
  }

  // Last: a scrape during the drain still answers.
  async onApplicationShutdown(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
