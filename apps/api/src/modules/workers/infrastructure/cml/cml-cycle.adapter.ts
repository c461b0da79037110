import { Injectable } from '@nestjs/common';
import type { CmlTelemetryEvent } from '#cml-client';
import { AppConfig } from '../../../../config/app-config.js';
import { CmlConnector } from '../../../../platform/cml/cml-connector.js';
import type { CmlTarget } from '../../application/ports/cml-controller.port.js';
import { type CmlCycleResult, CmlCyclePort } from '../../application/ports/cml-cycle.port.js';
import { cycleObservation, failedObservation } from './cml-observation.mapper.js';

/** CML timestamps come with or without a zone; without one they are UTC. */
export function parseCmlTime(value: string): number {
  const hasZone = /(Z|[+-]\d{2}:?\d{2})$/.test(value);
  return Date.parse(hasZone ? value : `${value}Z`);
}

/** The newest event that is human activity: a configured category, not the system user, after `since`. */
export function newestHumanActivity(events: CmlTelemetryEvent[], categories: string[], excludedUser: RegExp, since?: string): string | undefined {
  const after = since ? Date.parse(since) : -Infinity;
  let newest = -Infinity;
  for (const e of events) {
    if (!categories.includes(e.category)) continue;
    const user = e.data?.user_id;
    if (typeof user === 'string' && excludedUser.test(user)) continue;
    const t = parseCmlTime(e.timestamp);
    if (Number.isFinite(t) && t > after && t > newest) newest = t;
  }
  return Number.isFinite(newest) ? new Date(newest).toISOString() : undefined;
}

@Injectable()
export class CmlCycleAdapter extends CmlCyclePort {
  private readonly excludedUser: RegExp;

  constructor(
    private readonly connector: CmlConnector,
    private readonly config: AppConfig,
  ) {
    super();
    this.excludedUser = new RegExp(config.jobs.idle.excludedUserPattern);
  }

  /**
   * The three reads go out together: one round trip per controller instead of two, which halves the
   * controller part of a cycle. Stats decide the outcome; lab tiles and telemetry are best effort.
   * Concurrent reads share one sign-in when the token must be renewed.
   */
  async collect(target: CmlTarget, since?: string): Promise<CmlCycleResult> {
    try {
      const client = this.connector.clientFor(target);
      // Stats first: while a controller's circuit is half-open, its one trial call is this one.
      const statsRead = client.systemStats();
      const tilesRead = client.labTiles().catch(() => undefined);
      const eventsRead = client.telemetryEvents().catch(() => undefined);
      const stats = await statsRead.catch(async (err: unknown) => {
        // Settle the other two first, so nothing of this controller is still in flight after the cycle.
        await Promise.all([tilesRead, eventsRead]);
        throw err;
      });
      const [tiles, events] = await Promise.all([tilesRead, eventsRead]);
      const latest = events ? newestHumanActivity(events, this.config.jobs.idle.activityCategories, this.excludedUser, since) : undefined;
      return {
        observation: cycleObservation(stats, tiles),
        labStates: tiles ? Object.fromEntries(tiles.map((l) => [l.id, String(l.state)])) : undefined,
        latestActivity: latest ? { at: latest, source: 'cml-telemetry' } : undefined,
      };
    } catch (err) {
      return { observation: failedObservation(err) };
    }
  }
}
