/** Events of the cost module: admins' prices and the fleet discount (docs/cost.md, "Prices"). */

/** Which price an admin changed: an instance type's hourly price or a volume type's storage price. */
export type PriceKind = 'instance' | 'storage';

export interface CostEvents {
  /**
   * An admin set or cleared the price of an instance type (`instanceType`, USD per hour) or of an
   * EBS volume type (`volumeType`, USD per GiB-month) in a region, from now on. `from` absent: the
   * list price was in force; `to` absent: the override was cleared, back to the list price.
   */
  'cost.price-changed': { kind: PriceKind; region: string; instanceType?: string; volumeType?: string; from?: number; to?: number };
  /** An admin changed the fleet discount (percent, on compute), from now on. */
  'cost.discount-changed': { from: number; to: number };
}
