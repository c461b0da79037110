import type { EventType } from './event-map.js';

// A record keyed by EventType: the compiler refuses a missing or an unknown name, so this list
// cannot drift from the map (event-types.spec.ts checks it against the map's source as well).
const CATALOGUE: { readonly [T in EventType]: true } = {
  'schedule.saved': true,
  'schedule.deleted': true,
  'holiday-calendar.saved': true,
  'holiday-calendar.deleted': true,
  'runtime-limit.saved': true,
  'runtime-limit.deleted': true,
  'reservation.created': true,
  'reservation.cancelled': true,
  'system.started': true,
  'worker.provisioning-requested': true,
  'worker.provisioning-failed': true,
  'worker.imported': true,
  'worker.instance-assigned': true,
  'worker.status-changed': true,
  'worker.instance-updated': true,
  'worker.endpoint-changed': true,
  'worker.tags-changed': true,
  'worker.renamed': true,
  'worker.status-checks-changed': true,
  'worker.volumes-changed': true,
  'worker.idle-detection-changed': true,
  'worker.terminated': true,
  'worker.license-registration-requested': true,
  'worker.license-registration-finished': true,
  'worker.license-deregistration-requested': true,
  'worker.license-deregistration-finished': true,
  'worker.service-status-changed': true,
  'worker.cml-info-changed': true,
  'worker.telemetry-changed': true,
  'worker.unregistered': true,
  'worker.idle-warning-issued': true,
  'worker.idle-warning-cleared': true,
  'worker.idle-snoozed': true,
  'worker.idle-timeout-changed': true,
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
  'lab.discovered': true,
  'lab.updated': true,
  'lab.state-changed': true,
  'lab.removed': true,
  'lab.imported': true,
  'lab.deleted': true,
  'notification.created': true,
  'cost.price-changed': true,
  'cost.discount-changed': true,
  'settings.changed': true,
  'budget.created': true,
  'budget.changed': true,
  'budget.deleted': true,
  'budget.threshold-crossed': true,
  'budget.limit-enforced': true,
};

/** Every event type of the event map, sorted: for validating subscriptions and filters at runtime. */
export const EVENT_TYPES: readonly EventType[] = Object.freeze((Object.keys(CATALOGUE) as EventType[]).sort());

/** True when `value` names an event of the map. */
export function isEventType(value: string): value is EventType {
  return Object.hasOwn(CATALOGUE, value);
}
