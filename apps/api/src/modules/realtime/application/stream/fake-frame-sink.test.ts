// A spec helper (".test.ts": left out of the build, not run as a suite).
import type { FrameSink } from './frame-sink.js';

/**
 * A transport for specs: records frames and reports "full" on demand, the way a socket whose
 * reader stopped reading makes `write` return false until it drains.
 */
export class FakeFrameSink implements FrameSink {
  readonly chunks: string[] = [];
  full = false;
  ended = false;
  destroyed = false;
  private readonly drainListeners: (() => void)[] = [];
  private readonly closeListeners: (() => void)[] = [];

  write(chunk: string): boolean {
    if (!this.writable) throw new Error('write after end');
    this.chunks.push(chunk);
    return !this.full;
  }

  onDrain(listener: () => void): void {
    this.drainListeners.push(listener);
  }

  onClose(listener: () => void): void {
    this.closeListeners.push(listener);
  }

  end(): void {
    this.ended = true;
  }

  destroy(): void {
    this.destroyed = true;
    this.clientLeft();
  }

  get writable(): boolean {
    return !this.ended && !this.destroyed;
  }

  /** The reader caught up. */
  drain(): void {
    this.full = false;
    for (const l of this.drainListeners) l();
  }

  /** The connection closed. */
  clientLeft(): void {
    for (const l of this.closeListeners) l();
  }

  /** `event:` names of the frames written, in order (`retry` for the reconnection hint). */
  get events(): string[] {
    return this.chunks.map((c) => /^event: (.+)$/m.exec(c)?.[1] ?? (c.startsWith('retry:') ? 'retry' : '?'));
  }

  /** `id:` of the event frames written, in order. */
  get ids(): string[] {
    return this.chunks.map((c) => /^id: (.+)$/m.exec(c)?.[1]).filter((id): id is string => id !== undefined);
  }

  /** The JSON data of the frames named `event`. */
  data(event: string): Record<string, unknown>[] {
    return this.chunks.filter((c) => c.includes(`event: ${event}\n`)).map((c) => JSON.parse(/^data: (.+)$/m.exec(c)![1]) as Record<string, unknown>);
  }
}
