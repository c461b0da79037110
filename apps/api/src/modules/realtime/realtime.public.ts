/** What other modules may use of the realtime module: its counters, for the metrics exporter. */
export { RealtimeMetrics, type RealtimeMetricsSnapshot } from './application/realtime-metrics.js';
/** The payload fields the event filters match as worker ids: the event log indexes them (app.module.ts). */
export { WORKER_REFERENCE_FIELDS } from './domain/stream-filter.value-object.js';
