export class GetWorkerQuery {
  constructor(readonly workerId: string) {}
}
