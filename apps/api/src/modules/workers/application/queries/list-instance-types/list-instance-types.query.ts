import type { CmlSuitability } from '../../../domain/cml-instance-type.rule.js';
import type { HourlyListPrice } from '../../ports/instance-prices.port.js';

export class ListInstanceTypesQuery {
  constructor(readonly region: string) {}
}

export interface InstanceTypeItem {
  instanceType: string;
  vcpus?: number;
  memoryMiB?: number;
  bareMetal: boolean;
  nestedVirtualization: boolean;
  architectures: string[];
  suitability: CmlSuitability;
  /** False for `unsuitable`: provisioning refuses it unless told to launch it anyway. */
  suitable: boolean;
  unsuitableReason?: string;
  /** Null when no list price is known. */
  price: HourlyListPrice | null;
}

export interface InstanceTypeListing {
  region: string;
  /** ISO 8601: when EC2 was asked (the listing is cached). */
  listedAt: string;
  items: InstanceTypeItem[];
}
