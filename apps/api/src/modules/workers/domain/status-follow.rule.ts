import type { ServiceStatus, WorkerStatus } from '#kernel';

/** Statuses in which EC2 is moving the instance from one state to another. */
export const CHANGING_STATUSES: readonly WorkerStatus[] = ['pending', 'stopping', 'shutting-down'];

export interface FollowPolicy {
  /** How often a changing instance is read (the follow-up job's interval). */
  followIntervalSeconds: number;
  /** How long after a change began it is followed closely; then the collection cycle takes over. */
  followMaxMinutes: number;
  /** The collection cycle's interval. */
  cycleIntervalSeconds: number;
}

/** When the product will next read the instance's EC2 state, and why then. */
export interface NextStatusCheck {
  at: string;
  intervalSeconds: number;
  reason: 'following-change' | 'collection-cycle';
}

/** The next boundary of `intervalSeconds`-long slots after `now` (jobs run at slot starts). */
export function nextSlot(now: Date, intervalSeconds: number): Date {
  const ms = intervalSeconds * 1000;
  return new Date((Math.floor(now.getTime() / ms) + 1) * ms);
}

/** True while a changing instance is followed closely. */
export function isFollowed(input: { managed: boolean; status: WorkerStatus; statusChangedAt?: string }, now: Date, policy: FollowPolicy): boolean {
  if (!input.managed || !CHANGING_STATUSES.includes(input.status) || !input.statusChangedAt) return false;
  return now.getTime() - Date.parse(input.statusChangedAt) < policy.followMaxMinutes * 60_000;
}

/** The next EC2 read of a worker: soon while its instance changes state, at the next cycle otherwise. */
export function nextStatusCheck(input: { managed: boolean; status: WorkerStatus; statusChangedAt?: string }, now: Date, policy: FollowPolicy): NextStatusCheck | undefined {
  if (!input.managed || input.status === 'terminated') return undefined;
  if (isFollowed(input, now, policy)) {
    return { at: nextSlot(now, policy.followIntervalSeconds).toISOString(), intervalSeconds: policy.followIntervalSeconds, reason: 'following-change' };
  }
  return { at: nextSlot(now, policy.cycleIntervalSeconds).toISOString(), intervalSeconds: policy.cycleIntervalSeconds, reason: 'collection-cycle' };
}

/** Whether the CML facts shown for a worker are current, and if not, since when and why. */
export interface CmlFreshness {
  current: boolean;
  /** When the controller last answered (the facts shown are from then). */
  asOf?: string;
  reason?: string;
}

/**
 * The CML facts (ready, nodes, CPU, labs) are current only while the instance runs and the
 * controller answers; otherwise they are what was last read, with its age and the reason.
 */
export function cmlFreshness(input: { status: WorkerStatus; serviceStatus: ServiceStatus; lastReadAt?: string; error?: string }): CmlFreshness {
  if (input.status === 'running' && input.serviceStatus === 'available') return { current: true, asOf: input.lastReadAt };
  const reason =
    input.status !== 'running'
      ? `The instance is ${input.status}: its controller is not read.`
      : input.serviceStatus === 'starting'
        ? 'The controller is starting.'
        : `The controller does not answer${input.error ? `: ${input.error}` : '.'}`;
  return { current: false, asOf: input.lastReadAt, reason };
}
