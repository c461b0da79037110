import type { ChangeContext } from '#kernel';
import { PriceSettings } from './price-settings.aggregate.js';

const ada = { kind: 'user' as const, id: 'u-ada', name: 'ada' };
const ctx = (now: string): ChangeContext => ({ actor: ada, now: new Date(now) });
const events = (s: PriceSettings) => s.unsavedEvents().map((e) => [e.type, e.data]);

describe('PriceSettings', () => {
  it('keeps every change of an instance price with its time and author, and audits each', () => {
    const s = PriceSettings.initial();
    s.setInstancePrice('us-east-1', 'm5zn.metal', 3, ctx('2026-12-01T10:00:00Z'));
    s.setInstancePrice('us-east-1', 'm5zn.metal', 2.5, ctx('2026-12-02T10:00:00Z'));
    s.clearInstancePrice('us-east-1', 'm5zn.metal', ctx('2026-12-03T10:00:00Z'));
    expect(s.instanceRecords()).toEqual([
      {
        region: 'us-east-1',
        instanceType: 'm5zn.metal',
        changes: [
          { at: '2026-12-01T10:00:00.000Z', usd: 3, by: ada },
          { at: '2026-12-02T10:00:00.000Z', usd: 2.5, by: ada },
          { at: '2026-12-03T10:00:00.000Z', usd: null, by: ada },
        ],
      },
    ]);
    expect(s.instanceOverride('us-east-1', 'm5zn.metal')).toBeUndefined();
    // Strict: `from` and `to` are absent, not undefined (a stored undefined would come back as null).
    expect(events(s)).toStrictEqual([
      ['cost.price-changed', { kind: 'instance', region: 'us-east-1', instanceType: 'm5zn.metal', to: 3 }],
      ['cost.price-changed', { kind: 'instance', region: 'us-east-1', instanceType: 'm5zn.metal', from: 3, to: 2.5 }],
      ['cost.price-changed', { kind: 'instance', region: 'us-east-1', instanceType: 'm5zn.metal', from: 2.5 }],
    ]);
    expect(s.unsavedEvents()[0].actor).toEqual(ada);
  });

  it('answers the override in force now with who set it and when', () => {
    const s = PriceSettings.initial();
    s.setStoragePrice('us-west-2', 'gp3', 0.07, ctx('2026-12-01T10:00:00Z'));
    expect(s.storageOverride('us-west-2', 'gp3')).toEqual({ usd: 0.07, setBy: ada, setAt: '2026-12-01T10:00:00.000Z' });
    expect(events(s)).toEqual([['cost.price-changed', { kind: 'storage', region: 'us-west-2', volumeType: 'gp3', to: 0.07 }]]);
  });

  it('records nothing and audits nothing for the same price or discount again', () => {
    const s = PriceSettings.initial();
    s.setInstancePrice('us-east-1', 'c5.metal', 3, ctx('2026-12-01T10:00:00Z'));
    s.setInstancePrice('us-east-1', 'c5.metal', 3, ctx('2026-12-01T11:00:00Z'));
    s.setDiscount(0, ctx('2026-12-01T11:00:00Z'));
    expect(s.instanceChanges('us-east-1', 'c5.metal')).toHaveLength(1);
    expect(s.unsavedEvents()).toHaveLength(1);
  });

  it('changes the discount from now on and audits from and to', () => {
    const s = PriceSettings.initial();
    s.setDiscount(28, ctx('2026-12-01T10:00:00Z'));
    s.setDiscount(0, ctx('2026-12-02T10:00:00Z'));
    expect(s.discountPercent).toBe(0);
    expect(s.discountChanges()).toEqual([
      { at: new Date('2026-12-01T10:00:00Z'), percent: 28 },
      { at: new Date('2026-12-02T10:00:00Z'), percent: 0 },
    ]);
    expect(events(s)).toEqual([
      ['cost.discount-changed', { from: 0, to: 28 }],
      ['cost.discount-changed', { from: 28, to: 0 }],
    ]);
  });

  it.each([
    ['a region that is not one', () => PriceSettings.initial().setInstancePrice('Virginia', 'm5zn.metal', 3, ctx('2026-12-01T10:00:00Z')), 'COST.PRICE_INVALID', /region "Virginia" is not an AWS region; use a region code such as us-east-1/],
    ['an instance type that is not one', () => PriceSettings.initial().setInstancePrice('us-east-1', 'huge', 3, ctx('2026-12-01T10:00:00Z')), 'COST.PRICE_INVALID', /instance type "huge" is not an EC2 instance type such as m5zn.metal/],
    ['a price of 0', () => PriceSettings.initial().setInstancePrice('us-east-1', 'm5zn.metal', 0, ctx('2026-12-01T10:00:00Z')), 'COST.PRICE_INVALID', /the price must be more than 0 USD per hour/],
    ['a negative storage price', () => PriceSettings.initial().setStoragePrice('us-east-1', 'gp3', -1, ctx('2026-12-01T10:00:00Z')), 'COST.PRICE_INVALID', /the price must be more than 0 USD per GiB-month/],
    ['a volume type that is not one', () => PriceSettings.initial().setStoragePrice('us-east-1', 'gp9', 0.1, ctx('2026-12-01T10:00:00Z')), 'COST.PRICE_INVALID', /volume type "gp9" is not an EBS volume type \(gp3, gp2, io1, io2, st1, sc1, standard\)/],
    ['a discount of 100', () => PriceSettings.initial().setDiscount(100, ctx('2026-12-01T10:00:00Z')), 'COST.DISCOUNT_INVALID', /from 0 up to \(not including\) 100.*100 is not/],
    ['a negative discount', () => PriceSettings.initial().setDiscount(-5, ctx('2026-12-01T10:00:00Z')), 'COST.DISCOUNT_INVALID', /-5 is not/],
    ['clearing an instance price never set', () => PriceSettings.initial().clearInstancePrice('us-east-1', 'm5zn.metal', ctx('2026-12-01T10:00:00Z')), 'COST.OVERRIDE_NOT_FOUND', /No price is set for m5zn.metal in us-east-1/],
    ['clearing a storage price never set', () => PriceSettings.initial().clearStoragePrice('us-east-1', 'gp3', ctx('2026-12-01T10:00:00Z')), 'COST.OVERRIDE_NOT_FOUND', /No price is set for gp3 storage in us-east-1/],
  ])('refuses %s', (_name, act, code, message) => {
    expect(act).toThrow(expect.objectContaining({ code, message: expect.stringMatching(message) }));
  });

  it('refuses to clear an override cleared already', () => {
    const s = PriceSettings.initial();
    s.setInstancePrice('us-east-1', 'm5zn.metal', 3, ctx('2026-12-01T10:00:00Z'));
    s.clearInstancePrice('us-east-1', 'm5zn.metal', ctx('2026-12-01T11:00:00Z'));
    expect(() => s.clearInstancePrice('us-east-1', 'm5zn.metal', ctx('2026-12-01T12:00:00Z'))).toThrow(expect.objectContaining({ code: 'COST.OVERRIDE_NOT_FOUND' }));
  });
});
