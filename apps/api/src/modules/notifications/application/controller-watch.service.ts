import { Injectable, Logger } from '@nestjs/common';
import { Clock } from '#kernel';
import { AppConfig } from '../../../config/app-config.js';
import { controllerUnavailableNotification, licenceExpiryKey, licenceExpiryNotification } from '../domain/notification.rule.js';
import { NotificationDispatcher } from './notification-dispatcher.service.js';
import { WorkerDirectory } from './ports/worker-directory.port.js';

/**
 * The `controller-watch` job: a running worker whose controller has not answered for
 * NOTIFY_CONTROLLER_UNAVAILABLE_MINUTES is notified once per outage (the outage is named by when
 * it began, so later runs find the same notification and add none). A running worker whose licence
 * expires within LICENSE_EXPIRY_WARNING_DAYS is notified once per expiry date, the same way.
 */
@Injectable()
export class ControllerWatch {
  private readonly logger = new Logger('ControllerWatch');

  constructor(
    private readonly workers: WorkerDirectory,
    private readonly dispatcher: NotificationDispatcher,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async check(): Promise<Record<string, unknown>> {
    const now = this.clock.now();
    const limitMs = this.config.notifications.controllerUnavailableMinutes * 60_000;
    const silent = await this.workers.silentControllers();
    const overdue = silent.filter((s) => now.getTime() - s.since.getTime() >= limitMs);
    const failures: string[] = [];
    for (const s of overdue) {
      try {
        await this.dispatcher.dispatch(controllerUnavailableNotification(s.worker, s.since, now), s.worker, `controller-unavailable:${s.worker.id}:${s.since.toISOString()}`);
      } catch (err) {
        failures.push(`${s.worker.name}: ${(err as Error).message}`);
        this.logger.warn(`Could not notify about ${s.worker.name}: ${(err as Error).message}`);
      }
    }
    const expiring = await this.licences(now, failures);
    return { running: silent.length, notified: overdue.length - failures.length + expiring, failures };
  }

  /** Licences about to expire: one notification per worker and expiry date. */
  private async licences(now: Date, failures: string[]): Promise<number> {
    const days = this.config.notifications.licenseExpiryWarningDays;
    if (days <= 0) return 0;
    let notified = 0;
    for (const { worker, expiresAt } of await this.workers.licenceExpiries()) {
      const draft = licenceExpiryNotification(worker, expiresAt, now, days);
      if (!draft) continue;
      try {
        await this.dispatcher.dispatch(draft, worker, licenceExpiryKey(worker.id, expiresAt));
        notified++;
      } catch (err) {
        failures.push(`${worker.name}: ${(err as Error).message}`);
        this.logger.warn(`Could not notify about the licence of ${worker.name}: ${(err as Error).message}`);
      }
    }
    return notified;
  }
}
