import { Schema } from 'mongoose';
import { aggregateDocumentSchema, nestedSchema, optional } from './aggregate-document.schema.js';
import { documentMisfits } from './document-fit.js';

const schema = aggregateDocumentSchema({
  name: String,
  count: Number,
  tags: Schema.Types.Mixed,
  always: { a: String, b: Number },
  sometimes: optional(nestedSchema({ at: String })),
  list: optional([String]),
});
const fits = { _id: 'a1', name: 'n', count: 1, tags: { 'kubernetes.io/role': 'x' }, always: {}, version: 3, _outbox: [] };

describe('whether a schema stores a document as it is', () => {
  it('finds nothing to say about a document of declared fields, empty objects and free-form maps included', () => {
    expect(documentMisfits(schema, fits)).toEqual([]);
    expect(documentMisfits(schema, { ...fits, sometimes: { at: 't' }, list: ['x'], always: { a: 'x', b: 2 } })).toEqual([]);
  });

  it.each([
    ['a field the schema does not declare', { ...fits, colour: 'red' }, /colour.*not in schema/],
    ['a nested field the schema does not declare', { ...fits, always: { c: 1 } }, /always\.c.*not in schema/],
    ['a value its casting would change', { ...fits, name: 5 }, /^name: 5 stored as "5"$/],
    ['a number it cannot cast', { ...fits, count: 'many' }, /count/],
  ])('names %s', (_case, document, problem) => {
    expect(documentMisfits(schema, document)).toEqual([expect.stringMatching(problem)]);
  });

  it('names what the schema would add to a document that lacks it', () => {
    const nestedPath = aggregateDocumentSchema({ always: { a: String } });
    expect(documentMisfits(nestedPath, { _id: 'a1', version: 1, _outbox: [] })).toEqual(['always: absent, stored as {}']);
  });
});
