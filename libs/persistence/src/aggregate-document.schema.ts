import { Schema, type SchemaDefinition, type SchemaOptions } from 'mongoose';
import type { EventEnvelope } from '#kernel';

/** The field of an aggregate document that holds its version: the schemas' `versionKey`. */
export const AGGREGATE_VERSION_KEY = 'version';

/** The field of an aggregate document that holds its unpublished events. */
export const OUTBOX_FIELD = '_outbox';

/** An aggregate's document as stored: its state, `_id`, `version` and the outbox. */
export type AggregateDocument<D extends object> = D & { _id: string; version: number; _outbox: EventEnvelope[] };

/**
 * Options every schema of ours shares. `strict: 'throw'`: a field the schema does not declare is a
 * programming error, never silently dropped. `minimize: false`: empty objects (`tags: {}`) are
 * stored as they are. No `id` virtual, no automatic index or collection creation (indexes are
 * created when the database is reachable, see the database module).
 */
export const SCHEMA_DEFAULTS: SchemaOptions = { strict: 'throw', minimize: false, id: false, autoIndex: false, autoCreate: false };

/** Sub-document options: no `_id` of their own. */
const NESTED: SchemaOptions = { _id: false, strict: 'throw', minimize: false, id: false };

/** Declares an optional nested object or array: absent stays absent (Mongoose would store `{}` or `[]`). */
export function optional<T>(type: T): { type: T; default: undefined } {
  return { type, default: undefined };
}

/** A sub-document schema without an `_id` of its own. */
export function nestedSchema(definition: SchemaDefinition): Schema {
  return new Schema(definition, NESTED);
}

/** Who caused a change (kernel `Actor`). */
export const actorSchema = nestedSchema({
  kind: String,
  id: String,
  name: String,
});

/** The fields of a stored event (kernel `EventEnvelope` without its id); the payload is free-form per type. */
export const eventEnvelopeFields: SchemaDefinition = {
  // Spelled out: a bare `type: String` would declare the type of the enclosing object.
  type: { type: String },
  aggregateType: String,
  aggregateId: String,
  aggregateVersion: Number,
  occurredAt: String,
  actor: actorSchema,
  // The payload's shape is declared per event type in the kernel's event map.
  data: Schema.Types.Mixed,
};

/** One event waiting in an aggregate's outbox (the envelope as the kernel writes it). */
export const outboxEntrySchema = nestedSchema({ id: String, ...eventEnvelopeFields });

/**
 * The schema of an aggregate's collection (ADR 0007, ADR 0028): `_id` is the aggregate id (a
 * string), `state` the aggregate's fields (also the read model), `version` the version key that
 * the store's conditional writes check, and `_outbox` the events not yet published, left out of
 * every read unless asked for (`{ _outbox: 1 }`).
 */
export function aggregateDocumentSchema(state: SchemaDefinition, options: SchemaOptions = {}): Schema {
  return new Schema(
    {
      _id: { type: String, required: true },
      ...state,
      [OUTBOX_FIELD]: { type: [outboxEntrySchema], select: false },
      // The stamp of the last grouped update (grouped-updates.ts): the store's, never a reader's.
      _write: { type: String, select: false },
    },
    { ...SCHEMA_DEFAULTS, ...options, versionKey: AGGREGATE_VERSION_KEY },
  );
}
