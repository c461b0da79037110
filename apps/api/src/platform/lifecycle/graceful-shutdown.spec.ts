import { jest } from '@jest/globals';
import { EventEmitter } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { drainAndClose, GracefulShutdown } from './graceful-shutdown.js';

/** Just enough of a ServerResponse: headers and the close/finish events. */
class FakeResponse extends EventEmitter {
  readonly headers = new Map<string, string>();
  setHeader(name: string, value: string): this {
    this.headers.set(name.toLowerCase(), value);
    return this;
  }
  getHeader(name: string): string | undefined {
    return this.headers.get(name.toLowerCase());
  }
  finish(): void {
    this.emit('finish');
    this.emit('close');
  }
}

function start(shutdown: GracefulShutdown): FakeResponse {
  const res = new FakeResponse();
  let called = false;
  shutdown.middleware({} as IncomingMessage, res as unknown as ServerResponse, () => (called = true));
  expect(called).toBe(true);
  return res;
}

describe('GracefulShutdown', () => {
  it('is not draining until told, then remembers since when', () => {
    const shutdown = new GracefulShutdown();
    expect(shutdown.draining).toBe(false);
    shutdown.beginDrain(new Date('2030-01-01T00:00:00Z'));
    shutdown.beginDrain(new Date('2030-01-01T00:00:05Z'));
    expect(shutdown.draining).toBe(true);
    expect(shutdown.since?.toISOString()).toBe('2030-01-01T00:00:00.000Z');
  });

  it('counts requests in flight until they finish or their client goes away', () => {
    const shutdown = new GracefulShutdown();
    const a = start(shutdown);
    const b = start(shutdown);
    expect(shutdown.pending()).toBe(2);
    a.finish();
    expect(shutdown.pending()).toBe(1);
    b.emit('close'); // aborted by the client: no finish
    expect(shutdown.pending()).toBe(0);
  });

  it('does not count live event streams', () => {
    const shutdown = new GracefulShutdown();
    const stream = start(shutdown);
    stream.setHeader('Content-Type', 'text/event-stream; charset=utf-8');
    expect(shutdown.pending()).toBe(0);
  });

  it('asks keep-alive clients to reconnect once draining, not before', () => {
    const shutdown = new GracefulShutdown();
    expect(start(shutdown).getHeader('connection')).toBeUndefined();
    shutdown.beginDrain();
    expect(start(shutdown).getHeader('connection')).toBe('close');
  });

  it('is idle at once with nothing in flight', async () => {
    await expect(new GracefulShutdown().idle(60_000)).resolves.toBe(true);
  });

  it('becomes idle when the last request in flight finishes', async () => {
    const shutdown = new GracefulShutdown();
    const a = start(shutdown);
    const b = start(shutdown);
    const idle = shutdown.idle(60_000);
    a.finish();
    b.finish();
    await expect(idle).resolves.toBe(true);
  });

  it('gives up after the timeout with a request still open', async () => {
    jest.useFakeTimers();
    try {
      const shutdown = new GracefulShutdown();
      start(shutdown);
      const idle = shutdown.idle(1000);
      jest.advanceTimersByTime(1000);
      await expect(idle).resolves.toBe(false);
    } finally {
      jest.useRealTimers();
    }
  });
});

describe('drainAndClose', () => {
  it('drains first, waits for requests in flight, and closes the app last', async () => {
    const shutdown = new GracefulShutdown();
    const steps: string[] = [];
    const open = start(shutdown);
    const app = { close: async () => void steps.push(`close (pending ${shutdown.pending()})`) };
    const done = drainAndClose(app, shutdown, {
      drainMs: 5000,
      timeoutMs: 60_000,
      sleep: async (ms) => {
        steps.push(`drain ${ms} ms (draining: ${shutdown.draining})`);
        setImmediate(() => {
          steps.push('request answered');
          open.finish();
        });
      },
    });
    await done;
    expect(steps).toEqual(['drain 5000 ms (draining: true)', 'request answered', 'close (pending 0)']);
  });

  it('closes anyway when requests outlast the timeout, and says how many', async () => {
    const shutdown = new GracefulShutdown();
    start(shutdown);
    const closed = jest.fn(async () => undefined);
    const onTimeout = jest.fn();
    await drainAndClose({ close: closed }, shutdown, { drainMs: 0, timeoutMs: 1, onTimeout });
    expect(onTimeout).toHaveBeenCalledWith(1);
    expect(closed).toHaveBeenCalledTimes(1);
  });
});
