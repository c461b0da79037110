import type { ChannelKind } from '../../domain/channel.rule.js';
import type { OutgoingMessage } from './delivery-outbox.port.js';

/** Posts a message to a webhook, in the format of its kind (generic signed JSON, Slack, Teams). Throws when the receiver does not accept it. */
export abstract class WebhookSender {
  abstract post(kind: Exclude<ChannelKind, 'email'>, url: string, message: OutgoingMessage, secret?: string): Promise<void>;
}

/** Sends a message as an e-mail to one address. Throws when the SMTP server refuses it or is not configured. */
export abstract class MailSender {
  abstract send(to: string, message: OutgoingMessage): Promise<void>;
}
