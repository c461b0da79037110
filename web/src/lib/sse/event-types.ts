import type { LiveEvent } from './live-stream';

/** The event types the console acts on: everything about workers and labs. */
export type ConsoleEventType = Extract<LiveEvent['type'], `worker.${string}` | `lab.${string}`>;

// A record keyed by the generated event types: the compiler refuses a worker or lab event the API
// publishes and this list misses (event-types.test.ts checks it against the server's catalogue too).
const HEARD: { readonly [T in ConsoleEventType]: true } = {
  'worker.provisioning-requested': true,
  'worker.provisioning-failed': true,
  'worker.imported': true,
  'worker.instance-assigned': true,
  'worker.status-changed': true,
  'worker.instance-updated': true,
  'worker.volumes-changed': true,
  'worker.endpoint-changed': true,
  'worker.tags-changed': true,
  'worker.renamed': true,
  'worker.status-checks-changed': true,
  'worker.idle-detection-changed': true,
  'worker.terminated': true,
  'worker.idle-warning-issued': true,
  'worker.idle-warning-cleared': true,
  'worker.idle-snoozed': true,
  'worker.idle-timeout-changed': true,
  'worker.license-registration-requested': true,
  'worker.license-registration-finished': true,
  'worker.license-deregistration-requested': true,
  'worker.license-deregistration-finished': true,
  'worker.service-status-changed': true,
  'worker.cml-info-changed': true,
  'worker.telemetry-changed': true,
  'worker.unregistered': true,
  'lab.discovered': true,
  'lab.updated': true,
  'lab.state-changed': true,
  'lab.removed': true,
  'lab.imported': true,
  'lab.deleted': true,
  'worker.owner-changed': true,
  'worker.override-set': true,
  'worker.override-cleared': true,
  'worker.desired-power-changed': true,
  'worker.power-held': true,
  'worker.stop-warning-issued': true,
  'worker.capacity-attempted': true,
  'worker.capacity-fallback-failed': true,
  'worker.power-operation-finished': true,
  'worker.license-release-failed': true,
  'worker.instance-type-restored': true,
};

/**
 * Domain event types the console listens for on the live stream (EventSource needs a listener
 * per event name). `system.*` events change nothing the console shows.
 */
export const LIVE_EVENT_TYPES = Object.keys(HEARD) as ConsoleEventType[];
