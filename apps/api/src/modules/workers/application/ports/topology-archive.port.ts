/** Durable storage for lab topologies exported before a terminate (an S3 bucket). */
export abstract class TopologyArchivePort {
  /** Stores one topology; returns its location (`s3://bucket/key`). Storing the same key again replaces it. */
  abstract put(region: string, bucket: string, key: string, yaml: string): Promise<string>;
}
