import type { OpenAPIObject } from '@nestjs/swagger';
import { conformanceProblems } from './schema-conformance.test.js';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

const document = {
  openapi: '3.0.0',
  info: { title: 't', version: '1' },
  paths: {},
  components: {
    schemas: {
      Actor: { type: 'object', required: ['name'], properties: { name: { type: 'string' } } },
      Thing: {
        type: 'object',
        required: ['id', 'count', 'state', 'owner'],
        properties: {
          id: { type: 'string' },
          count: { type: 'integer' },
          state: { type: 'string', enum: ['on', 'off'] },
          owner: ref('Actor'),
          note: { type: 'string' },
          parent: { type: 'string', nullable: true },
          tags: { type: 'object', additionalProperties: { type: 'string' } },
          history: { type: 'array', items: ref('Actor') },
          extra: { type: 'object', additionalProperties: true },
        },
      },
      AData: { type: 'object', required: ['to'], properties: { to: { type: 'string' } } },
      AEvent: { type: 'object', required: ['type', 'data'], properties: { type: { type: 'string', enum: ['a'] }, data: ref('AData') } },
      BEvent: { type: 'object', required: ['type', 'data'], properties: { type: { type: 'string', enum: ['b'] }, data: { type: 'object', properties: {} } } },
      Envelope: {
        type: 'object',
        required: ['id'],
        properties: { id: { type: 'string' } },
        oneOf: [ref('AEvent'), ref('BEvent')],
        discriminator: { propertyName: 'type', mapping: { a: '#/components/schemas/AEvent', b: '#/components/schemas/BEvent' } },
      },
      Either: { oneOf: [ref('Actor'), ref('AData')] },
    },
  },
} as unknown as OpenAPIObject;

const thing = { id: 't1', count: 2, state: 'on', owner: { name: 'ada' }, note: 'n', parent: null, tags: { a: 'b' }, history: [{ name: 'bob' }], extra: { anything: [1] } };

describe('conformance of a body to its schema in the OpenAPI document', () => {
  it('accepts a body with exactly the declared fields (free-form maps take anything)', () => {
    expect(conformanceProblems(document, 'Thing', thing, { complete: true })).toEqual([]);
  });

  it('names a field the schema does not declare, at any depth', () => {
    expect(conformanceProblems(document, 'Thing', { ...thing, secret: 1, owner: { name: 'ada', key: 'k' } })).toEqual([
      'Thing.owner.key: sent, but the schema does not declare it',
      'Thing.secret: sent, but the schema does not declare it',
    ]);
  });

  it('names a required field not sent, and (for a complete sample) an optional one', () => {
    const { count: _count, note: _note, ...rest } = thing;
    expect(conformanceProblems(document, 'Thing', rest)).toEqual(['Thing.count: required by the schema, not sent']);
    expect(conformanceProblems(document, 'Thing', rest, { complete: true })).toEqual([
      'Thing.count: required by the schema, not sent',
      'Thing.note: declared by the schema, not sent although the sample sets every field',
    ]);
  });

  it('treats what JSON drops (undefined) as not sent', () => {
    expect(conformanceProblems(document, 'Thing', { ...thing, note: undefined }, { complete: true })).toEqual([
      'Thing.note: declared by the schema, not sent although the sample sets every field',
    ]);
  });

  it('checks types, integers, enums, null and map values', () => {
    expect(conformanceProblems(document, 'Thing', { ...thing, id: 1, count: 1.5, state: 'maybe', owner: null, tags: { a: 2 }, history: [{}] })).toEqual([
      'Thing.id: number, the schema says string',
      'Thing.count: 1.5, the schema says integer',
      'Thing.state: "maybe" is not one of on, off',
      'Thing.owner: null, but the schema does not allow null',
      'Thing.tags.a: number, the schema says string',
      'Thing.history[0].name: required by the schema, not sent',
    ]);
  });

  it('asks a complete sample for an item in arrays of objects', () => {
    expect(conformanceProblems(document, 'Thing', { ...thing, history: [] }, { complete: true })).toEqual(['Thing.history: empty, so its items go unchecked (give the sample an item)']);
  });

  it('checks a discriminated union by the variant its tag names, with the envelope’s own fields', () => {
    expect(conformanceProblems(document, 'Envelope', { id: 'e', type: 'a', data: { to: 'x' } }, { complete: true })).toEqual([]);
    expect(conformanceProblems(document, 'Envelope', { id: 'e', type: 'a', data: { to: 'x', from: 'y' } })).toEqual(['Envelope.data.from: sent, but the schema does not declare it']);
    expect(conformanceProblems(document, 'Envelope', { id: 'e', type: 'a', data: {} })).toEqual(['Envelope.data.to: required by the schema, not sent']);
    expect(conformanceProblems(document, 'Envelope', { id: 'e', type: 'c', data: {} })).toEqual(['Envelope.type: "c" names none of the variants']);
  });

  it('takes the one variant of a plain oneOf the body fits', () => {
    expect(conformanceProblems(document, 'Either', { name: 'ada' })).toEqual([]);
    expect(conformanceProblems(document, 'Either', { to: 'x' })).toEqual([]);
    expect(conformanceProblems(document, 'Either', { name: 'ada', other: 1 })).toEqual(['Either.other: sent, but the schema does not declare it']);
  });
});
