import { Injectable } from '@nestjs/common';
import { WorkerErrors } from '../domain/worker.errors.js';
import { AppConfig } from '../../../config/app-config.js';
import { type AmiImage, Ec2Port, isImageNotFound } from './ports/ec2.port.js';

/** Where the AMI of a launch came from. */
export type AmiChoice = 'ami-id' | 'ami-name' | 'region-default-id' | 'default-name';

/** The AMI a launch would use, and how it was chosen. */
export interface LaunchAmi {
  image: AmiImage;
  chosenBy: AmiChoice;
  /** The name pattern searched, when the AMI was found by name. */
  namePattern?: string;
}

/**
 * Decides the AMI of a launch: the one named by id, else the newest matching a name pattern, else
 * the region's default id (WORKER_DEFAULT_AMI_IDS), else the newest matching WORKER_DEFAULT_AMI_NAME.
 * Provisioning and the console's preview both ask it, so the preview shows what a launch would use.
 */
@Injectable()
export class LaunchAmiResolver {
  constructor(
    private readonly ec2: Ec2Port,
    private readonly config: AppConfig,
  ) {}

  async resolve(region: string, criteria: { amiId?: string; amiName?: string } = {}): Promise<LaunchAmi> {
    const { amiId, amiName } = criteria;
    const defaultId = amiId || amiName ? undefined : this.config.workers.defaultAmiIds[region];
    const id = amiId ?? defaultId;
    const name = id ? undefined : (amiName ?? this.config.workers.defaultAmiName);
    const chosenBy: AmiChoice = amiId ? 'ami-id' : amiName ? 'ami-name' : defaultId ? 'region-default-id' : 'default-name';
    if (!id && !name) {
      throw WorkerErrors.noAmi(region);
    }
    let images: AmiImage[];
    try {
      images = await this.ec2.describeImages(region, id ? { imageIds: [id] } : { namePattern: name });
    } catch (err) {
      if (isImageNotFound(err)) images = [];
      else throw err;
    }
    const newest = [...images].sort((a, b) => (b.creationDate ?? '').localeCompare(a.creationDate ?? ''))[0];
    if (!newest) {
      throw WorkerErrors.amiNotFound(region, id ? { amiId: id } : { amiName: name!, owners: this.config.aws.amiOwners });
    }
    return { image: newest, chosenBy, ...(name ? { namePattern: name } : {}) };
  }
}
