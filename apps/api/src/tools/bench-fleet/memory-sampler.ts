const MB = 1024 * 1024;

/** Peaks of one measured window, in MB. */
export interface MemoryPeaks {
  rssMb: number;
  heapUsedMb: number;
  arrayBuffersMb: number;
}

/**
 * Samples this process's memory every `intervalMs` (and on demand), keeping the overall peaks and
 * the peaks of the window opened by `startWindow`. A sample is also taken at each window edge, so
 * a window shorter than the interval still has one.
 */
export class MemorySampler {
  private timer?: NodeJS.Timeout;
  private overall: MemoryPeaks = { rssMb: 0, heapUsedMb: 0, arrayBuffersMb: 0 };
  private window?: MemoryPeaks;

  constructor(private readonly intervalMs = 50) {}

  start(): void {
    this.sample();
    this.timer = setInterval(() => this.sample(), this.intervalMs);
    this.timer.unref();
  }

  stop(): void {
    this.sample();
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  /** Opens a window; returns the memory at its start. */
  startWindow(): MemoryPeaks {
    this.window = { rssMb: 0, heapUsedMb: 0, arrayBuffersMb: 0 };
    return this.sample();
  }

  /** Closes the window and returns its peaks. */
  endWindow(): MemoryPeaks {
    this.sample();
    const peaks = this.window ?? { rssMb: 0, heapUsedMb: 0, arrayBuffersMb: 0 };
    this.window = undefined;
    return peaks;
  }

  peaks(): MemoryPeaks {
    return { ...this.overall };
  }

  private sample(): MemoryPeaks {
    const m = process.memoryUsage();
    const now = { rssMb: Math.round(m.rss / MB), heapUsedMb: Math.round(m.heapUsed / MB), arrayBuffersMb: Math.round(m.arrayBuffers / MB) };
    for (const p of [this.overall, this.window]) {
      if (!p) continue;
      p.rssMb = Math.max(p.rssMb, now.rssMb);
      p.heapUsedMb = Math.max(p.heapUsedMb, now.heapUsedMb);
      p.arrayBuffersMb = Math.max(p.arrayBuffersMb, now.arrayBuffersMb);
    }
    return now;
  }
}
