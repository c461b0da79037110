import type { ListPrice } from './price-catalogue.js';

/**
 * The list prices the product ships with: on-demand, Linux, shared tenancy, in USD per hour, for the
 * bare-metal types CML runs on and the few virtualised types of the demo and the tests, in us-east-1
 * and us-west-2 (which publish the same prices for these types). Compiled by hand on the date below
 * from AWS's published on-demand prices, without access to the live page (c5.metal and c5.2xlarge
 * match AWS's own documentation); not fetched by a program. Check them against the source page
 * before relying on them for a budget. A type that is not here is shown as "price unknown". A later
 * catalogue reads them per region from AWS instead (ADR 0025).
 */
const SOURCE = 'https://aws.amazon.com/ec2/pricing/on-demand/';
const AS_OF = '2026-12-02';

/** [instance type, us-east-1, us-west-2] in USD per hour. */
const TABLE: readonly (readonly [string, number, number])[] = [
  // Bare metal: what CML runs on.
  ['m5zn.metal', 3.9641, 3.9641],
  ['m5.metal', 4.608, 4.608],
  ['m5d.metal', 5.424, 5.424],
  ['c5.metal', 4.08, 4.08],
  ['c5d.metal', 4.608, 4.608],
  ['c5n.metal', 3.888, 3.888],
  ['r5.metal', 6.048, 6.048],
  ['z1d.metal', 4.464, 4.464],
  ['i3.metal', 4.992, 4.992],
  ['i3en.metal', 10.848, 10.848],
  ['m6i.metal', 6.144, 6.144],
  ['c6i.metal', 5.44, 5.44],
  ['r6i.metal', 8.064, 8.064],
  ['m7i.metal-24xl', 4.8384, 4.8384],
  ['m7i.metal-48xl', 9.6768, 9.6768],
  ['c7i.metal-24xl', 4.284, 4.284],
  ['c7i.metal-48xl', 8.568, 8.568],
  // Virtualised types of the demo and the tests (they cannot run CML's nodes).
  ['c5.xlarge', 0.17, 0.17],
  ['c5.2xlarge', 0.34, 0.34],
  ['m5.xlarge', 0.192, 0.192],
  ['m5.2xlarge', 0.384, 0.384],
  ['t3.micro', 0.0104, 0.0104],
  ['t3.medium', 0.0416, 0.0416],
  ['t3.large', 0.0832, 0.0832],
];

const REGIONS = ['us-east-1', 'us-west-2'] as const;

export const AWS_LIST_PRICES: readonly ListPrice[] = TABLE.flatMap(([instanceType, ...prices]) =>
  REGIONS.map((region, i) => ({ region, instanceType, term: 'on-demand' as const, operatingSystem: 'linux' as const, usdPerHour: prices[i]!, source: SOURCE, asOf: AS_OF })),
);
