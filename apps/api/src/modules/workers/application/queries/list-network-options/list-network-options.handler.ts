import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { AppConfig } from '../../../../../config/app-config.js';
import { ensureManagedRegion } from '../../worker-config.policy.js';
import { LaunchNetwork, type NetworkOptions } from '../../launch-network.service.js';
import { ListNetworkOptionsQuery } from './list-network-options.query.js';

/** A region's subnets, security groups and key pairs for the provisioning form, asked of EC2 now, with the defaults a launch would use. */
@QueryHandler(ListNetworkOptionsQuery)
export class ListNetworkOptionsHandler implements IQueryHandler<ListNetworkOptionsQuery, NetworkOptions> {
  constructor(
    private readonly network: LaunchNetwork,
    private readonly config: AppConfig,
  ) {}

  execute({ region }: ListNetworkOptionsQuery): Promise<NetworkOptions> {
    ensureManagedRegion(this.config, region);
    return this.network.options(region);
  }
}
