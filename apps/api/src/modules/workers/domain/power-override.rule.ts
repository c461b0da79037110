import type { PowerOverrideKind } from '#kernel';

/** "Keep running until" or "keep stopped until", set on a worker by its owner or a manager; it expires by itself. */
export interface PowerOverride {
  kind: PowerOverrideKind;
  /** ISO 8601: when it ends and the worker goes back to its schedules. */
  until: string;
  /** Who set it (username). */
  by: string;
  setAt: string;
}

export const OVERRIDE_KINDS: readonly PowerOverrideKind[] = ['keep-running', 'keep-stopped'];

/** How far ahead an override may reach. */
export const OVERRIDE_MAX_DAYS = 14;
const DAY_MS = 86_400_000;

/** Why an override of `kind` until `until` cannot be set at `now`, in words naming what to fix; undefined when it can. */
export function overrideProblem(kind: string, until: Date, now: Date): string | undefined {
  if (!(OVERRIDE_KINDS as readonly string[]).includes(kind)) return `kind must be one of ${OVERRIDE_KINDS.join(', ')}; got "${kind}"`;
  if (Number.isNaN(until.getTime())) return 'until must be an ISO 8601 date-time such as 2026-11-25T22:00:00Z';
  if (until <= now) return `until (${until.toISOString()}) must be in the future; it is now ${now.toISOString()}`;
  const latest = new Date(now.getTime() + OVERRIDE_MAX_DAYS * DAY_MS);
  if (until > latest) return `until (${until.toISOString()}) is more than ${OVERRIDE_MAX_DAYS} days ahead; choose ${latest.toISOString()} or earlier`;
  return undefined;
}

/** Whether the override's time ran out at `now`. */
export function overrideExpired(override: PowerOverride | undefined, now: Date): boolean {
  return Boolean(override && new Date(override.until) <= now);
}
