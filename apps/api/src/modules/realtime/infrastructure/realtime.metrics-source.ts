import { Injectable, type OnModuleInit } from '@nestjs/common';
import { MetricsRegistry } from '../../../platform/metrics/metrics-registry.js';
import { CloudEventPublisher } from '../application/cloudevents/cloud-event-publisher.js';
import { RealtimeMetrics, type RealtimeMetricsSnapshot } from '../application/realtime-metrics.js';

/** Counting pending CloudEvents stops here: past it the figure only says "far behind". */
export const PENDING_COUNT_CAP = 10_000;

type CounterKey = Exclude<keyof RealtimeMetricsSnapshot, 'clientsConnected' | 'peakClientBacklog'>;

/** Prometheus counters read from the realtime counters: name, help, the counter they show. */
export const REALTIME_COUNTERS: readonly { name: string; help: string; from: CounterKey }[] = [
  { name: 'ccm_sse_streams_opened_total', help: 'Live event streams opened', from: 'clientsOpened' },
  { name: 'ccm_sse_streams_refused_total', help: 'Live event streams refused (too many open for the caller or the instance)', from: 'streamsRefused' },
  { name: 'ccm_sse_events_delivered_total', help: 'Event frames written to live streams, replayed ones included', from: 'eventsDelivered' },
  { name: 'ccm_sse_events_replayed_total', help: 'Event frames written while resuming from Last-Event-ID', from: 'eventsReplayed' },
  { name: 'ccm_sse_resyncs_total', help: 'resync notices sent (a resume that missed too much, a fan-out gap)', from: 'resyncsSent' },
  { name: 'ccm_event_fanout_publish_failures_total', help: 'Events this instance could not hand to Redis for the other instances', from: 'fanOutPublishFailures' },
  { name: 'ccm_cloudevents_delivered_total', help: 'CloudEvents the sink took', from: 'cloudEventsDelivered' },
  { name: 'ccm_cloudevents_failed_attempts_total', help: 'Failed POSTs to the CloudEvents sink (each attempt)', from: 'cloudEventsFailed' },
  { name: 'ccm_cloudevents_rejected_total', help: 'CloudEvents the sink refused for good (passed over)', from: 'cloudEventsRejected' },
];

/** Exports the live-stream and CloudEvents counters the realtime module keeps (nothing is counted twice). */
@Injectable()
export class RealtimeMetricsSource implements OnModuleInit {
  constructor(
    private readonly registry: MetricsRegistry,
    private readonly counters: RealtimeMetrics,
    private readonly publisher: CloudEventPublisher,
  ) {}

  onModuleInit(): void {
    for (const c of REALTIME_COUNTERS) this.registry.counterFrom({ name: c.name, help: c.help }, () => [{ value: this.counters.snapshot()[c.from] }]);
    // A client that falls behind its buffer is cut off (its events are dropped for it; it resumes with Last-Event-ID).
    this.registry.counterFrom({ name: 'ccm_sse_streams_dropped_total', help: 'Live streams closed by the server, by reason (overflow: the client fell behind and its events were dropped; auth_expired)', labelNames: ['reason'] }, () => {
      const s = this.counters.snapshot();
      return [
        { labels: { reason: 'overflow' }, value: s.overflowDisconnects },
        { labels: { reason: 'auth_expired' }, value: s.authExpiredDisconnects },
      ];
    });
    this.registry.gaugeFrom({ name: 'ccm_sse_streams_open', help: 'Live event streams open on this instance' }, () => [{ value: this.counters.snapshot().clientsConnected }]);
    this.registry.gaugeFrom({ name: 'ccm_sse_client_backlog_peak_events', help: 'The most events ever waiting for one live-stream client' }, () => [{ value: this.counters.snapshot().peakClientBacklog }]);
    this.registry.gaugeFrom({ name: 'ccm_cloudevents_pending', help: `Events in the log the CloudEvents sink has not taken yet (counted up to ${PENDING_COUNT_CAP}; 0 without a sink)` }, async () => [{ value: await this.publisher.pending(PENDING_COUNT_CAP) }]);
  }
}
