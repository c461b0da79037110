import type { Actor } from '#kernel';

export interface WorkerChanges {
  name?: string;
  /** A URL sets the endpoint override; null clears it. */
  endpoint?: string | null;
  idleDetectionEnabled?: boolean;
  /** Minutes; null returns to the fleet default. */
  idleTimeoutMinutes?: number | null;
}

export class UpdateWorkerCommand {
  constructor(
    readonly workerId: string,
    readonly changes: WorkerChanges,
    readonly actor: Actor,
  ) {}
}
