/** What the cost module reads of every worker the product has known (terminated and unregistered ones too). */
export interface WorkerFacts {
  id: string;
  name: string;
  owner?: string;
  region: string;
  instanceType: string;
  status: string;
  /** When the status last changed. */
  statusChangedAt?: string;
  tags: Readonly<Record<string, string>>;
  /** Since when the product knows it. */
  createdAt: string;
  /** When it was terminated or unregistered: nothing after it is the product's to count. */
  endedAt?: string;
  /** Its EBS volumes as last read (empty until read: at import, at launch, by the volume-inventory job). */
  volumes: readonly { sizeGiB: number; volumeType: string }[];
}

/** Every worker's facts, for reports over the fleet (the cost module's, through the bus). */
export class ListWorkerFactsQuery {}
