import { Injectable } from '@nestjs/common';

/** A point-in-time copy of the realtime counters. */
export interface RealtimeMetricsSnapshot {
  /** Live-stream clients connected now. */
  clientsConnected: number;
  /** Streams opened since start. */
  clientsOpened: number;
  /** Event frames written to clients (replayed and live). */
  eventsDelivered: number;
  /** Of those, frames written while resuming from Last-Event-ID. */
  eventsReplayed: number;
  /** Clients disconnected because they did not keep up with their buffer. */
  overflowDisconnects: number;
  /** Streams closed because the session ended or the token expired. */
  authExpiredDisconnects: number;
  /** Streams refused because the caller or the instance held the most open streams allowed. */
  streamsRefused: number;
  /** `resync` notices sent (a resume that missed too much, a fan-out gap). */
  resyncsSent: number;
  /** The most events ever waiting for one client (stays at or below SSE_CLIENT_BUFFER_EVENTS). */
  peakClientBacklog: number;
  /** Events this instance could not hand to Redis for the other instances. */
  fanOutPublishFailures: number;
  cloudEventsDelivered: number;
  /** Failed POSTs to the sink (each attempt counts). */
  cloudEventsFailed: number;
  /** Events the sink refused for good (4xx other than 408/429), logged and passed over. */
  cloudEventsRejected: number;
}

/**
 * Counters of the live stream and the CloudEvents publisher, kept in process for the metrics
 * exporter to read. Cheap to update: plain numbers, no labels.
 */
@Injectable()
export class RealtimeMetrics {
  private readonly counters: RealtimeMetricsSnapshot = {
    clientsConnected: 0,
    clientsOpened: 0,
    eventsDelivered: 0,
    eventsReplayed: 0,
    overflowDisconnects: 0,
    authExpiredDisconnects: 0,
    streamsRefused: 0,
    resyncsSent: 0,
    peakClientBacklog: 0,
    fanOutPublishFailures: 0,
    cloudEventsDelivered: 0,
    cloudEventsFailed: 0,
    cloudEventsRejected: 0,
  };

  increment(name: Exclude<keyof RealtimeMetricsSnapshot, 'clientsConnected' | 'peakClientBacklog'>, by = 1): void {
    this.counters[name] += by;
  }

  clientConnected(): void {
    this.counters.clientsConnected += 1;
    this.counters.clientsOpened += 1;
  }

  clientDisconnected(): void {
    this.counters.clientsConnected = Math.max(0, this.counters.clientsConnected - 1);
  }

  backlog(size: number): void {
    if (size > this.counters.peakClientBacklog) this.counters.peakClientBacklog = size;
  }

  snapshot(): RealtimeMetricsSnapshot {
    return { ...this.counters };
  }
}
