import type { Actor } from '#kernel';

/** Keep a worker running (no idle stop) until a time, or for some minutes. */
export class SnoozeWorkerCommand {
  constructor(
    readonly workerId: string,
    readonly until: Date,
    readonly actor: Actor,
  ) {}
}
