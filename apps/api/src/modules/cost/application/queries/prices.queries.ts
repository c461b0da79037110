/** One instance type's hourly price in a region, as admins and the console read it. */
export interface InstancePriceView {
  region: string;
  instanceType: string;
  /** In force now, before the discount: the admin's price, else the list price. */
  usdPerHour: number;
  listUsdPerHour: number | null;
  /** The AWS page the list price was read from, or `admin` while an admin's price is in force. */
  source: string;
  /** YYYY-MM-DD: when the list price was read, or when the admin's price was set. */
  asOf: string;
  overridden: boolean;
  setBy?: string;
  setAt?: string;
}

/** One EBS volume type's storage price in a region (USD per GiB-month). */
export interface StoragePriceView {
  region: string;
  volumeType: string;
  usdPerGibMonth: number;
  listUsdPerGibMonth: number | null;
  source: string;
  asOf: string;
  overridden: boolean;
  setBy?: string;
  setAt?: string;
}

export interface PriceListView {
  discountPercent: number;
  discountSetBy?: string;
  discountSetAt?: string;
  instances: InstancePriceView[];
  storage: StoragePriceView[];
}

/** Every price in force now: the catalogues' and the admins', with the discount. */
export class ListPricesQuery {}

/** One price in force now; undefined when it has none (unknown). */
export class GetPriceQuery {
  constructor(
    readonly kind: 'instance' | 'storage',
    readonly region: string,
    /** The instance type or the volume type. */
    readonly type: string,
  ) {}
}
