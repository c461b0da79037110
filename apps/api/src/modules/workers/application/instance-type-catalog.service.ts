import { Injectable } from '@nestjs/common';
import { Clock } from '#kernel';
import { AppConfig } from '../../../config/app-config.js';
import { type CmlSuitability, cmlSuitability, compareForCml } from '../domain/cml-instance-type.rule.js';
import { type Ec2InstanceType, Ec2Port } from './ports/ec2.port.js';

/** An instance type a region offers: EC2's facts, and whether CML can run on it. */
export interface OfferedInstanceType extends Ec2InstanceType {
  suitability: CmlSuitability;
  /** Why CML cannot run on it, for an unsuitable type. */
  unsuitableReason?: string;
}

/** The instance types of one region, in picker order, as EC2 listed them at `listedAt`. */
export interface RegionInstanceTypes {
  region: string;
  /** ISO 8601: when EC2 was asked. */
  listedAt: string;
  types: OfferedInstanceType[];
}

interface Entry {
  expiresAt: number;
  listing: Promise<RegionInstanceTypes & { byName: Map<string, OfferedInstanceType> }>;
}

/**
 * The instance types each region offers, read from EC2 (offerings, then the types' facts) and kept
 * for WORKER_INSTANCE_TYPES_CACHE_MINUTES: they change a few times a year, and the provisioning
 * form and every provisioning request ask. Concurrent askers share one read; a failed read is not
 * kept, so the next ask tries again. Per app instance (nothing to share: it is AWS's data).
 */
@Injectable()
export class InstanceTypeCatalog {
  private readonly regions = new Map<string, Entry>();

  constructor(
    private readonly ec2: Ec2Port,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  /** Every type the region offers, bare metal first, then nested virtualisation, then the unsuitable. */
  async list(region: string): Promise<RegionInstanceTypes> {
    const { region: r, listedAt, types } = await this.entry(region);
    return { region: r, listedAt, types };
  }

  /** One type if the region offers it. */
  async find(region: string, instanceType: string): Promise<OfferedInstanceType | undefined> {
    return (await this.entry(region)).byName.get(instanceType);
  }

  private entry(region: string): Entry['listing'] {
    const now = this.clock.now().getTime();
    const cached = this.regions.get(region);
    if (cached && cached.expiresAt > now) return cached.listing;
    const entry: Entry = { expiresAt: now + this.config.workers.instanceTypesCacheMinutes * 60_000, listing: this.read(region, new Date(now)) };
    this.regions.set(region, entry);
    entry.listing.catch(() => {
      if (this.regions.get(region) === entry) this.regions.delete(region);
    });
    return entry.listing;
  }

  private async read(region: string, at: Date): Promise<RegionInstanceTypes & { byName: Map<string, OfferedInstanceType> }> {
    const [offered, described] = await Promise.all([this.ec2.describeInstanceTypeOfferings(region), this.ec2.describeInstanceTypes(region)]);
    const facts = new Map(described.map((t) => [t.instanceType, t]));
    const types = [...new Set(offered)].map((name) => toOffered(name, facts.get(name))).sort(compareForCml);
    return { region, listedAt: at.toISOString(), types, byName: new Map(types.map((t) => [t.instanceType, t])) };
  }
}

function toOffered(instanceType: string, facts: Ec2InstanceType | undefined): OfferedInstanceType {
  if (!facts) {
    // Offered, but EC2 would not describe it: nothing says it can run CML.
    return { instanceType, bareMetal: false, nestedVirtualization: false, architectures: [], suitability: 'unsuitable', unsuitableReason: 'EC2 does not describe it, so nothing says it can run CML' };
  }
  const verdict = cmlSuitability(facts);
  return {
    instanceType,
    vcpus: facts.vcpus,
    memoryMiB: facts.memoryMiB,
    bareMetal: facts.bareMetal,
    nestedVirtualization: facts.nestedVirtualization,
    architectures: facts.architectures,
    suitability: verdict.suitability,
    ...(verdict.reason ? { unsuitableReason: verdict.reason } : {}),
  };
}
