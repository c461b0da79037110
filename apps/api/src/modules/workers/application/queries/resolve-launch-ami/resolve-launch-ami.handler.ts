import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { AppConfig } from '../../../../../config/app-config.js';
import { ensureManagedRegion } from '../../worker-config.policy.js';
import { LaunchAmiResolver } from '../../launch-ami-resolver.service.js';
import { type ResolvedLaunchAmi, ResolveLaunchAmiQuery } from './resolve-launch-ami.query.js';

/** Which AMI provisioning would launch with the same region and criteria, asked of EC2 now. */
@QueryHandler(ResolveLaunchAmiQuery)
export class ResolveLaunchAmiHandler implements IQueryHandler<ResolveLaunchAmiQuery, ResolvedLaunchAmi> {
  constructor(
    private readonly amis: LaunchAmiResolver,
    private readonly config: AppConfig,
  ) {}

  async execute({ region, criteria }: ResolveLaunchAmiQuery): Promise<ResolvedLaunchAmi> {
    ensureManagedRegion(this.config, region);
    const { image, chosenBy, namePattern } = await this.amis.resolve(region, criteria);
    return { region, amiId: image.imageId, name: image.name, description: image.description, creationDate: image.creationDate, chosenBy, namePattern };
  }
}
