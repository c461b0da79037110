import type { Actor } from '#kernel';

/** Stop managing a worker (its record and history stay); optionally terminate its instance first. */
export class UnregisterWorkerCommand {
  constructor(
    readonly workerId: string,
    readonly terminateInstance: boolean,
    readonly actor: Actor,
  ) {}
}
