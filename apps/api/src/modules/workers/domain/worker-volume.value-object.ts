/** One EBS volume attached to the worker's instance: what storage costs per GiB-month by type. */
export interface WorkerVolume {
  volumeId: string;
  /** Size in GiB. */
  sizeGiB: number;
  /** EBS volume type: `gp3`, `gp2`, `io2`, `st1` ... */
  volumeType: string;
}

/** The volumes in one stable order (by id), so the record and its events do not depend on EC2's order. */
export function sortedVolumes(volumes: readonly WorkerVolume[]): WorkerVolume[] {
  return volumes.map(({ volumeId, sizeGiB, volumeType }) => ({ volumeId, sizeGiB, volumeType })).sort((a, b) => a.volumeId.localeCompare(b.volumeId));
}

/** Total size in GiB. */
export function totalGiB(volumes: readonly WorkerVolume[]): number {
  return volumes.reduce((sum, v) => sum + v.sizeGiB, 0);
}

/** Whether two sets of volumes are the same (ids, sizes and types), whatever their order. */
export function sameVolumes(a: readonly WorkerVolume[], b: readonly WorkerVolume[]): boolean {
  if (a.length !== b.length) return false;
  const x = sortedVolumes(a);
  const y = sortedVolumes(b);
  return x.every((v, i) => v.volumeId === y[i].volumeId && v.sizeGiB === y[i].sizeGiB && v.volumeType === y[i].volumeType);
}
