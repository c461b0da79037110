import { Module, type OnModuleInit } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { MongooseModule } from '@nestjs/mongoose';
import { AppConfig } from '../../config/app-config.js';
import { JobsModule } from '../jobs/jobs.module.js';
import { JobRegistry } from '../jobs/jobs.public.js';
import { WorkersModule } from '../workers/workers.module.js';
import { ChannelAdmin } from './application/channel-admin.service.js';
import { ControllerWatch } from './application/controller-watch.service.js';
import { NotifyWhenBudgetEvent } from './application/events/notify-when-budget-event.handler.js';
import { NotifyWhenWorkerEvent } from './application/events/notify-when-worker-event.handler.js';
import { NotificationCentre } from './application/notification-centre.service.js';
import { NotificationDeliverer } from './application/notification-delivery.service.js';
import { NotificationDispatcher } from './application/notification-dispatcher.service.js';
import { ActionLinkPort } from './application/ports/action-link.port.js';
import { ChannelRepository } from './application/ports/channel-repository.port.js';
import { DeliveryOutbox } from './application/ports/delivery-outbox.port.js';
import { MailSender, WebhookSender } from './application/ports/notification-senders.port.js';
import { NotificationRepository } from './application/ports/notification-repository.port.js';
import { PeopleDirectory } from './application/ports/people-directory.port.js';
import { WorkerDirectory } from './application/ports/worker-directory.port.js';
import { SignedActionLinks } from './infrastructure/action-link.adapter.js';
import { ActionLinksModule } from '../action-links/action-links.module.js';
import { SmtpMailSender } from './infrastructure/channels/smtp-mail-sender.adapter.js';
import { HttpWebhookSender } from './infrastructure/channels/webhook-sender.adapter.js';
import { ChannelMongoRepository } from './infrastructure/persistence/channel.mongo-repository.js';
import { DeliveryMongoOutbox } from './infrastructure/persistence/delivery.mongo-outbox.js';
import { NotificationMongoRepository } from './infrastructure/persistence/notification.mongo-repository.js';
import {
  NOTIFICATION_CHANNEL_MODEL,
  NOTIFICATION_DELIVERY_MODEL,
  NOTIFICATION_MODEL,
  notificationChannelSchema,
  notificationDeliverySchema,
  notificationSchema,
  PERSON_MODEL,
  personSchema,
} from './infrastructure/persistence/notifications.schemas.js';
import { PeopleMongoDirectory } from './infrastructure/persistence/people.mongo-directory.js';
import { WorkersFacadeDirectory } from './infrastructure/workers/worker-directory.adapter.js';
import { NotificationChannelsController } from './interface/http/notification-channels.controller.js';
import { NotificationsController } from './interface/http/notifications.controller.js';
import { PersonRecordingInterceptor } from './interface/http/person-recording.interceptor.js';

/** How often the controller watch looks for controllers that stopped answering. */
const CONTROLLER_WATCH_INTERVAL_SECONDS = 60;

/**
 * Notifications (ADR 0036): worker events and a controller watch become in-app notifications per
 * recipient and deliveries in a durable outbox, sent by a leased job to webhooks, Slack, Teams and
 * e-mail with retries. WorkersModule for its facade, JobsModule for the job registry (their public files).
 */
@Module({
  imports: [
    ActionLinksModule,
    WorkersModule,
    JobsModule,
    MongooseModule.forFeature([
      { name: NOTIFICATION_MODEL, schema: notificationSchema },
      { name: NOTIFICATION_CHANNEL_MODEL, schema: notificationChannelSchema },
      { name: NOTIFICATION_DELIVERY_MODEL, schema: notificationDeliverySchema },
      { name: PERSON_MODEL, schema: personSchema },
    ]),
  ],
  controllers: [NotificationsController, NotificationChannelsController],
  providers: [
    { provide: NotificationRepository, useClass: NotificationMongoRepository },
    { provide: ChannelRepository, useClass: ChannelMongoRepository },
    { provide: DeliveryOutbox, useClass: DeliveryMongoOutbox },
    { provide: PeopleDirectory, useClass: PeopleMongoDirectory },
    { provide: WorkerDirectory, useClass: WorkersFacadeDirectory },
    { provide: WebhookSender, useClass: HttpWebhookSender },
    { provide: MailSender, useClass: SmtpMailSender },
    // The action-links module binds its signed one-click links here.
    { provide: ActionLinkPort, useClass: SignedActionLinks },
    { provide: APP_INTERCEPTOR, useClass: PersonRecordingInterceptor },
    NotificationDispatcher,
    NotificationDeliverer,
    NotificationCentre,
    ChannelAdmin,
    ControllerWatch,
    NotifyWhenWorkerEvent,
    NotifyWhenBudgetEvent,
  ],
})
export class NotificationsModule implements OnModuleInit {
  constructor(
    private readonly jobs: JobRegistry,
    private readonly deliverer: NotificationDeliverer,
    private readonly watch: ControllerWatch,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    const { delivery, controllerUnavailableMinutes } = this.config.notifications;
    this.jobs.register({
      name: 'notification-delivery',
      description: `Sends the queued notifications (webhooks, Slack, Teams, e-mail) that are due; a failed delivery is retried with exponential backoff from ${delivery.backoffSeconds} s, ${delivery.attempts} attempts at most, its last error kept. Runs only when a delivery is due.`,
      intervalSeconds: delivery.intervalSeconds,
      enabled: true,
      due: () => this.deliverer.hasDue(),
      run: () => this.deliverer.deliverDue(),
    });
    this.jobs.register({
      name: 'controller-watch',
      description: `Notifies about running workers whose CML controller has not answered for ${controllerUnavailableMinutes} min (NOTIFY_CONTROLLER_UNAVAILABLE_MINUTES), once per outage.`,
      intervalSeconds: CONTROLLER_WATCH_INTERVAL_SECONDS,
      enabled: true,
      run: () => this.watch.check(),
    });
  }
}
