/** Takes over stops and terminates whose process went away (the `power-operations` job). */
export class ResumePowerOperationsCommand {}

export interface PowerResumeSummary {
  /** Operations taken over, each driven on in the background from the step it was in. */
  resumed: number;
  operations: { id: string; kind: string; workerId: string; step?: string }[];
}
