import type { Actor } from '#kernel';

export class ProvisionWorkerCommand {
  constructor(
    readonly input: {
      name: string;
      region: string;
      instanceType?: string;
      amiId?: string;
      amiName?: string;
      subnetId?: string;
      securityGroupIds?: string[];
      keyName?: string;
      /** Launch a type that cannot run CML (no bare metal, no nested virtualisation) anyway. */
      allowUnsuitableInstanceType?: boolean;
    },
    readonly actor: Actor,
  ) {}
}
