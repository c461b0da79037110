import { Schema } from 'mongoose';
import { actorSchema, nestedSchema, SCHEMA_DEFAULTS } from '#persistence';

export const OPERATIONS_COLLECTION = 'operations';
export const OPERATION_MODEL = 'Operation';

/**
 * A long operation (`Operation` of the application, its id as `_id`). Times are ISO 8601 strings.
 * Updates are conditional on `status: 'running'` (a finished operation stays as it ended): no
 * version key.
 */
export const operationSchema = new Schema(
  {
    _id: { type: String, required: true },
    kind: String,
    subject: nestedSchema({ type: { type: String }, id: String }),
    status: String,
    progress: String,
    startedAt: String,
    finishedAt: String,
    error: String,
    // A short outcome, its own names per kind.
    result: Schema.Types.Mixed,
    requestedBy: actorSchema,
    // Named steps (choreographed stop and terminate), the requester's choices, and resuming.
    steps: [nestedSchema({ name: String, title: String, status: String, detail: String, startedAt: String, finishedAt: String })],
    options: Schema.Types.Mixed,
    resumable: Boolean,
    heartbeatAt: String,
  },
  { ...SCHEMA_DEFAULTS, versionKey: false, collection: OPERATIONS_COLLECTION },
);

// Running operations left behind by a stopped app; the operations of a subject.
operationSchema.index({ status: 1, startedAt: 1 });
operationSchema.index({ 'subject.id': 1, startedAt: -1 });
// Resumable operations whose process stopped renewing them.
operationSchema.index({ status: 1, resumable: 1, heartbeatAt: 1 });
