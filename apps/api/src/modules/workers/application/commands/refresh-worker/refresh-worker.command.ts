import type { Actor } from '#kernel';

/** Re-read the worker's EC2 state and status checks now (throttled per worker unless `force`). */
export class RefreshWorkerCommand {
  constructor(
    readonly workerId: string,
    readonly actor: Actor,
    readonly force = false,
  ) {}
}
