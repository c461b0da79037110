// A spec helper (".test.ts": left out of the build, not run as a suite).
import type { OpenAPIObject, ReferenceObject, SchemaObject } from '@nestjs/swagger';

/**
 * A presenter's output for a sample in which every field is set, and the schema (component name)
 * of the DTO it answers with. `response-presenters.spec.ts` checks it against the OpenAPI document.
 */
export interface ResponseSample {
  schema: string;
  body: unknown;
}

/** `T` with every optional field required, all the way down: a sample of it sets every field, so a presenter that drops one is caught. */
export type Full<T> = T extends string | number | boolean
  ? T
  : T extends readonly (infer I)[]
    ? Full<I>[]
    : T extends object
      ? { [K in keyof T]-?: Full<Exclude<T[K], undefined>> }
      : T;

type Schema = SchemaObject | ReferenceObject;

const isRef = (s: Schema): s is ReferenceObject => '$ref' in s;

/**
 * Every way `value` (as it goes over the wire: JSON) differs from `schema`, in words with the path:
 * a field the schema does not declare, a declared field missing (required ones always; with
 * `complete`, optional ones too, since the sample sets them), a wrong type, a value outside the enum.
 */
export function conformanceProblems(document: OpenAPIObject, schema: Schema | string, value: unknown, options: { complete?: boolean } = {}): string[] {
  const root = typeof schema === 'string' ? { $ref: `#/components/schemas/${schema}` } : schema;
  const problems: string[] = [];
  check(document, root, JSON.parse(JSON.stringify(value)) as unknown, typeof schema === 'string' ? schema : '$', problems, Boolean(options.complete));
  return problems;
}

function resolve(document: OpenAPIObject, schema: Schema): SchemaObject {
  if (!isRef(schema)) return schema;
  const name = schema.$ref.replace('#/components/schemas/', '');
  const found = document.components?.schemas?.[name];
  if (!found) throw new Error(`The document has no schema ${name}`);
  return resolve(document, found);
}

/** The one variant of a `oneOf` the value is (by the discriminator, else the one it fits), or the problems of the closest. */
function variantOf(document: OpenAPIObject, schema: SchemaObject, value: unknown, path: string, complete: boolean): SchemaObject | string[] {
  const variants = schema.oneOf!;
  const tag = schema.discriminator && value && typeof value === 'object' ? (value as Record<string, unknown>)[schema.discriminator.propertyName] : undefined;
  if (schema.discriminator) {
    const ref = typeof tag === 'string' ? schema.discriminator.mapping?.[tag] : undefined;
    if (!ref) return [`${path}.${schema.discriminator.propertyName}: ${JSON.stringify(tag)} names none of the variants`];
    return resolve(document, { $ref: ref });
  }
  const tried = variants.map((v) => {
    const problems: string[] = [];
    check(document, { ...withoutOneOf(schema), allOf: [v] }, value, path, problems, complete);
    return { variant: resolve(document, v), problems };
  });
  const fitting = tried.filter((t) => t.problems.length === 0);
  if (fitting.length === 1) return fitting[0].variant;
  if (fitting.length > 1) return [`${path}: fits ${fitting.length} variants of oneOf, not exactly one`];
  return tried.reduce((best, t) => (t.problems.length < best.problems.length ? t : best)).problems;
}

const withoutOneOf = ({ oneOf: _oneOf, discriminator: _discriminator, ...rest }: SchemaObject): SchemaObject => rest;

/** The object schema's own properties merged with its `allOf` parts and its `oneOf` variant (what a value of it may carry). */
function flatten(document: OpenAPIObject, schema: SchemaObject, value: unknown, path: string, complete: boolean, problems: string[]): SchemaObject | undefined {
  let flat: SchemaObject = { ...withoutOneOf(schema), allOf: undefined, properties: { ...schema.properties }, required: [...(schema.required ?? [])] };
  const parts = [...(schema.allOf ?? [])];
  if (schema.oneOf) {
    const variant = variantOf(document, schema, value, path, complete);
    if (Array.isArray(variant)) {
      problems.push(...variant);
      return undefined;
    }
    parts.push(variant);
  }
  for (const part of parts) {
    const p = flatten(document, resolve(document, part), value, path, complete, problems);
    if (!p) return undefined;
    flat = {
      ...flat,
      type: flat.type ?? p.type,
      properties: { ...flat.properties, ...p.properties },
      required: [...(flat.required ?? []), ...(p.required ?? [])],
      additionalProperties: flat.additionalProperties ?? p.additionalProperties,
      // A oneOf of plain values (a setting's boolean, integer, string list...) keeps its variant's items and enum.
      items: flat.items ?? p.items,
      enum: flat.enum ?? p.enum,
    };
  }
  return flat;
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function check(document: OpenAPIObject, raw: Schema, value: unknown, path: string, problems: string[], complete: boolean): void {
  const resolved = resolve(document, raw);
  if (value === null) {
    if (!resolved.nullable) problems.push(`${path}: null, but the schema does not allow null`);
    return;
  }
  const schema = resolved.oneOf || resolved.allOf ? flatten(document, resolved, value, path, complete, problems) : resolved;
  if (!schema) return;
  const type = schema.type ?? (schema.properties || schema.additionalProperties !== undefined ? 'object' : undefined);
  switch (type) {
    case undefined:
      return; // `{}`: any value
    case 'object':
      return checkObject(document, schema, value, path, problems, complete);
    case 'array':
      if (!Array.isArray(value)) return void problems.push(`${path}: ${typeName(value)}, the schema says array`);
      if (complete && value.length === 0 && schema.items && hasFields(document, schema.items)) problems.push(`${path}: empty, so its items go unchecked (give the sample an item)`);
      value.forEach((item, i) => check(document, schema.items!, item, `${path}[${i}]`, problems, complete));
      return;
    case 'integer':
      if (typeof value !== 'number' || !Number.isInteger(value)) problems.push(`${path}: ${JSON.stringify(value)}, the schema says integer`);
      return;
    default:
      if (typeName(value) !== type) return void problems.push(`${path}: ${typeName(value)}, the schema says ${type}`);
      if (schema.enum && !schema.enum.includes(value)) problems.push(`${path}: ${JSON.stringify(value)} is not one of ${schema.enum.join(', ')}`);
  }
}

function hasFields(document: OpenAPIObject, schema: Schema): boolean {
  const s = resolve(document, schema);
  return Boolean(s.properties || s.oneOf || s.allOf);
}

function checkObject(document: OpenAPIObject, schema: SchemaObject, value: unknown, path: string, problems: string[], complete: boolean): void {
  if (typeName(value) !== 'object') return void problems.push(`${path}: ${typeName(value)}, the schema says object`);
  const object = value as Record<string, unknown>;
  const declared = schema.properties ?? {};
  const extra = schema.additionalProperties;
  for (const [key, v] of Object.entries(object)) {
    const field = `${path}.${key}`;
    if (declared[key]) check(document, declared[key], v, field, problems, complete);
    else if (extra === undefined || extra === false) problems.push(`${field}: sent, but the schema does not declare it`);
    else if (typeof extra === 'object') check(document, extra, v, field, problems, complete);
  }
  const required = new Set(schema.required ?? []);
  for (const key of Object.keys(declared)) {
    if (key in object) continue;
    if (required.has(key)) problems.push(`${path}.${key}: required by the schema, not sent`);
    else if (complete) problems.push(`${path}.${key}: declared by the schema, not sent although the sample sets every field`);
  }
  if (complete && !Object.keys(declared).length && typeof extra === 'object' && hasFields(document, extra) && Object.keys(object).length === 0) {
    problems.push(`${path}: empty, so its values go unchecked (give the sample an entry)`);
  }
}
