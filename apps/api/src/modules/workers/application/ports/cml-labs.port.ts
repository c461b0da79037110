import type { CmlTarget } from './cml-controller.port.js';

/** A lab on a worker's controller, as a stop or terminate needs it. */
export interface WorkerLab {
  id: string;
  title: string;
  state: string;
}

/**
 * The labs of a worker's controller, for a choreographed stop or terminate. Failures are the CML
 * client's errors (CML.UNREACHABLE, CML.TIMEOUT, ... : the controller cannot be reached).
 */
export abstract class CmlLabsPort {
  abstract labs(target: CmlTarget): Promise<WorkerLab[]>;
  abstract labState(target: CmlTarget, labId: string): Promise<string>;
  abstract stop(target: CmlTarget, labId: string): Promise<void>;
  abstract wipe(target: CmlTarget, labId: string): Promise<void>;
  /** The lab's topology as CML exports it (YAML). */
  abstract download(target: CmlTarget, labId: string): Promise<string>;
}
