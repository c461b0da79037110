import type { Actor } from '#kernel';

/**
 * Read the worker's CML controller now and record what changed. `probe`: a person asked for it, so
 * the controller is tried even while its circuit is open (it may just have come back).
 */
export class SyncWorkerCmlCommand {
  constructor(
    readonly workerId: string,
    readonly actor: Actor,
    readonly probe = false,
  ) {}
}
