import type { Request, Response } from 'express';
import type { FrameSink } from '../../application/stream/frame-sink.js';

/** Starts an SSE response and exposes it as a frame sink (writes, backpressure, close). */
export function openSseResponse(req: Request, res: Response): FrameSink {
  res.status(200);
  res.setHeader('Content-Type', 'text/event-stream; charset=utf-8');
  res.setHeader('Cache-Control', 'no-cache');
  res.setHeader('Connection', 'keep-alive');
  // nginx and friends would otherwise hold frames back to fill their buffers.
  res.setHeader('X-Accel-Buffering', 'no');
  res.flushHeaders();
  req.socket.setNoDelay(true);
  req.socket.setKeepAlive(true);
  return {
    write: (chunk) => res.write(chunk),
    onDrain: (listener) => void res.on('drain', listener),
    onClose: (listener) => void res.on('close', listener),
    end: () => void res.end(),
    destroy: () => void res.destroy(),
    get writable() {
      return res.writable && !res.writableEnded && !res.destroyed;
    },
  };
}
