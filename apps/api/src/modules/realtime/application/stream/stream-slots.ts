import { Injectable } from '@nestjs/common';
import { RealtimeErrors } from '../../domain/realtime.errors.js';
import { AppConfig } from '../../../../config/app-config.js';
import { RealtimeMetrics } from '../realtime-metrics.js';

/** A taken place among the open streams; releasing it twice frees it once. */
export interface StreamSlot {
  release(): void;
}

/**
 * How many live streams this instance holds open: at most SSE_MAX_STREAMS_PER_IDENTITY per caller
 * and SSE_MAX_STREAMS_PER_INSTANCE in all. Counted in process: each instance guards its own
 * connections and memory, whatever the others hold.
 */
@Injectable()
export class StreamSlots {
  private total = 0;
  private readonly byHolder = new Map<string, number>();

  constructor(
    private readonly config: AppConfig,
    private readonly metrics: RealtimeMetrics,
  ) {}

  /** Streams open now, in all or for one caller. */
  count(holder?: string): number {
    return holder === undefined ? this.total : (this.byHolder.get(holder) ?? 0);
  }

  /** Takes a slot for `holder` (a caller's kind and id), or refuses with 429 naming the limit it would pass. */
  take(holder: string): StreamSlot {
    const { maxStreamsPerIdentity, maxStreamsPerInstance, heartbeatSeconds } = this.config.realtime;
    // A client that vanished without closing is noticed at the next heartbeat, which frees its slot.
    const retryAfterSeconds = heartbeatSeconds;
    const held = this.byHolder.get(holder) ?? 0;
    if (held >= maxStreamsPerIdentity) {
      this.metrics.increment('streamsRefused');
      throw RealtimeErrors.tooManyStreams({ limit: 'per-identity', held, max: maxStreamsPerIdentity, retryAfterSeconds });
    }
    if (this.total >= maxStreamsPerInstance) {
      this.metrics.increment('streamsRefused');
      throw RealtimeErrors.tooManyStreams({ limit: 'per-instance', total: this.total, max: maxStreamsPerInstance, retryAfterSeconds });
    }
    this.total += 1;
    this.byHolder.set(holder, held + 1);
    let released = false;
    return {
      release: () => {
        if (released) return;
        released = true;
        this.total -= 1;
        const left = (this.byHolder.get(holder) ?? 1) - 1;
        if (left > 0) this.byHolder.set(holder, left);
        else this.byHolder.delete(holder);
      },
    };
  }
}
