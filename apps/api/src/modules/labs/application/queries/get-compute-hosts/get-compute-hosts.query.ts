/** The compute hosts of the worker's CML cluster. */
export class GetComputeHostsQuery {
  constructor(readonly workerId: string) {}
}
