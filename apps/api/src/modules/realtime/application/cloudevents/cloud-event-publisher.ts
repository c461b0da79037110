import { createHash } from 'node:crypto';
import { type BeforeApplicationShutdown, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { Clock, type EventEnvelope, KeyValueStore, uuidv7Floor, uuidv7Time } from '#kernel';
import { AppConfig } from '../../../../config/app-config.js';
import { CloudEventSink } from '../ports/cloud-event-sink.port.js';
import { DeliveryLedger } from '../ports/delivery-ledger.port.js';
import { EventHistory } from '../ports/event-history.port.js';
import { RealtimeMetrics } from '../realtime-metrics.js';
import { EventHub } from '../stream/event-hub.js';
import { InstanceIdentity } from '../instance-identity.js';
import { Lease } from './lease.js';

const LEASE_KEY = 'realtime:cloudevents:publisher';
const BATCH = 100;
const MAX_BACKOFF_MS = 30_000;

/**
 * Publishes every domain event to the CloudEvents sink, at least once and in event order, driven
 * by the event log rather than by memory: a cursor in MongoDB moves past an event only once the sink
 * took it, so nothing is lost across restarts or sink outages. One instance publishes (a lease);
 * the others stand by. The domain write never waits for any of this.
 *
 * Events can reach the log after later ones (concurrent writers, outbox replays). The main pass
 * would step over them, so each poll also looks back CLOUD_EVENT_LATE_WINDOW_SECONDS behind the
 * cursor for events not recorded as delivered.
 */
@Injectable()
export class CloudEventPublisher implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('CloudEvents');
  private lease?: Lease;
  private sinkKey = '';
  private timer?: NodeJS.Timeout;
  private unsubscribe?: () => void;
  private running?: Promise<void>;
  private again = false;
  private againLate = false;
  private stopped = false;
  private wakeUp?: () => void;
  private failing = false;

  constructor(
    private readonly config: AppConfig,
    private readonly history: EventHistory,
    private readonly sink: CloudEventSink,
    private readonly ledger: DeliveryLedger,
    private readonly store: KeyValueStore,
    private readonly hub: EventHub,
    private readonly metrics: RealtimeMetrics,
    private readonly instance: InstanceIdentity,
    private readonly clock: Clock,
  ) {}

  get enabled(): boolean {
    return Boolean(this.config.cloudEvents.sink);
  }

  onApplicationBootstrap(): void {
    const { sink, leaseSeconds, pollSeconds } = this.config.cloudEvents;
    if (!sink) return;
    // The URL may carry a credential: only its fingerprint is stored.
    this.sinkKey = createHash('sha256').update(sink).digest('hex').slice(0, 32);
    this.lease = new Lease(this.store, LEASE_KEY, this.instance.id, leaseSeconds, this.clock);
    this.unsubscribe = this.hub.onEvent(() => this.kick(false));
    this.timer = setInterval(() => this.kick(true), pollSeconds * 1000);
    this.timer.unref();
    this.kick(true);
  }

  // Before MongoDB and Redis connections close: the round in progress may still record a delivery.
  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.unsubscribe?.();
    this.wakeUp?.();
    await this.running;
    // Let a standby instance take over at once instead of after the lease runs out.
    await this.lease?.release();
  }

  /** Runs a delivery round now, or right after the one in progress; `lookBack` on poll ticks. */
  kick(lookBack: boolean): void {
    if (this.stopped || !this.lease) return;
    // Standby instances try for the lease at poll ticks only, not at every event.
    if (!lookBack && !this.lease.held) return;
    if (this.running) {
      this.again = true;
      this.againLate ||= lookBack;
      return;
    }
    this.running = this.round(lookBack)
      .catch((err: unknown) => this.logger.warn(`Publishing CloudEvents failed; retrying at the next poll: ${(err as Error).message}`))
      .finally(() => {
        this.running = undefined;
        if (this.again && !this.failing) {
          const late = this.againLate;
          this.again = false;
          this.againLate = false;
          this.kick(late);
        }
      });
  }

  /**
   * Events in the log the sink has not taken yet, counted up to `max` (metrics). Every instance can
   * tell, not only the one holding the lease: the cursor is in MongoDB. 0 without a sink.
   */
  async pending(max: number): Promise<number> {
    if (!this.sinkKey) return 0;
    const cursor = await this.ledger.cursor(this.sinkKey);
    if (!cursor) return 0;
    return this.history.countAfter(cursor.position, max);
  }

  /** Resolves once no round is running (tests). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  private async round(lookBack: boolean): Promise<void> {
    const lease = this.lease!;
    if (!(await lease.keep())) return;
    const cursor = await this.cursor();
    let position = cursor.position;
    this.failing = false;
    for (;;) {
      const batch = await this.history.after(position, BATCH);
      for (const event of batch) {
        if (this.stopped || !(await lease.keep())) return;
        if (!(await this.deliver(event))) return;
        position = event.id;
      }
      if (batch.length < BATCH) break;
    }
    if (lookBack) await this.deliverLate(position, cursor.origin);
  }

  private async cursor(): Promise<{ position: string; origin: string }> {
    const existing = await this.ledger.cursor(this.sinkKey);
    if (existing) return existing;
    // A sink new to this deployment gets the events from now on, not the whole history.
    const [newest] = await this.history.latest(1);
    const position = newest?.id ?? uuidv7Floor(this.clock.now().getTime());
    await this.ledger.begin(this.sinkKey, position);
    this.logger.log(`Publishing CloudEvents to a new sink, starting after event ${position}`);
    return { position, origin: position };
  }

  /** Attempts with exponential backoff; false when the sink stayed unreachable (the round stops there). */
  private async deliver(event: EventEnvelope): Promise<boolean> {
    const { maxAttempts, backoffMs } = this.config.cloudEvents;
    for (let attempt = 1; attempt <= maxAttempts && !this.stopped; attempt++) {
      const outcome = await this.sink.send(event);
      if (outcome.delivered) {
        await this.ledger.delivered(this.sinkKey, event.id);
        this.metrics.increment('cloudEventsDelivered');
        if (this.failing) this.logger.log('The CloudEvents sink accepts events again');
        this.failing = false;
        return true;
      }
      if (!outcome.retry) {
        // The sink will never take it; holding every later event back for it would stop publishing for good.
        this.logger.error(`The CloudEvents sink refused event ${event.id} (${event.type}) for good: ${outcome.reason}; passing over it`);
        this.metrics.increment('cloudEventsRejected');
        await this.ledger.delivered(this.sinkKey, event.id);
        return true;
      }
      this.metrics.increment('cloudEventsFailed');
      if (attempt < maxAttempts) await this.sleep(Math.min(backoffMs * 2 ** (attempt - 1), MAX_BACKOFF_MS));
      else if (!this.failing) this.logger.warn(`The CloudEvents sink did not take event ${event.id} after ${maxAttempts} attempt(s) (${outcome.reason}); retrying every ${this.config.cloudEvents.pollSeconds} s`);
    }
    this.failing = true;
    return false;
  }

  private async deliverLate(position: string, origin: string): Promise<void> {
    const windowMs = this.config.cloudEvents.lateWindowSeconds * 1000;
    const at = uuidv7Time(position);
    if (windowMs === 0 || at === undefined) return;
    const lookFrom = uuidv7Floor(at - windowMs);
    let after = lookFrom > origin ? lookFrom : origin;
    for (;;) {
      const page = await this.history.after(after, BATCH);
      const behind = page.filter((e) => e.id <= position);
      if (behind.length > 0) {
        const done = await this.ledger.deliveredAmong(behind.map((e) => e.id));
        for (const event of behind) {
          if (done.has(event.id)) continue;
          if (this.stopped || !(await this.lease!.keep())) return;
          this.logger.log(`Event ${event.id} (${event.type}) reached the log after later ones; publishing it now`);
          if (!(await this.deliver(event))) return;
        }
      }
      if (page.length < BATCH || behind.length < page.length) break;
      after = page[page.length - 1].id;
    }
    await this.ledger.forget(lookFrom);
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.wakeUp = undefined;
        resolve();
      }, ms);
      this.wakeUp = () => {
        clearTimeout(timer);
        this.wakeUp = undefined;
        resolve();
      };
    });
  }
}
