import { Schema } from 'mongoose';
import { SCHEMA_DEFAULTS } from '#persistence';

export const CLOUD_EVENT_CURSOR_MODEL = 'CloudEventCursor';
export const CLOUD_EVENT_DELIVERY_MODEL = 'CloudEventDelivery';

/** How long a delivery record is kept at most (records are pruned as the cursor moves). */
const DELIVERY_RECORD_TTL_SECONDS = 7 * 24 * 3600;

/**
 * Where the CloudEvents publisher is in the event log (one document, `_id: 'cloudevents'`): the
 * sink it publishes to, the last event id it passed and where it started. No version key: one
 * instance publishes, holding a lease, and the cursor only moves forward (`position: { $lt: id }`).
 */
export const cloudEventCursorSchema = new Schema(
  {
    _id: { type: String, required: true },
    sink: String,
    position: String,
    origin: String,
    updatedAt: Date,
  },
  { ...SCHEMA_DEFAULTS, versionKey: false, collection: 'cloudevent_cursors' },
);

/** An event the sink took, by event id: what a look back for late events must not send again. */
export const cloudEventDeliverySchema = new Schema(
  {
    _id: { type: String, required: true },
    deliveredAt: Date,
  },
  { ...SCHEMA_DEFAULTS, versionKey: false, collection: 'cloudevent_deliveries' },
);

// Records are pruned as the cursor moves; the TTL index only sweeps up after a sink that was dropped.
cloudEventDeliverySchema.index({ deliveredAt: 1 }, { expireAfterSeconds: DELIVERY_RECORD_TTL_SECONDS });
