import type { Actor } from '#kernel';

/** Register (with a Smart Licensing token) or deregister a worker's CML controller. */
export class ChangeWorkerLicenseCommand {
  constructor(
    readonly workerId: string,
    readonly change: { kind: 'registration'; token: string; reregister: boolean } | { kind: 'deregistration' },
    readonly actor: Actor,
  ) {}
}
