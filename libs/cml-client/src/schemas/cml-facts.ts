/** CML's built-in system user ids start with this; its telemetry is not human activity. */
export const CML_SYSTEM_USER_PREFIX = '00000000-0000-';

/** True for the user id of CML's built-in system user. */
export function isCmlSystemUser(userId: string | undefined): boolean {
  return typeof userId === 'string' && userId.startsWith(CML_SYSTEM_USER_PREFIX);
}
