import { Injectable } from '@nestjs/common';
import { Clock } from '#kernel';
import { AppConfig } from '../../../../config/app-config.js';
import type { ChannelKind } from '../../domain/channel.rule.js';
import type { OutgoingMessage } from '../../application/ports/delivery-outbox.port.js';
import { WebhookSender } from '../../application/ports/notification-senders.port.js';
import { genericWebhookBody, slackBody, teamsBody } from './message-formats.js';
import { SIGNATURE_HEADER, signatureHeader } from './webhook-signature.js';

const FORMATS = { webhook: genericWebhookBody, slack: slackBody, teams: teamsBody } as const;

/** POSTs JSON to webhooks with fetch: a 2xx answer is delivered, anything else (a redirect too) is an error with the status. */
@Injectable()
export class HttpWebhookSender extends WebhookSender {
  constructor(
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {
    super();
  }

  async post(kind: Exclude<ChannelKind, 'email'>, url: string, message: OutgoingMessage, secret?: string): Promise<void> {
    const body = JSON.stringify(FORMATS[kind](message));
    const headers: Record<string, string> = { 'content-type': 'application/json', 'user-agent': 'cml-cloud-manager-notifications', 'x-cml-delivery': message.id, 'x-cml-notification-kind': message.kind };
    if (kind === 'webhook' && secret) headers[SIGNATURE_HEADER.toLowerCase()] = signatureHeader(secret, Math.floor(this.clock.now().getTime() / 1000), body);
    let res: Response;
    try {
      res = await fetch(url, { method: 'POST', headers, body, redirect: 'manual', signal: AbortSignal.timeout(this.config.notifications.delivery.timeoutMs) });
    } catch (err) {
      const e = err as Error & { cause?: { code?: string; message?: string } };
      throw new Error(e.name === 'TimeoutError' ? `no answer within ${this.config.notifications.delivery.timeoutMs} ms` : `could not reach the webhook: ${e.cause?.code ?? e.cause?.message ?? e.message}`, { cause: err });
    }
    const text = await res.text().catch(() => '');
    if (res.status < 200 || res.status >= 300) throw new Error(`the webhook answered HTTP ${res.status}${text ? `: ${text.slice(0, 200)}` : ''}`);
  }
}
