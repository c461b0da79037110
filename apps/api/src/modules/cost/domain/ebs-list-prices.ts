import type { StorageListPrice, VolumeType } from './storage-price-catalogue.js';

/**
 * The EBS storage prices the product ships with: USD per GiB-month of provisioned volume, for
 * every volume type, in the regions the instance catalogue covers (us-east-1 and us-west-2, which
 * publish the same storage prices). Compiled by hand on the date below from AWS's published EBS
 * prices (the "GB-month" of the pricing page is the provisioned size of the volume, which EC2 gives
 * in GiB), without access to the live page; not fetched by a program. Check them against the source
 * before relying on them for a budget. Storage only: provisioned IOPS (io1, io2, gp3 above 3000),
 * gp3 throughput above 125 MiB/s and snapshots are billed apart and are not in these figures.
 */
const SOURCE = 'https://aws.amazon.com/ebs/pricing/';
const AS_OF = '2026-12-03';

/** [volume type, us-east-1, us-west-2] in USD per GiB-month. */
const TABLE: readonly (readonly [VolumeType, number, number])[] = [
  // General Purpose SSD: gp3 is the default of new volumes, gp2 the previous one.
  ['gp3', 0.08, 0.08],
  ['gp2', 0.1, 0.1],
  // Provisioned IOPS SSD: the storage part of the price (IOPS are billed per IOPS-month on top).
  ['io1', 0.125, 0.125],
  ['io2', 0.125, 0.125],
  // HDD: throughput optimised and cold.
  ['st1', 0.045, 0.045],
  ['sc1', 0.015, 0.015],
  // Magnetic, the previous generation (I/O requests are billed on top).
  ['standard', 0.05, 0.05],
];

const REGIONS = ['us-east-1', 'us-west-2'] as const;

export const EBS_LIST_PRICES: readonly StorageListPrice[] = TABLE.flatMap(([volumeType, ...prices]) =>
  REGIONS.map((region, i) => ({ region, volumeType, usdPerGibMonth: prices[i]!, source: SOURCE, asOf: AS_OF })),
);
