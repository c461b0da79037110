import type { CmlTarget } from './cml-controller.port.js';

/** Smart licensing of a worker's controller. Tokens pass through and are never kept. */
export abstract class CmlLicensingPort {
  abstract register(target: CmlTarget, token: string, reregister: boolean): Promise<void>;
  /** The registration status the controller reports now (e.g. IN_PROGRESS, COMPLETED, FAILED). */
  abstract registrationStatus(target: CmlTarget): Promise<{ status?: string; failure?: string }>;
  abstract deregister(target: CmlTarget): Promise<'deregistered' | 'local-only' | 'already-deregistered'>;
}
