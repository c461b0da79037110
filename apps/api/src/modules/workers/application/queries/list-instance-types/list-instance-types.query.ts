import type { OfferedInstanceType } from '../../instance-type-catalog.service.js';
import type { HourlyListPrice } from '../../ports/instance-prices.port.js';

export class ListInstanceTypesQuery {
  constructor(readonly region: string) {}
}

/** An offered type as the provisioning form lists it. */
export interface InstanceTypeItem extends OfferedInstanceType {
  /** False for `unsuitable`: provisioning refuses it unless told to launch it anyway. */
  suitable: boolean;
  /** Null when no list price is known. */
  price: HourlyListPrice | null;
}

export interface InstanceTypeListing {
  region: string;
  /** ISO 8601: when EC2 was asked (the listing is cached). */
  listedAt: string;
  items: InstanceTypeItem[];
}
