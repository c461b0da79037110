import { isAwsRegion, isCalendarDate } from './price-catalogue.js';

/**
 * List prices of EBS volume storage, per region and volume type: what AWS publishes for a GiB of
 * provisioned volume kept for a month, with where and when it was read. EBS bills the provisioned
 * size whether the instance runs or not, so a stopped worker still pays it. Like the instance
 * catalogue, a price is more than 0 or it is left out (unknown, never free).
 */

/** The EBS volume types EC2 reports (`VolumeType` of DescribeVolumes). */
export const VOLUME_TYPES = ['gp3', 'gp2', 'io1', 'io2', 'st1', 'sc1', 'standard'] as const;
export type VolumeType = (typeof VOLUME_TYPES)[number];

export function isVolumeType(value: string): value is VolumeType {
  return (VOLUME_TYPES as readonly string[]).includes(value);
}

/** The published storage price of one volume type in one region. */
export interface StorageListPrice {
  region: string;
  volumeType: VolumeType;
  /** US dollars per GiB of provisioned size per month; always more than 0. Storage only: provisioned IOPS and throughput are billed apart. */
  usdPerGibMonth: number;
  /** Where the figure was read (a URL). */
  source: string;
  /** When it was read: YYYY-MM-DD. */
  asOf: string;
}

/** Why a storage price entry cannot be catalogued, or undefined. */
export function storageListPriceProblem(p: StorageListPrice): string | undefined {
  if (!isAwsRegion(p.region)) return `region "${p.region}" is not an AWS region`;
  if (!isVolumeType(p.volumeType)) return `"${p.volumeType}" is not an EBS volume type (${VOLUME_TYPES.join(', ')})`;
  if (!Number.isFinite(p.usdPerGibMonth) || p.usdPerGibMonth <= 0) return `${p.volumeType} in ${p.region}: a price must be more than 0 USD per GiB-month (leave an unknown price out)`;
  if (!/^https:\/\/\S+$/.test(p.source)) return `${p.volumeType} in ${p.region}: the source must be an https URL`;
  if (!isCalendarDate(p.asOf)) return `${p.volumeType} in ${p.region}: asOf must be a date (YYYY-MM-DD)`;
  return undefined;
}

/** Storage prices by region and volume type; at most one entry for each. */
export class StoragePriceCatalogue {
  private readonly prices = new Map<string, StorageListPrice>();

  constructor(entries: readonly StorageListPrice[]) {
    for (const entry of entries) {
      const problem = storageListPriceProblem(entry);
      if (problem) throw new Error(`Storage price catalogue: ${problem}`);
      const key = `${entry.region}|${entry.volumeType}`;
      if (this.prices.has(key)) throw new Error(`Storage price catalogue: ${entry.volumeType} in ${entry.region} is listed twice`);
      this.prices.set(key, { ...entry });
    }
  }

  /** The storage price of the volume type in the region; undefined when unknown. */
  price(region: string, volumeType: string): StorageListPrice | undefined {
    const price = this.prices.get(`${region}|${volumeType}`);
    return price ? { ...price } : undefined;
  }

  /** Every entry, for listings and checks. */
  entries(): StorageListPrice[] {
    return [...this.prices.values()].map((p) => ({ ...p }));
  }
}
