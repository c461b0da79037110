import type { WorkerRef } from '../../domain/notification.rule.js';

/** A running worker whose controller is not answering, and since when. */
export interface SilentController {
  worker: WorkerRef;
  since: Date;
}

/** A running worker whose controller said when its licence expires. */
export interface LicenceExpiry {
  worker: WorkerRef;
  expiresAt: Date;
}

/** What the notifications module needs of the workers module. */
export abstract class WorkerDirectory {
  /** Undefined when no worker has that id (any more). */
  abstract find(workerId: string): Promise<WorkerRef | undefined>;
  /** Running workers whose controller is not `available`, with the last time it answered (or since it runs). */
  abstract silentControllers(): Promise<SilentController[]>;
  /** Running workers whose controller gave a licence expiry (as last read). */
  abstract licenceExpiries(): Promise<LicenceExpiry[]>;
}
