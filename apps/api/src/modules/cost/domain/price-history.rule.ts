import type { PriceStep } from './metering.rule.js';

/**
 * How list prices, admins' overrides and the fleet discount make the prices metering reads
 * (docs/cost.md, "Prices"; ADR 0046). Every change applies from the instant it was made on: the
 * history is a step function, so a run that crosses a change is priced in two parts and a run
 * before it keeps its price.
 */

/** An admin's change of one price: from `at` on, `usd`; null is the override cleared (back to the list price). */
export interface OverrideChange {
  at: Date;
  usd: number | null;
}

/** A change of the fleet discount: from `at` on, `percent` (0 <= percent < 100). */
export interface DiscountChange {
  at: Date;
  percent: number;
}

const EPOCH = new Date(0);

// The last change at or before `at`; of changes at the same instant, the one made last.
function inForce<C extends { at: Date }>(changes: readonly C[], at: Date): C | undefined {
  let found: C | undefined;
  for (const change of changes) if (change.at <= at && (!found || change.at >= found.at)) found = change;
  return found;
}

/** The price of one type or volume type at an instant, before any discount: the override in force, else the list price. */
export function priceInForce(listUsd: number | undefined, overrides: readonly OverrideChange[], at: Date): number | undefined {
  return inForce(overrides, at)?.usd ?? listUsd;
}

/** The discount in force at an instant, percent; 0 before the first change. */
export function discountInForce(discounts: readonly DiscountChange[], at: Date): number {
  return inForce(discounts, at)?.percent ?? 0;
}

/**
 * The hourly price history of one instance type in one region, oldest first: the list price from
 * the epoch, each override from its change on, and the discount in force at each instant taken off
 * (the cut points of both step functions merged). A step of `undefined` is an unknown price from
 * then on (an override cleared on a type without a list price); a history that never had a price
 * is empty, never 0.
 */
export function computePriceHistory(listUsdPerHour: number | undefined, overrides: readonly OverrideChange[], discounts: readonly DiscountChange[]): PriceStep[] {
  const cuts = [...new Set([EPOCH, ...overrides.map((o) => o.at), ...discounts.map((d) => d.at)].map((d) => d.getTime()))].sort((a, b) => a - b).map((t) => new Date(t));
  const steps: PriceStep[] = [];
  for (const at of cuts) {
    const base = priceInForce(listUsdPerHour, overrides, at);
    const usdPerHour = base === undefined ? undefined : (base * (100 - discountInForce(discounts, at))) / 100;
    const previous = steps.at(-1);
    // Unknown until something is known: no step. The same price again: no new step.
    if (!previous ? usdPerHour === undefined : previous.usdPerHour === usdPerHour) continue;
    steps.push({ from: at, usdPerHour });
  }
  return steps;
}
