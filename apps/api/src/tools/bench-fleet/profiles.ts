import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';

/** A V8 sampling heap profile of a stretch of work: what allocated how much, by stack. */
export async function withHeapProfile<T>(file: string | undefined, work: () => Promise<T>): Promise<T> {
  if (!file) return work();
  const session = new Session();
  session.connect();
  // 32 KB between samples: cheap enough not to distort the figures much, fine enough to rank the sites.
  await session.post('HeapProfiler.startSampling', { samplingInterval: 32_768, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
  try {
    return await work();
  } finally {
    const { profile } = await session.post('HeapProfiler.stopSampling');
    writeFileSync(file, JSON.stringify(profile));
    session.disconnect();
  }
}
