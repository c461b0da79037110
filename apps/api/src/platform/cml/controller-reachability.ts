import { CML_ERROR, CmlErrors } from '#cml-client';

/** Why the connector did not contact a controller at all (see CmlConnector.clientFor). */
export const NOT_CONTACTED = {
  NO_ENDPOINT: CmlErrors.noEndpoint.code,
  ENDPOINT_INSECURE: CmlErrors.endpointInsecure.code,
  ENDPOINT_NOT_ALLOWED: CmlErrors.endpointNotAllowed.code,
  NO_CREDENTIALS: CmlErrors.noCredentials.code,
} as const;

/**
 * Failures that mean nothing answered: the controller was not reached, not in time, is paused by its
 * circuit breaker, or was not contacted at all. A controller that answered with an error (bad
 * credentials, a 5xx, a broken answer) is not among them; one that says it is booting neither.
 */
export const UNREACHABLE: readonly string[] = [CML_ERROR.UNREACHABLE, CML_ERROR.TIMEOUT, CML_ERROR.CIRCUIT_OPEN, ...Object.values(NOT_CONTACTED)];

/** True when the error code says the controller could not be reached (or was not contacted). */
export function isUnreachable(code: string): boolean {
  return UNREACHABLE.includes(code);
}
