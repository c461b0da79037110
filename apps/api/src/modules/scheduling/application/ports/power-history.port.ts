/** A change of a worker's EC2 state, as its timeline recorded it. */
export interface StatusChange {
  at: Date;
  from: string;
  to: string;
}

/** What the workers did (from the event log), for the fleet timeline's "actual" bars. */
export abstract class PowerHistory {
  /** Each worker's status changes at or after `from`, oldest first (workers without any are absent). */
  abstract statusChangesSince(workerIds: string[], from: Date): Promise<Map<string, StatusChange[]>>;
}
