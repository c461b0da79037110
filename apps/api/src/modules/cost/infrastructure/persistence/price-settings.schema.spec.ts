import { documentMisfits, type EveryField } from '#persistence';
import type { PriceSettingsDocument } from './price-settings.mapper.js';
import { priceSettingsSchema } from './price-settings.schema.js';

const by = { kind: 'user' as const, id: 'u-1', name: 'ada' };
const at = '2026-12-03T10:00:00.000Z';

/** Every field set: a field added to the state fails to compile here until the fixture, and then the schema, have it. */
const settings: EveryField<PriceSettingsDocument> = {
  instances: [{ region: 'us-east-1', instanceType: 'm5zn.metal', changes: [{ at, usd: 3.2, by }] }],
  storage: [{ region: 'us-east-1', volumeType: 'gp3', changes: [{ at, usd: 0.07, by }] }],
  discount: [{ at, percent: 28, by }],
};

describe('the price settings schema', () => {
  it('stores every field of the document as it is', () => {
    expect(documentMisfits(priceSettingsSchema, { _id: 'price-settings', ...settings, version: 2, _outbox: [] })).toEqual([]);
  });

  it('keeps a cleared override as null (back to the list price), not as a missing or zero price', () => {
    const cleared = { ...settings, instances: [{ region: 'us-east-1', instanceType: 'm5zn.metal', changes: [{ at, usd: null, by }] }] };
    expect(documentMisfits(priceSettingsSchema, { _id: 'price-settings', ...cleared, version: 2, _outbox: [] })).toEqual([]);
  });
});
