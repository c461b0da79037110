import { sameVolumes, sortedVolumes, totalGiB, type WorkerVolume } from './worker-volume.value-object.js';
import type { WorkerChange } from './worker-settings.rule.js';
import type { WorkerState } from './worker.state.js';

/**
 * The volumes EC2 reports now. Only a different set (a volume attached, detached, resized or of
 * another type) is a change, recorded with `worker.volumes-changed`; reading the same set again
 * writes nothing, so the hourly inventory saves only the workers whose storage changed. The first
 * read of a worker (never read before) is a change, even with no volumes.
 */
export function volumesObserved(state: Pick<WorkerState, 'volumes'>, volumes: readonly WorkerVolume[], now: Date): WorkerChange | undefined {
  if (state.volumes && sameVolumes(state.volumes, volumes)) return undefined;
  const sorted = sortedVolumes(volumes);
  return {
    set: { volumes: sorted, volumesReadAt: now.toISOString() },
    event: { type: 'worker.volumes-changed', data: { volumes: sorted, totalGiB: totalGiB(sorted) } },
  };
}
