import type { StreamEvent } from '../../domain/stream-event.js';

/** Control messages of the stream; they are not domain events and carry no `id:` (Last-Event-ID stays on the last event). */
export type ControlEvent = 'ready' | 'heartbeat' | 'resync' | 'overflow' | 'auth.expired';

// JSON.stringify never emits a raw line break, so one `data:` line always holds the whole payload.
export function eventFrame(event: StreamEvent): string {
  return `id: ${event.id}\nevent: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`;
}

export function controlFrame(name: ControlEvent, data: Record<string, unknown>): string {
  return `event: ${name}\ndata: ${JSON.stringify(data)}\n\n`;
}

/** The reconnection delay hint, sent first. */
export function retryFrame(ms: number): string {
  return `retry: ${ms}\n\n`;
}
