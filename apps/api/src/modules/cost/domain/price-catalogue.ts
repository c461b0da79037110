/**
 * List prices of EC2 instance types, per region. A price is what AWS publishes, with where and when
 * it was read: an estimate to compare types and to size a bill, never an invoice. A type without
 * a price is unknown, never free: the catalogue refuses a price of 0.
 */

/** What a price is the price of. Only on-demand Linux (shared tenancy) is catalogued so far. */
export type PriceTerm = 'on-demand';
export type PriceOperatingSystem = 'linux';

/** The published hourly price of one instance type in one region. */
export interface ListPrice {
  region: string;
  instanceType: string;
  term: PriceTerm;
  operatingSystem: PriceOperatingSystem;
  /** US dollars per instance hour; always more than 0. */
  usdPerHour: number;
  /** Where the figure was read (a URL). */
  source: string;
  /** When it was read: YYYY-MM-DD. */
  asOf: string;
}

const REGION = /^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\d$/;
const INSTANCE_TYPE = /^[a-z0-9-]+\.[a-z0-9-]+$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** True for a name shaped like an AWS region (`us-east-1`, `us-gov-west-1`). */
export function isAwsRegion(value: string): boolean {
  return REGION.test(value);
}

/** True for a name shaped like an EC2 instance type (`m5zn.metal`). */
export function isInstanceType(value: string): boolean {
  return INSTANCE_TYPE.test(value);
}

/** True for a calendar date, YYYY-MM-DD. */
export function isCalendarDate(value: string): boolean {
  return DATE.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
}

/** Why a price entry cannot be catalogued, or undefined. */
export function listPriceProblem(p: ListPrice): string | undefined {
  if (!REGION.test(p.region)) return `region "${p.region}" is not an AWS region`;
  if (!INSTANCE_TYPE.test(p.instanceType)) return `"${p.instanceType}" is not an instance type`;
  if (!Number.isFinite(p.usdPerHour) || p.usdPerHour <= 0) return `${p.instanceType} in ${p.region}: a price must be more than 0 USD per hour (leave an unknown price out)`;
  if (!/^https:\/\/\S+$/.test(p.source)) return `${p.instanceType} in ${p.region}: the source must be an https URL`;
  if (!DATE.test(p.asOf) || Number.isNaN(Date.parse(`${p.asOf}T00:00:00Z`))) return `${p.instanceType} in ${p.region}: asOf must be a date (YYYY-MM-DD)`;
  return undefined;
}

/** Prices by region, instance type, term and operating system; at most one entry for each. */
export class PriceCatalogue {
  private readonly prices = new Map<string, ListPrice>();

  constructor(entries: readonly ListPrice[]) {
    for (const entry of entries) {
      const problem = listPriceProblem(entry);
      if (problem) throw new Error(`Price catalogue: ${problem}`);
      const key = keyOf(entry.region, entry.instanceType, entry.term, entry.operatingSystem);
      if (this.prices.has(key)) throw new Error(`Price catalogue: ${entry.instanceType} in ${entry.region} (${entry.term}, ${entry.operatingSystem}) is listed twice`);
      this.prices.set(key, { ...entry });
    }
  }

  /** The on-demand Linux price of the type in the region; undefined when unknown. */
  onDemandLinux(region: string, instanceType: string): ListPrice | undefined {
    const price = this.prices.get(keyOf(region, instanceType, 'on-demand', 'linux'));
    return price ? { ...price } : undefined;
  }

  /** Every entry, for listings and checks. */
  entries(): ListPrice[] {
    return [...this.prices.values()].map((p) => ({ ...p }));
  }
}

function keyOf(region: string, instanceType: string, term: PriceTerm, os: PriceOperatingSystem): string {
  return `${region}|${instanceType}|${term}|${os}`;
}
