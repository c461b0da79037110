import type { Actor } from '#kernel';

/** Sets an admin's hourly price of an instance type in a region, from now on. */
export class SetInstancePriceCommand {
  constructor(
    readonly region: string,
    readonly instanceType: string,
    readonly usdPerHour: number,
    readonly actor: Actor,
  ) {}
}

/** Clears it: back to the list price, from now on. */
export class ClearInstancePriceCommand {
  constructor(
    readonly region: string,
    readonly instanceType: string,
    readonly actor: Actor,
  ) {}
}

/** Sets an admin's storage price of an EBS volume type in a region (USD per GiB-month), from now on. */
export class SetStoragePriceCommand {
  constructor(
    readonly region: string,
    readonly volumeType: string,
    readonly usdPerGibMonth: number,
    readonly actor: Actor,
  ) {}
}

export class ClearStoragePriceCommand {
  constructor(
    readonly region: string,
    readonly volumeType: string,
    readonly actor: Actor,
  ) {}
}

/** Sets the fleet discount on compute (percent, 0 <= n < 100), from now on. */
export class SetDiscountCommand {
  constructor(
    readonly percent: number,
    readonly actor: Actor,
  ) {}
}
