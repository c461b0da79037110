/** Which events a worker's timeline shows: everything, or what people and policies did. */
export type TimelineView = 'all' | 'people';
export const TIMELINE_VIEWS: readonly TimelineView[] = ['all', 'people'];

/**
 * Event types the product records when it observes a change (telemetry, CML and EC2 facts, status
 * checks, attached volumes, the endpoint and the controller's service status) rather than something
 * a person or a policy did. The same type caused by a person (an endpoint override) is theirs, so only the
 * system's count as observed.
 */
export const OBSERVED_EVENT_TYPES = [
  'worker.telemetry-changed',
  'worker.cml-info-changed',
  'worker.status-checks-changed',
  'worker.volumes-changed',
  'worker.instance-updated',
  'worker.endpoint-changed',
  'worker.service-status-changed',
] as const;
