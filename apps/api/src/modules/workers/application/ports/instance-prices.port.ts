/** A published hourly price of an instance type: an estimate to compare types, not a bill. */
export interface HourlyListPrice {
  /** US dollars per instance hour, more than 0. */
  usdPerHour: number;
  term: 'on-demand';
  operatingSystem: 'linux';
  /** Where the figure was read (a URL). */
  source: string;
  /** When it was read: YYYY-MM-DD. */
  asOf: string;
}

/** List prices of instance types (the cost module's catalogue, narrowed to what workers need). */
export abstract class InstancePrices {
  /** The on-demand Linux price of the type in the region; undefined when unknown. */
  abstract onDemandLinux(region: string, instanceType: string): HourlyListPrice | undefined;
}
