import { EBS_LIST_PRICES } from './ebs-list-prices.js';
import { type StorageListPrice, StoragePriceCatalogue, VOLUME_TYPES } from './storage-price-catalogue.js';
import { AWS_LIST_PRICES } from './aws-list-prices.js';

const price = (over: Partial<StorageListPrice> = {}): StorageListPrice => ({ region: 'us-east-1', volumeType: 'gp3', usdPerGibMonth: 0.08, source: 'https://aws.amazon.com/ebs/pricing/', asOf: '2026-12-03', ...over });

describe('StoragePriceCatalogue', () => {
  it('answers the price of a volume type in a region, and undefined (never 0) for one it does not have', () => {
    const catalogue = new StoragePriceCatalogue([price()]);
    expect(catalogue.price('us-east-1', 'gp3')).toEqual(price());
    expect(catalogue.price('us-east-1', 'gp2')).toBeUndefined();
    expect(catalogue.price('eu-north-1', 'gp3')).toBeUndefined();
  });

  it.each([
    [price({ usdPerGibMonth: 0 }), 'gp3 in us-east-1: a price must be more than 0 USD per GiB-month (leave an unknown price out)'],
    [price({ usdPerGibMonth: -0.1 }), 'gp3 in us-east-1: a price must be more than 0 USD per GiB-month (leave an unknown price out)'],
    [price({ usdPerGibMonth: Number.NaN }), 'gp3 in us-east-1: a price must be more than 0 USD per GiB-month (leave an unknown price out)'],
    [price({ volumeType: 'gp9' as never }), '"gp9" is not an EBS volume type (gp3, gp2, io1, io2, st1, sc1, standard)'],
    [price({ region: 'Oregon' }), 'region "Oregon" is not an AWS region'],
    [price({ source: 'http://example.com' }), 'gp3 in us-east-1: the source must be an https URL'],
    [price({ asOf: '2026-02-30x' }), 'gp3 in us-east-1: asOf must be a date (YYYY-MM-DD)'],
  ])('refuses %j', (entry, problem) => {
    expect(() => new StoragePriceCatalogue([entry])).toThrow(`Storage price catalogue: ${problem}`);
  });

  it('refuses the same volume type and region twice', () => {
    expect(() => new StoragePriceCatalogue([price(), price({ usdPerGibMonth: 0.1 })])).toThrow('Storage price catalogue: gp3 in us-east-1 is listed twice');
  });
});

describe('the EBS storage prices the product ships with', () => {
  const catalogue = new StoragePriceCatalogue(EBS_LIST_PRICES);
  const instanceRegions = [...new Set(AWS_LIST_PRICES.map((p) => p.region))];

  it.each(['us-east-1', 'us-west-2', ...instanceRegions])('prices every volume type in %s, the regions of the instance catalogue included', (region) => {
    for (const type of VOLUME_TYPES) expect(catalogue.price(region, type)).toBeDefined();
  });

  it('names the AWS EBS pricing page and a date for every entry', () => {
    for (const entry of catalogue.entries()) expect(entry).toMatchObject({ source: 'https://aws.amazon.com/ebs/pricing/', asOf: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
  });

  it('orders the types as AWS prices them: sc1 < st1 < standard < gp3 < gp2 < io1 = io2, all under 1 USD per GiB-month', () => {
    for (const region of ['us-east-1', 'us-west-2']) {
      const usd = (type: string) => catalogue.price(region, type)!.usdPerGibMonth;
      expect([usd('sc1'), usd('st1'), usd('standard'), usd('gp3'), usd('gp2')]).toEqual([...[usd('sc1'), usd('st1'), usd('standard'), usd('gp3'), usd('gp2')]].sort((a, b) => a - b));
      expect(usd('gp2')).toBeLessThan(usd('io1'));
      expect(usd('io1')).toBe(usd('io2'));
      for (const entry of catalogue.entries()) expect(entry.usdPerGibMonth).toBeLessThan(1);
    }
  });
});
