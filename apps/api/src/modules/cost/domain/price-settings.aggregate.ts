import { type Actor, AggregateRoot, type ChangeContext } from '#kernel';
import { CostErrors } from './cost.errors.js';
import { isAwsRegion, isInstanceType } from './price-catalogue.js';
import type { DiscountChange, OverrideChange } from './price-history.rule.js';
import { isVolumeType, VOLUME_TYPES } from './storage-price-catalogue.js';

/** One change of an admin's price: from `at` on, `usd`; null is the override cleared (back to the list price). */
export interface PriceChangeRecord {
  /** ISO 8601 UTC. */
  at: string;
  usd: number | null;
  by: Actor;
}

/** Every change of an admin's hourly price of an instance type in a region, oldest first. */
export interface InstancePriceRecord {
  region: string;
  instanceType: string;
  changes: PriceChangeRecord[];
}

/** Every change of an admin's storage price (USD per GiB-month) of a volume type in a region, oldest first. */
export interface StoragePriceRecord {
  region: string;
  volumeType: string;
  changes: PriceChangeRecord[];
}

export interface DiscountRecord {
  at: string;
  percent: number;
  by: Actor;
}

export interface PriceSettingsState {
  instances: InstancePriceRecord[];
  storage: StoragePriceRecord[];
  /** Every change of the fleet discount, oldest first; none: 0 %. */
  discount: DiscountRecord[];
}

/** An override in force now: its price, who set it and when. */
export interface OverrideNow {
  usd: number;
  setBy: Actor;
  setAt: string;
}

/** The one document of the fleet's price settings (there is one fleet). */
export const PRICE_SETTINGS_ID = 'price-settings';

const last = <T>(list: readonly T[]): T | undefined => list.at(-1);

function priceProblems(region: string, type: { field: string; value: string; ok: boolean; hint: string }, usd: number, unit: string): string[] {
  const problems: string[] = [];
  if (!isAwsRegion(region)) problems.push(`region "${region}" is not an AWS region; use a region code such as us-east-1`);
  if (!type.ok) problems.push(`${type.field} "${type.value}" is not ${type.hint}`);
  if (typeof usd !== 'number' || !Number.isFinite(usd) || usd <= 0) problems.push(`the price must be more than 0 ${unit} (to go back to the list price, clear the override with DELETE)`);
  return problems;
}

const instanceTypeCheck = (instanceType: string) => ({ field: 'instance type', value: instanceType, ok: isInstanceType(instanceType), hint: 'an EC2 instance type such as m5zn.metal' });
const volumeTypeCheck = (volumeType: string) => ({ field: 'volume type', value: volumeType, ok: isVolumeType(volumeType), hint: `an EBS volume type (${VOLUME_TYPES.join(', ')})` });

/**
 * What admins set over the list prices: an hourly price per instance type and region, a storage
 * price per volume type and region, and the fleet discount. Every change is kept with its time
 * and author, because a change applies from the moment it is made: runs before it keep their price
 * (ADR 0046). Clearing an override is a change too (back to the list price).
 */
export class PriceSettings extends AggregateRoot<PriceSettingsState> {
  readonly aggregateType = 'price-settings';

  constructor(id: string, state: PriceSettingsState, version: number) {
    super(id, state, version);
  }

  /** The settings before any admin set anything: list prices, no discount. */
  static initial(): PriceSettings {
    return new PriceSettings(PRICE_SETTINGS_ID, { instances: [], storage: [], discount: [] }, 0);
  }

  setInstancePrice(region: string, instanceType: string, usdPerHour: number, ctx: ChangeContext): void {
    const problems = priceProblems(region, instanceTypeCheck(instanceType), usdPerHour, 'USD per hour');
    if (problems.length) throw CostErrors.priceInvalid(problems);
    const record = this.instanceRecord(region, instanceType, true)!;
    this.change(record.changes, usdPerHour, ctx, { kind: 'instance', region, instanceType });
  }

  clearInstancePrice(region: string, instanceType: string, ctx: ChangeContext): void {
    const record = this.instanceRecord(region, instanceType, false);
    if (!record || last(record.changes)?.usd == null) throw CostErrors.overrideNotFound(instanceType, region);
    this.change(record.changes, null, ctx, { kind: 'instance', region, instanceType });
  }

  setStoragePrice(region: string, volumeType: string, usdPerGibMonth: number, ctx: ChangeContext): void {
    const problems = priceProblems(region, volumeTypeCheck(volumeType), usdPerGibMonth, 'USD per GiB-month');
    if (problems.length) throw CostErrors.priceInvalid(problems);
    const record = this.storageRecord(region, volumeType, true)!;
    this.change(record.changes, usdPerGibMonth, ctx, { kind: 'storage', region, volumeType });
  }

  clearStoragePrice(region: string, volumeType: string, ctx: ChangeContext): void {
    const record = this.storageRecord(region, volumeType, false);
    if (!record || last(record.changes)?.usd == null) throw CostErrors.overrideNotFound(`${volumeType} storage`, region);
    this.change(record.changes, null, ctx, { kind: 'storage', region, volumeType });
  }

  setDiscount(percent: number, ctx: ChangeContext): void {
    if (typeof percent !== 'number' || !Number.isFinite(percent) || percent < 0 || percent >= 100) throw CostErrors.discountInvalid(percent);
    const from = this.discountPercent;
    if (from === percent) return;
    this.state.discount.push({ at: ctx.now.toISOString(), percent, by: ctx.actor });
    this.raise('cost.discount-changed', { from, to: percent }, ctx);
  }

  /** The discount in force now, percent. */
  get discountPercent(): number {
    return last(this.state.discount)?.percent ?? 0;
  }

  /** The last change of the discount, if any. */
  get discountSet(): DiscountRecord | undefined {
    const found = last(this.state.discount);
    return found ? structuredClone(found) : undefined;
  }

  /** The instance override in force now; undefined when the list price is. */
  instanceOverride(region: string, instanceType: string): OverrideNow | undefined {
    return overrideNow(this.instanceRecord(region, instanceType, false)?.changes);
  }

  storageOverride(region: string, volumeType: string): OverrideNow | undefined {
    return overrideNow(this.storageRecord(region, volumeType, false)?.changes);
  }

  /** Every instance type and region an admin ever priced, with the changes (copies). */
  instanceRecords(): InstancePriceRecord[] {
    return structuredClone(this.state.instances);
  }

  storageRecords(): StoragePriceRecord[] {
    return structuredClone(this.state.storage);
  }

  /** The changes of one instance price as the history rule reads them. */
  instanceChanges(region: string, instanceType: string): OverrideChange[] {
    return toChanges(this.instanceRecord(region, instanceType, false)?.changes);
  }

  storageChanges(region: string, volumeType: string): OverrideChange[] {
    return toChanges(this.storageRecord(region, volumeType, false)?.changes);
  }

  discountChanges(): DiscountChange[] {
    return this.state.discount.map((d) => ({ at: new Date(d.at), percent: d.percent }));
  }

  private change(changes: PriceChangeRecord[], usd: number | null, ctx: ChangeContext, what: { kind: 'instance' | 'storage'; region: string; instanceType?: string; volumeType?: string }): void {
    const from = last(changes)?.usd ?? undefined;
    // The same price again is no change: nothing to keep, nothing to audit.
    if (usd !== null && from === usd) return;
    changes.push({ at: ctx.now.toISOString(), usd, by: ctx.actor });
    // Absent, not undefined: a stored undefined comes back as null, which the payload schema does not allow.
    this.raise('cost.price-changed', { ...what, ...(from !== undefined ? { from } : {}), ...(usd !== null ? { to: usd } : {}) }, ctx);
  }

  private instanceRecord(region: string, instanceType: string, create: boolean): InstancePriceRecord | undefined {
    let record = this.state.instances.find((r) => r.region === region && r.instanceType === instanceType);
    if (!record && create) this.state.instances.push((record = { region, instanceType, changes: [] }));
    return record;
  }

  private storageRecord(region: string, volumeType: string, create: boolean): StoragePriceRecord | undefined {
    let record = this.state.storage.find((r) => r.region === region && r.volumeType === volumeType);
    if (!record && create) this.state.storage.push((record = { region, volumeType, changes: [] }));
    return record;
  }
}

function overrideNow(changes: readonly PriceChangeRecord[] | undefined): OverrideNow | undefined {
  const found = changes?.at(-1);
  return found && found.usd !== null ? { usd: found.usd, setBy: { ...found.by }, setAt: found.at } : undefined;
}

function toChanges(changes: readonly PriceChangeRecord[] | undefined): OverrideChange[] {
  return (changes ?? []).map((c) => ({ at: new Date(c.at), usd: c.usd }));
}
