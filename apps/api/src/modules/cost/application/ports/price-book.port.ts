import type { PriceHistory, StoragePrice } from '../../domain/metering.rule.js';

/** The prices metering uses at one moment: list prices, admins' overrides and the discount, with their history. */
export interface PriceSnapshot {
  /**
   * Hourly on-demand Linux compute price of a type in a region, oldest step first, the discount in
   * force at each step already taken off; empty when the price is unknown (never 0).
   */
  compute: PriceHistory;
  /** USD per GiB-month of an EBS volume type in a region now; undefined when unknown. Not discounted. */
  storage: StoragePrice;
  /** The discount in force now, percent (0 when none). */
  discountPercent: number;
}

/** Where the prices come from: the shipped catalogue, overridden by admins (ADR 0025, docs/cost.md). */
export abstract class PriceBook {
  /** Every price and its history, read once for a whole report or projector run. */
  abstract snapshot(): Promise<PriceSnapshot>;
}
