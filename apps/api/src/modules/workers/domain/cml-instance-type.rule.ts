/**
 * Which EC2 instance types can run a CML controller. CML runs its nodes as KVM virtual machines, so
 * the host needs hardware virtualisation: a bare-metal instance, or one of the few virtualised
 * types that offer nested virtualisation (EC2 reports `nested-virtualization` among the processor's
 * supported features; it is enabled at launch). CML images are x86-64 only. See ADR 0025.
 */

/** Why a type can run CML, or that it cannot: the order of the console's picker. */
export type CmlSuitability = 'bare-metal' | 'nested-virtualization' | 'unsuitable';

/** What EC2 says about an instance type, as far as this rule needs it. */
export interface InstanceTypeFacts {
  instanceType: string;
  bareMetal: boolean;
  /** EC2 lists `nested-virtualization` among the processor's supported features. */
  nestedVirtualization: boolean;
  /** `x86_64`, `arm64`, `x86_64_mac` ... */
  architectures: readonly string[];
}

export interface CmlVerdict {
  suitability: CmlSuitability;
  /** Why not, for an unsuitable type. */
  reason?: string;
}

const ORDER: Record<CmlSuitability, number> = { 'bare-metal': 0, 'nested-virtualization': 1, unsuitable: 2 };

/** Whether CML can run on the type, and why not. */
export function cmlSuitability(facts: InstanceTypeFacts): CmlVerdict {
  if (!facts.architectures.includes('x86_64')) {
    const arch = facts.architectures.join(', ') || 'unknown';
    return { suitability: 'unsuitable', reason: `its processor architecture is ${arch}; CML needs x86_64` };
  }
  if (facts.bareMetal) return { suitability: 'bare-metal' };
  if (facts.nestedVirtualization) return { suitability: 'nested-virtualization' };
  return { suitability: 'unsuitable', reason: 'it is neither bare metal nor supports nested virtualisation, so CML cannot start its nodes' };
}

const byName = new Intl.Collator('en', { numeric: true });

/** Picker order: bare metal first, then nested virtualisation, then the unsuitable; by name within each. */
export function compareForCml(a: { instanceType: string; suitability: CmlSuitability }, b: { instanceType: string; suitability: CmlSuitability }): number {
  return ORDER[a.suitability] - ORDER[b.suitability] || byName.compare(a.instanceType, b.instanceType);
}
