import type { EventMap } from '#kernel';

/** A license change asked of a worker's controller. */
export type LicenseChangeKind = 'registration' | 'deregistration';

/** How a license change ended, as the controller answered it. */
export interface LicenseOutcome {
  operationId: string;
  succeeded: boolean;
  /** Smart Licensing's registration status when the registration settled (or stopped being awaited). */
  registrationStatus?: string;
  /** What the controller said of a deregistration. */
  result?: string;
  error?: string;
}

/** Smart Licensing registration statuses, as CML reports them in `GET /licensing`. */
const SETTLEMENT: Record<string, 'succeeded' | 'failed'> = {
  COMPLETED: 'succeeded',
  REGISTERED: 'succeeded',
  FAILED: 'failed',
  EXPIRED: 'failed',
  RETRY_FAILED: 'failed',
  NOT_REGISTERED: 'failed',
};

/** Whether a registration has settled, and how; any other status (IN_PROGRESS ...) is still `pending`. */
export function registrationSettlement(status: string | undefined): 'succeeded' | 'failed' | 'pending' {
  if (status === undefined || !Object.hasOwn(SETTLEMENT, status)) return 'pending';
  return SETTLEMENT[status];
}

type EventOf<T extends keyof EventMap> = { type: T; data: EventMap[T] };

/** The event that records a change being asked for (the token is never part of it). */
export function licenseRequested(
  kind: LicenseChangeKind,
  operationId: string,
  reregister: boolean,
): EventOf<'worker.license-registration-requested'> | EventOf<'worker.license-deregistration-requested'> {
  return kind === 'registration'
    ? { type: 'worker.license-registration-requested', data: { operationId, reregister } }
    : { type: 'worker.license-deregistration-requested', data: { operationId } };
}

/** The event that records how a change ended. */
export function licenseFinished(
  kind: LicenseChangeKind,
  outcome: LicenseOutcome,
): EventOf<'worker.license-registration-finished'> | EventOf<'worker.license-deregistration-finished'> {
  const { operationId, succeeded, error } = outcome;
  return kind === 'registration'
    ? { type: 'worker.license-registration-finished', data: { operationId, succeeded, registrationStatus: outcome.registrationStatus, error } }
    : { type: 'worker.license-deregistration-finished', data: { operationId, succeeded, outcome: outcome.result, error } };
}
