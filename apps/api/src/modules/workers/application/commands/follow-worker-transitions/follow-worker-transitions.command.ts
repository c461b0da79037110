/** Reads the EC2 state of every instance that is changing state, one batched call per region. */
export class FollowWorkerTransitionsCommand {}

export interface FollowSummary {
  /** Workers whose instance was read. */
  followed: number;
  /** Of those, how many reached a settled state (running, stopped, terminated). */
  settled: number;
  regions: number;
  awsCalls: number;
  errors: string[];
}
