import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { AppConfig } from '../../../../../config/app-config.js';
import { ensureManagedRegion } from '../../worker-config.policy.js';
import { InstanceTypeCatalog } from '../../instance-type-catalog.service.js';
import { InstancePrices } from '../../ports/instance-prices.port.js';
import { type InstanceTypeListing, ListInstanceTypesQuery } from './list-instance-types.query.js';

/** The instance types a region offers, bare metal first, each with its list price when one is known. */
@QueryHandler(ListInstanceTypesQuery)
export class ListInstanceTypesHandler implements IQueryHandler<ListInstanceTypesQuery, InstanceTypeListing> {
  constructor(
    private readonly catalog: InstanceTypeCatalog,
    private readonly prices: InstancePrices,
    private readonly config: AppConfig,
  ) {}

  async execute({ region }: ListInstanceTypesQuery): Promise<InstanceTypeListing> {
    ensureManagedRegion(this.config, region);
    const { listedAt, types } = await this.catalog.list(region);
    return {
      region,
      listedAt,
      items: types.map((t) => ({
        instanceType: t.instanceType,
        vcpus: t.vcpus,
        memoryMiB: t.memoryMiB,
        bareMetal: t.bareMetal,
        nestedVirtualization: t.nestedVirtualization,
        architectures: t.architectures,
        suitability: t.suitability,
        suitable: t.suitability !== 'unsuitable',
        unsuitableReason: t.unsuitableReason,
        price: this.prices.onDemandLinux(region, t.instanceType) ?? null,
      })),
    };
  }
}
