import { cmlSuitability, compareForCml, type InstanceTypeFacts } from './cml-instance-type.rule.js';

const facts = (over: Partial<InstanceTypeFacts>): InstanceTypeFacts => ({ instanceType: 'x.large', bareMetal: false, nestedVirtualization: false, architectures: ['x86_64'], ...over });

describe('cmlSuitability', () => {
  it.each([
    ['x86 bare metal', facts({ instanceType: 'm5zn.metal', bareMetal: true }), 'bare-metal'],
    ['x86 bare metal that also lists nested virtualisation', facts({ bareMetal: true, nestedVirtualization: true }), 'bare-metal'],
    ['x86 virtualised with nested virtualisation', facts({ instanceType: 'm8i.4xlarge', nestedVirtualization: true }), 'nested-virtualization'],
    ['x86 virtualised without it', facts({ instanceType: 'c5.2xlarge' }), 'unsuitable'],
    ['arm64 bare metal (Graviton)', facts({ instanceType: 'm7g.metal', bareMetal: true, architectures: ['arm64'] }), 'unsuitable'],
    ['Mac bare metal', facts({ instanceType: 'mac1.metal', bareMetal: true, architectures: ['x86_64_mac'] }), 'unsuitable'],
    ['x86 virtualised that also reports i386 (no nested virtualisation)', facts({ instanceType: 't2.micro', architectures: ['i386', 'x86_64'] }), 'unsuitable'],
    ['x86 and i386 bare metal', facts({ architectures: ['i386', 'x86_64'], bareMetal: true }), 'bare-metal'],
    ['no architecture reported', facts({ bareMetal: true, architectures: [] }), 'unsuitable'],
  ] as const)('%s: %s', (_label, input, expected) => {
    expect(cmlSuitability(input).suitability).toBe(expected);
  });

  it('says why a type is unsuitable', () => {
    expect(cmlSuitability(facts({ instanceType: 'c5.2xlarge' })).reason).toBe('it is neither bare metal nor supports nested virtualisation, so CML cannot start its nodes');
    expect(cmlSuitability(facts({ bareMetal: true, architectures: ['arm64'] })).reason).toBe('its processor architecture is arm64; CML needs x86_64');
    expect(cmlSuitability(facts({ bareMetal: true })).reason).toBeUndefined();
  });
});

describe('compareForCml', () => {
  it('puts bare metal first, then nested virtualisation, then the unsuitable, each by name with numbers in order', () => {
    const list = [
      { instanceType: 't3.micro', suitability: 'unsuitable' as const },
      { instanceType: 'm8i.large', suitability: 'nested-virtualization' as const },
      { instanceType: 'm7i.metal-48xl', suitability: 'bare-metal' as const },
      { instanceType: 'c5.metal', suitability: 'bare-metal' as const },
      { instanceType: 'm7i.metal-24xl', suitability: 'bare-metal' as const },
      { instanceType: 'c5.2xlarge', suitability: 'unsuitable' as const },
      { instanceType: 'c8i.large', suitability: 'nested-virtualization' as const },
      { instanceType: 'c5.12xlarge', suitability: 'unsuitable' as const },
    ];
    expect(list.sort(compareForCml).map((t) => t.instanceType)).toEqual(['c5.metal', 'm7i.metal-24xl', 'm7i.metal-48xl', 'c8i.large', 'm8i.large', 'c5.2xlarge', 'c5.12xlarge', 't3.micro']);
  });
});
