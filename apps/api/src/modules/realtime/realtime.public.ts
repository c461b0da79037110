/** What other modules may use of the realtime module: its counters, for the metrics exporter. */
export { RealtimeMetrics, type RealtimeMetricsSnapshot } from './application/realtime-metrics.js';
