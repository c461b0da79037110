/**
 * Starting metal when AWS has none: EC2 answers `InsufficientInstanceCapacity` (or
 * `InstanceLimitExceeded`, `Unsupported`) for a type in an availability zone at that moment. The
 * fallback tries the configured alternatives in order (other instance types for an existing
 * instance, which can only change type while stopped; other subnets, that is availability zones,
 * for a new one), then the whole list again after a backoff, until a deadline.
 */

export const CAPACITY_ERRORS = ['InsufficientInstanceCapacity', 'InstanceLimitExceeded', 'Unsupported'] as const;
export type CapacityError = (typeof CAPACITY_ERRORS)[number];

export function isCapacityError(code: string | undefined): code is CapacityError {
  return (CAPACITY_ERRORS as readonly string[]).includes(code ?? '');
}

export interface FallbackPolicy {
  /** What to try, in order; the first is what was asked for. */
  options: readonly FallbackOption[];
  /** Seconds to wait before going through the options again (doubles each round, at most 15 min). */
  backoffSeconds: number;
  /** Give up this many minutes after the first attempt. */
  deadlineMinutes: number;
}

/** One way to get capacity: an instance type, a subnet (availability zone), or both. */
export interface FallbackOption {
  instanceType: string;
  subnetId?: string;
}

export interface Attempt {
  at: Date;
  option: FallbackOption;
  /** Absent: it worked. */
  error?: { code: string; message: string };
}

export type NextAttempt = { kind: 'try'; option: FallbackOption; at: Date; round: number } | { kind: 'give-up'; summary: string } | { kind: 'not-capacity'; error: { code: string; message: string } };

const describe = (o: FallbackOption) => `${o.instanceType}${o.subnetId ? ` in ${o.subnetId}` : ''}`;

/**
 * What to try after the attempts so far. A failure that is not about capacity ends the fallback at
 * once (it is not something waiting helps); capacity failures go through the options in order, then
 * again after the backoff, until the deadline.
 */
export function nextAttempt(policy: FallbackPolicy, attempts: readonly Attempt[], now: Date): NextAttempt {
  if (policy.options.length === 0) return { kind: 'give-up', summary: 'No instance type or subnet is configured to try.' };
  const last = attempts.at(-1);
  if (!last) return { kind: 'try', option: policy.options[0], at: now, round: 1 };
  if (!last.error) return { kind: 'give-up', summary: `It already worked with ${describe(last.option)}.` };
  if (!isCapacityError(last.error.code)) return { kind: 'not-capacity', error: last.error };
  const first = attempts[0].at;
  const deadline = new Date(first.getTime() + policy.deadlineMinutes * 60_000);
  const round = Math.floor(attempts.length / policy.options.length) + 1;
  const index = attempts.length % policy.options.length;
  const wait = index === 0 ? Math.min(900, policy.backoffSeconds * 2 ** (round - 2)) * 1000 : 0;
  const at = new Date(Math.max(now.getTime(), last.at.getTime() + wait));
  if (at > deadline) {
    const tried = [...new Set(attempts.map((a) => describe(a.option)))].join(', ');
    return {
      kind: 'give-up',
      summary: `No capacity after ${attempts.length} attempt${attempts.length === 1 ? '' : 's'} in ${Math.round((now.getTime() - first.getTime()) / 60_000)} min (tried ${tried}; last: ${last.error.code}). Try again later, add instance types or subnets to the fallback, or ask AWS for a capacity reservation.`,
    };
  }
  return { kind: 'try', option: policy.options[index], at, round };
}
