/**
 * Reads the EBS volumes of managed, non-terminated workers (the given ones, or all of them: the
 * `volume-inventory` job), one DescribeVolumes call per region and 200 workers, and records the
 * workers whose volumes changed.
 */
export class RefreshWorkerVolumesCommand {
  constructor(readonly workerIds?: readonly string[]) {}
}

export interface VolumeInventorySummary {
  /** Workers whose volumes were read. */
  workers: number;
  /** Of those, how many had a different set of volumes (recorded, `worker.volumes-changed`). */
  changed: number;
  regions: number;
  /** DescribeVolumes requests asked of the port (one per region; the adapter splits by 200 ids). */
  awsCalls: number;
  errors: string[];
}
