import { Injectable } from '@nestjs/common';
import { KeyValueStore } from '#kernel';
import { AppConfig } from '../../../config/app-config.js';
import { LabErrors } from '../domain/lab.errors.js';

interface ThrottledWorker {
  id: string;
  name: string;
}

/**
 * Holds back what people and API clients ask of one worker's CML controller, across every app
 * instance (the store is shared through Redis): one on-demand lab sync per interval, and a budget of
 * other reads (topologies, node and image definitions) per minute. Refusals are 429 with Retry-After.
 */
@Injectable()
export class ControllerReadThrottle {
  constructor(
    private readonly store: KeyValueStore,
    private readonly config: AppConfig,
  ) {}

  /** One on-demand sync of the worker per LAB_SYNC_MIN_INTERVAL_SECONDS. */
  async sync(worker: ThrottledWorker, holder: string): Promise<void> {
    const interval = this.config.labs.syncMinIntervalSeconds;
    if (interval <= 0) return;
    const key = `throttle:lab-sync:${worker.id}`;
    if (await this.store.setIfAbsent(key, holder, interval)) return;
    throw LabErrors.syncThrottled(worker, (await this.store.ttl(key)) || interval, interval);
  }

  /** One more read of the worker's controller within LAB_CONTROLLER_READS_PER_MINUTE. */
  async read(worker: ThrottledWorker): Promise<void> {
    const perMinute = this.config.labs.controllerReadsPerMinute;
    if (perMinute <= 0) return;
    const key = `throttle:controller-reads:${worker.id}`;
    if ((await this.store.increment(key, 60)) <= perMinute) return;
    throw LabErrors.controllerReadsThrottled(worker, (await this.store.ttl(key)) || 60, perMinute);
  }
}
