import { join } from 'node:path';
import ts from 'typescript';
import type { EventType } from './event-map.js';
import { EVENT_PAYLOAD_SCHEMAS, eventPayloadExample, eventPayloadJsonSchema, type ValueSchema } from './event-schemas.js';
import { EVENT_TYPES } from './event-types.js';

/** What the event map's source says about one payload field. */
interface DeclaredField {
  optional: boolean;
  kind: 'string' | 'number' | 'boolean' | 'array' | 'object';
  /** The literal values of a closed string union; undefined for open strings and other kinds. */
  values?: string[];
}

// The map is TypeScript types: read them with the compiler, as the type checker sees them
// (intersections such as `LabRef & {...}` resolved), so this spec fails like tsc would and more.
function declaredPayloads(): Map<string, Map<string, DeclaredField>> {
  const file = join(process.cwd(), 'libs/kernel/src/events/event-map.ts');
  const program = ts.createProgram([file], { strict: true, noEmit: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, types: [] });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file)!;
  const map = source.statements.find((s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === 'EventMap')!;
  const typeOf = (symbol: ts.Symbol) => checker.getTypeOfSymbolAtLocation(symbol, map);
  const payloads = new Map<string, Map<string, DeclaredField>>();
  for (const event of checker.getPropertiesOfType(checker.getTypeAtLocation(map))) {
    const fields = new Map<string, DeclaredField>();
    for (const field of checker.getPropertiesOfType(typeOf(event))) {
      const type = typeOf(field);
      const parts = (type.isUnion() ? type.types : [type]).filter((t) => !(t.flags & ts.TypeFlags.Undefined));
      // `string & {}` (an open union such as LabStateName) is a string too.
      const is = (t: ts.Type, flag: ts.TypeFlags): boolean => (t.flags & flag) !== 0 || (t.isIntersection() && t.types.some((p) => is(p, flag)));
      const all = (flag: ts.TypeFlags) => parts.every((t) => is(t, flag));
      const kind = all(ts.TypeFlags.StringLike) ? 'string' : all(ts.TypeFlags.NumberLike) ? 'number' : all(ts.TypeFlags.BooleanLike) ? 'boolean' : parts.every((t) => checker.isArrayType(t)) ? 'array' : 'object';
      const values = kind === 'string' && parts.every((t) => t.isStringLiteral()) ? parts.map((t) => (t as ts.StringLiteralType).value).sort() : undefined;
      fields.set(field.name, { optional: (field.flags & ts.SymbolFlags.Optional) !== 0, kind, values });
    }
    payloads.set(event.name, fields);
  }
  return payloads;
}

const JSON_KINDS: Record<DeclaredField['kind'], ValueSchema['type'][]> = {
  string: ['string'],
  number: ['number', 'integer'],
  boolean: ['boolean'],
  array: ['array'],
  object: ['object'],
};

/** Every way the published schema of `type` differs from the map's payload, in words. */
function differences(type: string, declared: Map<string, DeclaredField>): string[] {
  const schema = eventPayloadJsonSchema(type as EventType);
  const properties = schema.properties as Record<string, ValueSchema>;
  const problems: string[] = [];
  for (const [name, field] of declared) {
    const published = properties[name];
    if (!published) {
      problems.push(`${type}: payload field "${name}" has no schema`);
      continue;
    }
    if (field.optional === (schema.required ?? []).includes(name)) problems.push(`${type}.${name}: the map makes it ${field.optional ? 'optional' : 'required'}, the schema does not`);
    if (!JSON_KINDS[field.kind].includes(published.type)) problems.push(`${type}.${name}: the map says ${field.kind}, the schema ${published.type}`);
    const publishedValues = published.enum ? [...published.enum].sort() : undefined;
    if (JSON.stringify(publishedValues) !== JSON.stringify(field.values)) {
      problems.push(`${type}.${name}: the map allows ${field.values ? field.values.join('|') : 'any string'}, the schema ${publishedValues ? publishedValues.join('|') : 'any string'}`);
    }
  }
  for (const name of Object.keys(properties)) if (!declared.has(name)) problems.push(`${type}: the schema has "${name}", the map's payload does not`);
  return problems;
}

describe('the published event payload schemas', () => {
  const declared = declaredPayloads();

  it('cover every event type of the map, and nothing else', () => {
    expect(declared.size).toBeGreaterThan(10);
    expect(Object.keys(EVENT_PAYLOAD_SCHEMAS).sort()).toEqual([...declared.keys()].sort());
    expect(Object.keys(EVENT_PAYLOAD_SCHEMAS).sort()).toEqual([...EVENT_TYPES]);
  });

  it('declare exactly the fields of each payload, with the same optionality, kind and values', () => {
    const problems = [...declared].flatMap(([type, fields]) => differences(type, fields));
    expect(problems).toEqual([]);
  });

  it.each(EVENT_TYPES)('%s: the example has every field, each of its declared kind and values', (type) => {
    const schema = eventPayloadJsonSchema(type);
    const example = eventPayloadExample(type) as Record<string, unknown>;
    expect(Object.keys(example).sort()).toEqual(Object.keys(schema.properties!).sort());
    for (const [name, value] of Object.entries(example)) {
      const field = schema.properties![name] as ValueSchema;
      const kind = Array.isArray(value) ? 'array' : typeof value;
      expect([name, kind === 'number' && field.type === 'integer' && Number.isInteger(value) ? 'integer' : kind]).toEqual([name, field.type]);
      if (field.enum) expect(field.enum).toContain(value);
    }
  });

  // The check above must be able to fail: a map with a field the schemas lack, a wrong optionality,
  // another kind and a changed enum are each reported.
  it('reports a field the map has and the schema lacks, and every other mismatch', () => {
    const altered = new Map(declared.get('worker.status-changed'));
    altered.set('note', { optional: true, kind: 'string' });
    altered.set('reason', { optional: true, kind: 'string' });
    altered.set('trigger', { optional: false, kind: 'string', values: ['user'] });
    altered.delete('from');
    const problems = differences('worker.status-changed', altered);
    expect(problems).toEqual([
      'worker.status-changed.trigger: the map allows user, the schema budget|ec2|idle-detection|import|override|provisioning|reservation|runtime-limit|schedule|user',
      'worker.status-changed.reason: the map makes it optional, the schema does not',
      'worker.status-changed: payload field "note" has no schema',
      'worker.status-changed: the schema has "from", the map\'s payload does not',
    ]);
    expect(differences('worker.renamed', new Map([['from', { optional: false, kind: 'number' }], ['to', { optional: false, kind: 'string' }]]))).toEqual([
      'worker.renamed.from: the map says number, the schema string',
    ]);
  });
});
