import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { type Actor, Clock, DomainError } from '#kernel';
import { AppConfig } from '../../../config/app-config.js';
import { WorkerErrors } from '../../workers/workers.public.js';
import { ActionLinkErrors } from '../domain/action-link.errors.js';
import { type LinkAction, type LinkClaims, type LinkKind, readActionLink, signActionLink, stateMovedOn, workerStateStamp } from '../domain/action-link-token.rule.js';
import { type LinkWorker, LinkWorkers } from './ports/link-workers.port.js';
import { UsedLinks } from './ports/used-links.port.js';

/** The links of a pre-stop warning, in the order they are shown. */
const STOP_WARNING_LINKS: { action: LinkAction; label: string }[] = [
  { action: 'keep-1h', label: 'Keep running for 1 h' },
  { action: 'keep-4h', label: 'Keep running for 4 h' },
  { action: 'stop', label: 'Stop now' },
];
const KEEP_HOURS: Partial<Record<LinkAction, number>> = { 'keep-1h': 1, 'keep-4h': 4 };

export interface LinksForInput {
  workerId: string;
  kind: LinkKind;
  /** Who the notification goes to (an e-mail address or a username): the timeline names them. */
  recipient: string;
  validUntil: Date;
}

/** What the confirmation page shows before anything is done. */
export interface LinkPreview {
  workerId: string;
  workerName: string;
  action: LinkAction;
  label: string;
  recipient: string;
  validUntil: Date;
}

/** What was done. */
export interface LinkOutcome extends LinkPreview {
  message: string;
}

/** Who acts through a link: the person it was sent to, through the link (the timeline says so). */
export function linkActor(recipient: string): Actor {
  return { kind: 'system', id: 'system:action-link', name: `${recipient} through an e-mail link` };
}

/**
 * One-click links in notifications (docs/stop-and-start.md, "Action links"; ADR 0037): signed,
 * bound to one worker and one action, expiring, usable once, and refused once the state they were
 * issued for moved on.
 */
@Injectable()
export class ActionLinkService {
  constructor(
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly workers: LinkWorkers,
    private readonly used: UsedLinks,
  ) {}

  /** The three links of a pre-stop warning ("Keep running for 1 h", "... 4 h", "Stop now") for `recipient`. */
  async linksFor(input: LinksForInput): Promise<{ label: string; url: string }[]> {
    const worker = await this.workers.find(input.workerId);
    if (!worker) throw WorkerErrors.notFound(input.workerId);
    const stateStamp = workerStateStamp(worker);
    return STOP_WARNING_LINKS.map(({ action, label }) => {
      const claims: LinkClaims = { kind: input.kind, action, workerId: worker.id, recipient: input.recipient, validUntil: input.validUntil, nonce: randomBytes(16).toString('base64url'), stateStamp };
      return { label, url: `${this.config.http.publicUrl}/api/action-links/${signActionLink(claims, this.config.actionLinks.secret)}` };
    });
  }

  /** What the link would do; refuses a link that would be refused when used. Never acts (mail scanners open links). */
  async preview(token: string): Promise<LinkPreview> {
    const { claims, worker } = await this.check(token);
    return this.describe(claims, worker);
  }

  /** Does what the link says, once. */
  async use(token: string): Promise<LinkOutcome> {
    const { claims, worker } = await this.check(token);
    const now = this.clock.now();
    const claimed = await this.used.claim({ nonce: claims.nonce, workerId: claims.workerId, action: claims.action, recipient: claims.recipient, usedAt: now, expiresAt: claims.validUntil });
    if (!claimed) throw ActionLinkErrors.used((await this.used.usedAt(claims.nonce))?.toISOString());
    const actor = linkActor(claims.recipient);
    try {
      const hours = KEEP_HOURS[claims.action];
      let message: string;
      if (hours !== undefined) {
        const until = new Date(now.getTime() + hours * 3_600_000);
        await this.workers.keepRunning(worker.id, until, actor);
        message = `${worker.name} keeps running until ${until.toISOString()}; after that its schedules, runtime limit and idle detection apply again.`;
      } else {
        await this.workers.stop(worker.id, actor, `Stopped through the "Stop now" link of a pre-stop warning sent to ${claims.recipient}`);
        message = `${worker.name} is stopping.`;
      }
      return { ...this.describe(claims, worker), message };
    } catch (err) {
      // Not used after all: the link may be tried again while it is valid.
      await this.used.release(claims.nonce);
      if (err instanceof DomainError) throw ActionLinkErrors.actionFailed(err.message);
      throw err;
    }
  }

  /** The checks both the page and the action make: signature, expiry, use, and whether the state moved on. */
  private async check(token: string): Promise<{ claims: LinkClaims; worker: LinkWorker }> {
    const reading = readActionLink(token, this.config.actionLinks.secret, this.clock.now());
    if (!reading.ok) {
      if (reading.refusal === 'tampered') throw ActionLinkErrors.tampered();
      if (reading.refusal === 'expired') throw ActionLinkErrors.expired(reading.claims!.validUntil);
      throw ActionLinkErrors.malformed();
    }
    const { claims } = reading;
    const usedAt = await this.used.usedAt(claims.nonce);
    if (usedAt) throw ActionLinkErrors.used(usedAt.toISOString());
    const worker = await this.workers.find(claims.workerId);
    const why = stateMovedOn(worker, claims.stateStamp);
    if (why) throw ActionLinkErrors.stateMovedOn(worker?.name ?? 'the worker', claims.action, why);
    return { claims, worker: worker! };
  }

  private describe(claims: LinkClaims, worker: LinkWorker): LinkPreview {
    const label = STOP_WARNING_LINKS.find((l) => l.action === claims.action)!.label;
    return { workerId: worker.id, workerName: worker.name, action: claims.action, label, recipient: claims.recipient, validUntil: claims.validUntil };
  }
}
