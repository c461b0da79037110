/** One lab record, with its state history (also records of labs that are gone). */
export class GetLabQuery {
  constructor(
    readonly workerId: string,
    readonly labId: string,
  ) {}
}
