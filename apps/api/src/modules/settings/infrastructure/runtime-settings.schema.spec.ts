import { documentMisfits, type EveryField } from '#persistence';
import type { RuntimeSettingsDocument } from './runtime-settings.mongo-repository.js';
import { runtimeSettingsSchema } from './runtime-settings.schema.js';

const by = { kind: 'user' as const, id: 'u-1', name: 'ada' };
const at = '2026-12-03T10:00:00.000Z';

/** Every field set, every kind of value: a field added to the state fails to compile here until the fixture, and then the schema, have it. */
const settings: EveryField<RuntimeSettingsDocument> = {
  overrides: { idleDetectionEnabled: false, idleTimeoutMinutes: 30, subnetId: 'subnet-0123abcd', securityGroupIds: ['sg-0123abcd'], defaultAmiIds: { 'us-east-1': 'ami-0123456789abcdef0' } },
  changes: { idleTimeoutMinutes: { by, at }, keyName: { by, at } },
};

describe('the runtime settings schema', () => {
  it('stores every field of the document as it is', () => {
    expect(documentMisfits(runtimeSettingsSchema, { _id: 'runtime-settings', ...settings, version: 2, _outbox: [] })).toEqual([]);
  });

  it('keeps an empty document empty (nothing overridden)', () => {
    expect(documentMisfits(runtimeSettingsSchema, { _id: 'runtime-settings', overrides: {}, changes: {}, version: 0, _outbox: [] })).toEqual([]);
  });
});
