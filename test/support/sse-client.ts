import { request as httpRequest, type IncomingMessage, type ClientRequest } from 'node:http';

/** One dispatched Server-Sent Event. */
export interface SseFrame {
  /** `message` when the frame named no event. */
  event: string;
  id?: string;
  data: string;
  /** `data` parsed as JSON, when it is JSON. */
  json?: Record<string, unknown>;
}

export interface SseOptions {
  headers?: Record<string, string>;
  /** Pause reading at once (a client that never reads). */
  paused?: boolean;
}

/**
 * A small SSE client over node:http, so a test can stop reading (socket backpressure), see the raw
 * frames in order, and know when the server ended the stream. Follows the WHATWG parsing rules
 * for `event`, `data`, `id`, `retry` and comments.
 */
export class SseClient {
  readonly frames: SseFrame[] = [];
  readonly comments: string[] = [];
  retry?: number;
  lastEventId?: string;
  /** Bytes received so far. */
  received = 0;
  ended = false;
  readonly done: Promise<void>;
  private buffer = '';
  private text = '';
  private pending: { event?: string; id?: string; data: string[] } = { data: [] };
  private waiters: (() => void)[] = [];

  private constructor(
    private readonly req: ClientRequest,
    readonly res: IncomingMessage,
    paused: boolean,
  ) {
    res.setEncoding('utf8');
    if (paused) res.pause();
    this.done = new Promise((resolve) => {
      const finish = () => {
        if (this.ended) return;
        this.ended = true;
        this.notify();
        resolve();
      };
      res.on('end', finish);
      res.on('close', finish);
      res.on('error', finish);
      req.on('error', finish);
    });
    res.on('data', (chunk: string) => {
      this.received += Buffer.byteLength(chunk);
      if (this.status !== 200) this.text += chunk;
      else this.parse(chunk);
    });
  }

  /** Opens the stream; resolves once the response headers are in (whatever the status). */
  static open(url: string, options: SseOptions = {}): Promise<SseClient> {
    return new Promise((resolve, reject) => {
      const req = httpRequest(url, { headers: { accept: 'text/event-stream', ...options.headers } }, (res) => resolve(new SseClient(req, res, Boolean(options.paused))));
      req.on('error', reject);
      req.end();
    });
  }

  get status(): number {
    return this.res.statusCode ?? 0;
  }

  header(name: string): string | undefined {
    const v = this.res.headers[name.toLowerCase()];
    return Array.isArray(v) ? v.join(', ') : v;
  }

  /** The whole body of a non-stream answer (problem details). */
  async body(): Promise<Record<string, unknown>> {
    await this.done;
    return JSON.parse(this.text) as Record<string, unknown>;
  }

  /** Domain-event frames (those with an id). */
  events(): SseFrame[] {
    return this.frames.filter((f) => f.id !== undefined);
  }

  pause(): void {
    this.res.pause();
  }

  resume(): void {
    this.res.resume();
  }

  close(): void {
    this.req.destroy();
    this.res.destroy();
  }

  /** The first frame (seen already or still to come) that satisfies `match`. */
  async waitFor(match: (f: SseFrame) => boolean, timeoutMs = 15_000, what = 'a matching frame'): Promise<SseFrame> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.frames.find(match);
      if (found) return found;
      if (this.ended) throw new Error(`the stream ended without ${what}; frames: ${this.describe()}`);
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no ${what} within ${timeoutMs} ms; frames: ${this.describe()}`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }

  waitForEvent(event: string, timeoutMs?: number): Promise<SseFrame> {
    return this.waitFor((f) => f.event === event, timeoutMs, `event ${event}`);
  }

  /** Resolves when the server ends the stream. */
  async waitForEnd(timeoutMs = 15_000): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      this.done,
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`the stream did not end within ${timeoutMs} ms; frames: ${this.describe()}`)), timeoutMs);
      }),
    ]).finally(() => clearTimeout(timer));
  }

  describe(): string {
    return this.frames
      .slice(-12)
      .map((f) => `${f.event}${f.id ? `#${f.id.slice(-6)}` : ''}`)
      .join(', ');
  }

  private notify(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
  }

  private parse(chunk: string): void {
    this.buffer += chunk;
    let newline: number;
    while ((newline = this.buffer.search(/\r\n|\r|\n/)) >= 0) {
      const line = this.buffer.slice(0, newline);
      const width = this.buffer.startsWith('\r\n', newline) ? 2 : 1;
      this.buffer = this.buffer.slice(newline + width);
      this.line(line);
    }
  }

  private line(line: string): void {
    if (line === '') {
      this.dispatch();
      return;
    }
    if (line.startsWith(':')) {
      this.comments.push(line.slice(1).trim());
      return;
    }
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') this.pending.event = value;
    else if (field === 'data') this.pending.data.push(value);
    else if (field === 'id') this.pending.id = value;
    else if (field === 'retry' && /^\d+$/.test(value)) this.retry = Number(value);
  }

  private dispatch(): void {
    const { event, id, data } = this.pending;
    this.pending = { data: [] };
    if (id !== undefined) this.lastEventId = id;
    if (data.length === 0) return;
    const text = data.join('\n');
    let json: Record<string, unknown> | undefined;
    try {
      json = JSON.parse(text) as Record<string, unknown>;
    } catch {
      json = undefined;
    }
    this.frames.push({ event: event ?? 'message', id, data: text, json });
    this.notify();
  }
}
