import type { IncomingMessage, ServerResponse } from 'node:http';
import { Injectable } from '@nestjs/common';

/**
 * What a process does between SIGTERM and closing its connections. While it drains, readiness
 * answers 503 (load balancers that probe stop sending new work), every other request is still
 * served, and responses ask keep-alive clients to reconnect (elsewhere). Requests in flight are
 * counted so the connections are closed only once they have answered; live event streams are not
 * waited for: they end at shutdown and their clients resume on another instance with Last-Event-ID.
 */
@Injectable()
export class GracefulShutdown {
  private drainingSince?: Date;
  private readonly inFlight = new Set<ServerResponse>();
  private idleWaiters: (() => void)[] = [];

  /** True from the signal on. */
  get draining(): boolean {
    return this.drainingSince !== undefined;
  }

  /** When draining began (for the readiness answer). */
  get since(): Date | undefined {
    return this.drainingSince;
  }

  /** Express middleware: counts requests in flight; while draining, asks for `Connection: close`. */
  readonly middleware = (_req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    this.inFlight.add(res);
    res.once('close', () => this.settled(res));
    res.once('finish', () => this.settled(res));
    if (this.draining) res.setHeader('Connection', 'close');
    next();
  };

  /** Starts draining (idempotent). */
  beginDrain(now: Date = new Date()): void {
    this.drainingSince ??= now;
  }

  /** Requests in flight that a shutdown waits for (event streams excluded). */
  pending(): number {
    let n = 0;
    for (const res of this.inFlight) if (!isEventStream(res)) n++;
    return n;
  }

  /**
   * Resolves true once no request but event streams is in flight, or false after `timeoutMs`
   * with some still open.
   */
  async idle(timeoutMs: number): Promise<boolean> {
    if (this.pending() === 0) return true;
    return new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => {
        this.idleWaiters = this.idleWaiters.filter((w) => w !== done);
        resolve(false);
      }, timeoutMs);
      const done = (): void => {
        clearTimeout(timer);
        resolve(true);
      };
      this.idleWaiters.push(done);
    });
  }

  private settled(res: ServerResponse): void {
    if (!this.inFlight.delete(res) || this.pending() > 0) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const w of waiters) w();
  }
}

function isEventStream(res: ServerResponse): boolean {
  const type = res.getHeader('content-type');
  return typeof type === 'string' && type.startsWith('text/event-stream');
}

/** What {@link drainAndClose} needs of the app; the Nest application in production. */
export interface Closable {
  close(): Promise<void>;
}

export interface DrainOptions {
  /** How long readiness answers 503 before anything closes (SHUTDOWN_DRAIN_MS). */
  drainMs: number;
  /** How long requests in flight may then take to answer (SHUTDOWN_TIMEOUT_MS). */
  timeoutMs: number;
  /** Told how many requests were still open when the timeout cut them off. */
  onTimeout?: (pending: number) => void;
  sleep?: (ms: number) => Promise<void>;
}

/**
 * The shutdown sequence after SIGTERM: drain (readiness 503, everything else served) for
 * `drainMs`, wait up to `timeoutMs` for requests in flight, then close the app (streams end,
 * sockets close, jobs finish their runs, connections to MongoDB and Redis close).
 */
export async function drainAndClose(app: Closable, shutdown: GracefulShutdown, options: DrainOptions): Promise<void> {
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  shutdown.beginDrain();
  if (options.drainMs > 0) await sleep(options.drainMs);
  if (!(await shutdown.idle(options.timeoutMs))) options.onTimeout?.(shutdown.pending());
  await app.close();
}
