import type { MongoClient } from 'mongodb';

/**
 * Times every MongoDB command the app's driver sends (command monitoring: `monitorCommands=true` in
 * the connection string), so a request's wall time can be split into time waiting on MongoDB and
 * the app's own. Concurrent commands overlap: what counts is the time at least one was in flight.
 */
export class MongoRoundTrips {
  private readonly started = new Map<number, number>();
  private readonly spans: [number, number][] = [];

  constructor(private readonly clock: () => number = () => performance.now()) {}

  attach(client: MongoClient): void {
    client.on('commandStarted', (e) => this.start(e.requestId));
    client.on('commandSucceeded', (e) => this.end(e.requestId));
    client.on('commandFailed', (e) => this.end(e.requestId));
  }

  start(requestId: number): void {
    this.started.set(requestId, this.clock());
  }

  end(requestId: number): void {
    const from = this.started.get(requestId);
    if (from === undefined) return;
    this.started.delete(requestId);
    this.spans.push([from, this.clock()]);
  }

  /** Commands that began in [from, to], and the time in [from, to] at least one command was in flight. */
  between(from: number, to: number): { commands: number; busyMs: number } {
    const inside = this.spans.filter(([a, b]) => b > from && a < to).map(([a, b]) => [Math.max(a, from), Math.min(b, to)] as const);
    inside.sort((x, y) => x[0] - y[0]);
    let busy = 0;
    let cursor = -Infinity;
    for (const [a, b] of inside) {
      const start = Math.max(a, cursor);
      if (b > start) busy += b - start;
      cursor = Math.max(cursor, b);
    }
    return { commands: this.spans.filter(([a]) => a >= from && a <= to).length, busyMs: busy };
  }

  /** Forgets what was timed (between phases, to keep the list short). */
  clear(): void {
    this.spans.length = 0;
  }
}
