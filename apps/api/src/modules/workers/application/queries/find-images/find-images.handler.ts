import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { AppConfig } from '../../../../../config/app-config.js';
import { ensureManagedRegion } from '../../worker-config.policy.js';
import { Ec2Port, isImageNotFound } from '../../ports/ec2.port.js';
import { FindImagesQuery, type FoundImage } from './find-images.query.js';

/**
 * What an AMI criterion matches, newest first: tells "no AMI matches" apart from "the AMI has no
 * instances" when a discovery finds nothing.
 */
@QueryHandler(FindImagesQuery)
export class FindImagesHandler implements IQueryHandler<FindImagesQuery, FoundImage[]> {
  constructor(
    private readonly ec2: Ec2Port,
    private readonly config: AppConfig,
  ) {}

  async execute({ region, criteria }: FindImagesQuery): Promise<FoundImage[]> {
    ensureManagedRegion(this.config, region);
    const images = criteria.amiId
      ? await this.ec2.describeImages(region, { imageIds: [criteria.amiId] }).catch((err: unknown) => {
          if (isImageNotFound(err)) return [];
          throw err;
        })
      : await this.ec2.describeImages(region, { namePattern: criteria.amiName });
    return images
      .map((i) => ({ imageId: i.imageId, name: i.name, description: i.description, creationDate: i.creationDate }))
      .sort((a, b) => (b.creationDate ?? '').localeCompare(a.creationDate ?? '') || a.name.localeCompare(b.name));
  }
}
