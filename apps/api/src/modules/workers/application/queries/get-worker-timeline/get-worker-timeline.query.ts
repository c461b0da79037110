export class GetWorkerTimelineQuery {
  constructor(
    readonly workerId: string,
    readonly page: number,
    readonly pageSize: number,
  ) {}
}
