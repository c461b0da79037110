import type { Actor } from '#kernel';
import type { WorkerPowerFacts } from '../../domain/action-link-token.rule.js';

/** A worker as a link's page names it and its rule checks it. */
export interface LinkWorker extends WorkerPowerFacts {
  id: string;
  name: string;
}

/** What action links need of the workers module: read a worker, keep it running, stop it. */
export abstract class LinkWorkers {
  /** The worker, or undefined when there is none with that id. */
  abstract find(workerId: string): Promise<LinkWorker | undefined>;
  /** Sets its keep-running override until `until`, as `actor` (the command the console's override uses). */
  abstract keepRunning(workerId: string, until: Date, actor: Actor): Promise<void>;
  /** Stops it through the command people use, as `actor`; refusals are thrown as the workers module's errors. */
  abstract stop(workerId: string, actor: Actor, reason: string): Promise<{ changed: boolean; message: string }>;
}
