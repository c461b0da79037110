import { statusForInstanceState } from '../../../domain/worker-status.value-object.js';
import type { Ec2StatusCheck } from '../../ports/ec2.port.js';
import type { CollectionTarget } from '../../worker.view.js';

/** When this process last read a region in full, and under which endpoint policy. */
export interface LastFullDescribe {
  atMs: number;
  policy: string;
  /**
   * Workers whose controllers answered in the cycle before the last one and not in the last one,
   * read at their stored endpoints: an instance stopped and started behind the product's back
   * between two cycles has a new public address that only a full read brings.
   */
  silenced?: readonly string[];
}

/**
 * Whether a cycle must read a region's instances in full (DescribeInstances), and why; undefined
 * when the status checks (DescribeInstanceStatus, every cycle, every state) are enough. In full:
 * with no full read on record (the first cycle, or the last one could not read the region), when
 * the last full read is `describeSeconds` old or the endpoint policy changed, when a controller that
 * answered stopped answering at its stored address, and whenever the checks show a change: an
 * instance whose state is not its worker's status (it started, stopped or went away, or a stop is
 * under way) or a managed instance they do not list. Addresses and tags only change with a state,
 * except when edited behind the product's back: those wait for the next full read.
 */
export function fullDescribeReason(
  workers: readonly CollectionTarget[],
  checks: ReadonlyMap<string, Ec2StatusCheck>,
  last: LastFullDescribe | undefined,
  now: { atMs: number; policy: string; describeSeconds: number },
): string | undefined {
  if (!last) return 'no full read on record';
  if (now.describeSeconds === 0 || now.atMs - last.atMs >= now.describeSeconds * 1000) return 'due';
  if (last.policy !== now.policy) return 'endpoint policy changed';
  if (last.silenced?.length) return `${last.silenced.join(', ')}: the controller stopped answering at its stored address`;
  for (const w of workers) {
    const check = checks.get(w.instanceId!);
    if (!check) return `${w.name}: not in the status checks`;
    const status = statusForInstanceState(check.state);
    if (status !== w.status) return `${w.name}: EC2 reports ${check.state}, the worker is ${w.status}`;
  }
  return undefined;
}
