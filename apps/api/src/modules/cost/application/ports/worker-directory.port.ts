/** What the cost figures need of a worker (the workers module's facts, through the bus). */
export interface CostSubject {
  id: string;
  name: string;
  owner?: string;
  region: string;
  instanceType: string;
  status: string;
  statusChangedAt?: string;
  tags: Readonly<Record<string, string>>;
  createdAt: string;
  endedAt?: string;
  volumes: readonly { sizeGiB: number; volumeType: string }[];
}

/** Every worker the product has known. */
export abstract class WorkerDirectory {
  abstract all(): Promise<CostSubject[]>;
}
