import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { AppConfig } from '../../../../config/app-config.js';
import type { OutgoingMessage } from '../../application/ports/delivery-outbox.port.js';
import { MailSender } from '../../application/ports/notification-senders.port.js';
import { emailContent } from './message-formats.js';

/** Sends e-mail through NOTIFY_SMTP_HOST with nodemailer (ADR 0036); one pooled transport per process. */
@Injectable()
export class SmtpMailSender extends MailSender implements OnApplicationShutdown {
  private transport?: Transporter;

  constructor(private readonly config: AppConfig) {
    super();
  }

  private transporter(): Transporter {
    const { smtp, delivery } = this.config.notifications;
    if (!smtp.host) throw new Error('no SMTP server is configured (NOTIFY_SMTP_HOST)');
    this.transport ??= createTransport({
      host: smtp.host,
      port: smtp.port,
      secure: smtp.secure === 'tls',
      ignoreTLS: smtp.secure === 'none',
      ...(smtp.user ? { auth: { user: smtp.user, pass: smtp.password ?? '' } } : {}),
      connectionTimeout: delivery.timeoutMs,
      greetingTimeout: delivery.timeoutMs,
      socketTimeout: delivery.timeoutMs,
    });
    return this.transport;
  }

  async send(to: string, message: OutgoingMessage): Promise<void> {
    const { subject, text, html } = emailContent(message);
    await this.transporter().sendMail({ from: this.config.notifications.smtp.from, to, subject, text, html, headers: { 'X-CML-Delivery': message.id, 'X-CML-Notification-Kind': message.kind } });
  }

  onApplicationShutdown(): void {
    this.transport?.close();
  }
}
