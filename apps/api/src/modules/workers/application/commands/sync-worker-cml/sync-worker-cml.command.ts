import type { Actor } from '#kernel';

/** Read the worker's CML controller now and record what changed. */
export class SyncWorkerCmlCommand {
  constructor(
    readonly workerId: string,
    readonly actor: Actor,
  ) {}
}
