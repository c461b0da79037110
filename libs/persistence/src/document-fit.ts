import { isDeepStrictEqual } from 'node:util';
import { type Connection, Mongoose, type Schema } from 'mongoose';

/**
 * `T` with every field, at every depth, required: a fixture of this type names each field the
 * code may store, so adding a field to a stored type fails to compile until the fixture (and the
 * schema it is checked against) has it too.
 */
export type EveryField<T> = T extends readonly (infer U)[] ? EveryField<U>[] : T extends object ? { [K in keyof T]-?: EveryField<Exclude<T[K], undefined>> } : T;

/**
 * How `document` would change on its way into a collection of `schema`: a path the schema does
 * not declare, or a value that its casting would alter, add or drop. Empty when the schema stores
 * the document as it is. (An `_id` the document lacks is not counted: the database adds one.)
 */
export function documentMisfits(schema: Schema, document: object): string[] {
  const mongoose = new Mongoose();
  const Model = mongoose.model('DocumentFit', schema.clone());
  let stored: Record<string, unknown>;
  try {
    stored = new Model(document).toObject({ minimize: false, versionKey: true, virtuals: false, getters: false, flattenMaps: false, transform: false }) as Record<string, unknown>;
  } catch (err) {
    return [(err as Error).message];
  }
  if (!('_id' in document)) delete stored._id;
  return differences(document as Record<string, unknown>, stored, '');
}

/**
 * The misfits of every document in the collections of `connection`'s models, each prefixed with
 * its collection and id: what a test checks after the app wrote real data (the aggregate store
 * writes without Mongoose's casting, so nothing else would notice a field the schema lacks).
 */
export async function storedDocumentMisfits(connection: Connection): Promise<string[]> {
  const found: string[] = [];
  for (const model of Object.values(connection.models)) {
    for (const doc of await model.collection.find({}).toArray()) {
      for (const misfit of documentMisfits(model.schema, doc)) found.push(`${model.collection.collectionName} ${String(doc._id)}: ${misfit}`);
    }
  }
  return found;
}

function differences(given: unknown, stored: unknown, path: string): string[] {
  if (isPlainObject(given) && isPlainObject(stored)) {
    const keys = new Set([...Object.keys(given), ...Object.keys(stored)]);
    return [...keys].flatMap((k) => differences(given[k], stored[k], path ? `${path}.${k}` : k));
  }
  if (Array.isArray(given) && Array.isArray(stored) && given.length === stored.length) {
    return given.flatMap((g, i) => differences(g, stored[i], `${path}.${i}`));
  }
  if (given === undefined && stored !== undefined) return [`${path}: absent, stored as ${JSON.stringify(stored)}`];
  if (isDeepStrictEqual(given, stored) || (isObjectId(given) && given.equals(stored))) return [];
  return [`${path}: ${JSON.stringify(given)} stored as ${JSON.stringify(stored)}`];
}

function isObjectId(value: unknown): value is { equals(other: unknown): boolean } {
  return typeof value === 'object' && value !== null && (value as { _bsontype?: string })._bsontype === 'ObjectId';
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}
