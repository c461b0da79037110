import { Schema } from 'mongoose';
import { eventEnvelopeFields, SCHEMA_DEFAULTS } from './aggregate-document.schema.js';

/** The collection of the event log. */
export const EVENT_LOG_COLLECTION = 'events';

/**
 * The event log's documents: the envelope with its id as `_id`, and `recordedAt`, when the event
 * reached the log (it may reach it after events with later ids). Events are never updated: no
 * version key.
 *
 * `relatedIdFields` name payload fields that also carry an aggregate id (lab events name their
 * worker in `data.workerId`); the list and stream filters match them, so each gets an index.
 */
export function eventLogSchema(relatedIdFields: readonly string[] = []): Schema {
  const schema = new Schema(
    {
      _id: { type: String, required: true },
      ...eventEnvelopeFields,
      recordedAt: { type: String },
    },
    { ...SCHEMA_DEFAULTS, versionKey: false, collection: EVENT_LOG_COLLECTION },
  );
  // The timeline of one aggregate, newest first.
  schema.index({ aggregateType: 1, aggregateId: 1, aggregateVersion: -1 });
  schema.index({ type: 1, occurredAt: -1 });
  schema.index({ recordedAt: 1 });
  // The list and stream filters (`after`, `latest`, `countAfter`) select by aggregate or type and
  // read in id order: each filter walks its own index in that order instead of the whole log.
  schema.index({ aggregateId: 1, _id: 1 });
  schema.index({ type: 1, _id: 1 });
  // The actor filter of the list (the fleet activity page): who caused the events, by id or name, in id order.
  schema.index({ 'actor.id': 1, _id: 1 });
  schema.index({ 'actor.name': 1, _id: 1 });
  // The payload fields that carry an aggregate id, in id order; only the events that have the field are in the index.
  for (const field of relatedIdFields) {
    const path = `data.${field}`;
    schema.index({ [path]: 1, _id: 1 }, { partialFilterExpression: { [path]: { $exists: true } } });
  }
  return schema;
}
