import { Schema } from 'mongoose';
import { aggregateDocumentSchema, nestedSchema, SCHEMA_DEFAULTS } from '#persistence';

/** The collections of the notifications module and their model names (ADR 0028, ADR 0036). */
export const NOTIFICATION_MODEL = 'Notification';
export const NOTIFICATION_CHANNEL_MODEL = 'NotificationChannel';
export const NOTIFICATION_DELIVERY_MODEL = 'NotificationDelivery';
export const PERSON_MODEL = 'NotificationPerson';

const actionSchema = nestedSchema({ label: String, url: String });

/** One person's in-app notification (`NotificationState`), with its outbox (`notification.created`). */
export const notificationSchema = aggregateDocumentSchema(
  {
    recipient: String,
    kind: String,
    severity: String,
    title: String,
    body: String,
    workerId: String,
    workerName: String,
    actions: [actionSchema],
    createdAt: String,
    readAt: String,
  },
  { collection: 'notifications' },
);
// The centre: a person's newest first, and their unread ones.
notificationSchema.index({ recipient: 1, createdAt: -1 });
notificationSchema.index({ recipient: 1, readAt: 1 });

/**
 * A notification channel. `tagSelector` is Mixed: its keys are EC2 tag keys (data, may contain
 * dots). `secret` signs a generic webhook's requests; the API never returns it.
 */
export const notificationChannelSchema = new Schema(
  {
    _id: { type: String, required: true },
    name: String,
    kind: String,
    target: String,
    enabled: Boolean,
    kinds: [String],
    tagSelector: Schema.Types.Mixed,
    secret: String,
    createdAt: String,
    updatedAt: String,
  },
  { ...SCHEMA_DEFAULTS, versionKey: false, collection: 'notification_channels' },
);

/** One message to one channel or one e-mail recipient, with its attempts: the delivery outbox (ADR 0036). */
export const notificationDeliverySchema = new Schema(
  {
    _id: { type: String, required: true },
    target: nestedSchema({ type: String, channelId: String, channelName: String, username: String, email: String }),
    message: nestedSchema({
      id: String,
      kind: String,
      severity: String,
      title: String,
      body: String,
      workerId: String,
      workerName: String,
      actions: [actionSchema],
      createdAt: String,
    }),
    status: String,
    attempts: Number,
    nextAttemptAt: String,
    lastAttemptAt: String,
    lastError: String,
    sentAt: String,
    createdAt: String,
  },
  { ...SCHEMA_DEFAULTS, versionKey: false, collection: 'notification_deliveries' },
);
// The delivery job: the pending ones that are due; a channel's recent ones.
notificationDeliverySchema.index({ status: 1, nextAttemptAt: 1 });
notificationDeliverySchema.index({ 'target.channelId': 1, createdAt: -1 });

/** Someone who used the API (from their token: e-mail address, groups, roles), and their notification preferences. */
export const personSchema = new Schema(
  {
    _id: { type: String, required: true },
    email: String,
    groups: [String],
    roles: { type: [String], default: undefined },
    seenAt: String,
    preferences: nestedSchema({ email: String, kinds: [String], scope: String, updatedAt: String }),
  },
  { ...SCHEMA_DEFAULTS, versionKey: false, collection: 'notification_people' },
);
