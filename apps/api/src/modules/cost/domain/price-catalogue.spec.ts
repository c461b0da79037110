import { AWS_LIST_PRICES } from './aws-list-prices.js';
import { type ListPrice, PriceCatalogue } from './price-catalogue.js';

const price = (over: Partial<ListPrice> = {}): ListPrice => ({
  region: 'us-east-1',
  instanceType: 'm5zn.metal',
  term: 'on-demand',
  operatingSystem: 'linux',
  usdPerHour: 3.9641,
  source: 'https://aws.amazon.com/ec2/pricing/on-demand/',
  asOf: '2026-12-02',
  ...over,
});

describe('PriceCatalogue', () => {
  it('answers the on-demand Linux price of a type in a region, with its source and date', () => {
    const catalogue = new PriceCatalogue([price(), price({ region: 'us-west-2', usdPerHour: 4 })]);
    expect(catalogue.onDemandLinux('us-east-1', 'm5zn.metal')).toEqual(price());
    expect(catalogue.onDemandLinux('us-west-2', 'm5zn.metal')?.usdPerHour).toBe(4);
  });

  it('answers undefined, never 0, for a type or region it has no price for', () => {
    const catalogue = new PriceCatalogue([price()]);
    expect(catalogue.onDemandLinux('us-east-1', 'banana.huge')).toBeUndefined();
    expect(catalogue.onDemandLinux('eu-north-1', 'm5zn.metal')).toBeUndefined();
  });

  it.each([
    [price({ usdPerHour: 0 }), 'm5zn.metal in us-east-1: a price must be more than 0 USD per hour (leave an unknown price out)'],
    [price({ usdPerHour: -1 }), 'm5zn.metal in us-east-1: a price must be more than 0 USD per hour (leave an unknown price out)'],
    [price({ usdPerHour: Number.NaN }), 'm5zn.metal in us-east-1: a price must be more than 0 USD per hour (leave an unknown price out)'],
    [price({ source: '' }), 'm5zn.metal in us-east-1: the source must be an https URL'],
    [price({ asOf: 'December' }), 'm5zn.metal in us-east-1: asOf must be a date (YYYY-MM-DD)'],
    [price({ asOf: '2026-13-45' }), 'm5zn.metal in us-east-1: asOf must be a date (YYYY-MM-DD)'],
    [price({ region: 'Virginia' }), 'region "Virginia" is not an AWS region'],
    [price({ instanceType: 'huge' }), '"huge" is not an instance type'],
  ])('refuses %j', (entry, problem) => {
    expect(() => new PriceCatalogue([entry])).toThrow(`Price catalogue: ${problem}`);
  });

  it('refuses the same type, region, term and operating system twice', () => {
    expect(() => new PriceCatalogue([price(), price({ usdPerHour: 5 })])).toThrow('Price catalogue: m5zn.metal in us-east-1 (on-demand, linux) is listed twice');
  });

  it('hands out copies, so nobody changes a price through an answer', () => {
    const catalogue = new PriceCatalogue([price()]);
    catalogue.onDemandLinux('us-east-1', 'm5zn.metal')!.usdPerHour = 0;
    expect(catalogue.onDemandLinux('us-east-1', 'm5zn.metal')?.usdPerHour).toBe(3.9641);
  });
});

describe('the list prices the product ships with', () => {
  const catalogue = new PriceCatalogue(AWS_LIST_PRICES);
  const METAL = ['m5zn.metal', 'm5.metal', 'c5.metal', 'm6i.metal', 'c6i.metal', 'm7i.metal-24xl', 'm7i.metal-48xl', 'r5.metal', 'z1d.metal', 'i3.metal'];

  it.each(['us-east-1', 'us-west-2'])('prices the bare-metal families CML runs on (the default m5zn.metal among them) in %s', (region) => {
    for (const type of METAL) expect(catalogue.onDemandLinux(region, type)).toBeDefined();
  });

  it.each(['c5.2xlarge', 't3.micro', 't3.large'])('prices %s, a virtualised type of the demo and the tests', (type) => {
    expect(catalogue.onDemandLinux('us-east-1', type)).toBeDefined();
  });

  it('has the published figures AWS documents for c5 (c5.metal = c5.24xlarge $4.08, c5.2xlarge $0.34)', () => {
    expect(catalogue.onDemandLinux('us-east-1', 'c5.metal')?.usdPerHour).toBe(4.08);
    expect(catalogue.onDemandLinux('us-east-1', 'c5.2xlarge')?.usdPerHour).toBe(0.34);
  });

  it('names the AWS on-demand pricing page and a date for every entry, all on-demand Linux', () => {
    for (const entry of catalogue.entries()) {
      expect(entry).toMatchObject({ term: 'on-demand', operatingSystem: 'linux', source: 'https://aws.amazon.com/ec2/pricing/on-demand/' });
      expect(entry.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('prices a family by vCPU, metal included, and nothing above 20 USD per hour (no slipped digit)', () => {
    const usd = (type: string) => catalogue.onDemandLinux('us-east-1', type)!.usdPerHour;
    // AWS prices c5 and m5 linearly: c5.metal has 96 vCPUs to c5.2xlarge's 8, m5.metal 96 to m5.xlarge's 4.
    expect(usd('c5.metal')).toBeCloseTo(12 * usd('c5.2xlarge'), 6);
    expect(usd('m5.metal')).toBeCloseTo(24 * usd('m5.xlarge'), 6);
    for (const entry of catalogue.entries()) expect(entry.usdPerHour).toBeLessThan(20);
  });
});
