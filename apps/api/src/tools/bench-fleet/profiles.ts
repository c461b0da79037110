import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';

/** Profiles of a stretch of work, for Chrome DevTools: what allocated how much, and where the CPU went. */
export interface ProfileFiles {
  /** A V8 sampling heap profile (.heapprofile). */
  heap?: string;
  /** A V8 CPU profile (.cpuprofile). */
  cpu?: string;
}

export async function withProfiles<T>(files: ProfileFiles, work: () => Promise<T>): Promise<T> {
  if (!files.heap && !files.cpu) return work();
  const session = new Session();
  session.connect();
  // 32 KB between heap samples: cheap enough not to distort the figures much, fine enough to rank the sites.
  if (files.heap) await session.post('HeapProfiler.startSampling', { samplingInterval: 32_768, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
  if (files.cpu) {
    await session.post('Profiler.enable');
    await session.post('Profiler.start');
  }
  try {
    return await work();
  } finally {
    if (files.heap) writeFileSync(files.heap, JSON.stringify((await session.post('HeapProfiler.stopSampling')).profile));
    if (files.cpu) writeFileSync(files.cpu, JSON.stringify((await session.post('Profiler.stop')).profile));
    session.disconnect();
  }
}
