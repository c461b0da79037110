/** The node definitions installed on the worker's controller. */
export class GetNodeDefinitionsQuery {
  constructor(readonly workerId: string) {}
}
