/**
 * Audit events split in two: what people and policies did (starts, stops, imports, tag edits, idle
 * warnings and stops, licence changes, EC2 status changes), and what the product merely observed
 * (telemetry, CML and EC2 facts, status checks, endpoint and service changes, labs found by a sync).
 * An observed type done by a person (an endpoint override, a lab started from the console) counts
 * as theirs.
 */
const OBSERVED: ReadonlySet<string> = new Set([
  'worker.telemetry-changed',
  'worker.cml-info-changed',
  'worker.status-checks-changed',
  'worker.instance-updated',
  'worker.endpoint-changed',
  'worker.service-status-changed',
  'lab.discovered',
  'lab.updated',
  'lab.removed',
  'lab.state-changed',
]);

export function isObservedChange(e: { type: string; actor?: { kind: string } }): boolean {
  return OBSERVED.has(e.type) && (!e.actor || e.actor.kind === 'system');
}

/** Which events a timeline shows: `people` (and policy, the default) or `all`. */
export type TimelineView = 'people' | 'all';
