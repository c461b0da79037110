/** The image definitions installed on the worker's controller. */
export class GetImageDefinitionsQuery {
  constructor(readonly workerId: string) {}
}
