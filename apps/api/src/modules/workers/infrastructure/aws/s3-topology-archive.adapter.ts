import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { AppConfig } from '../../../../config/app-config.js';
import { TopologyArchivePort } from '../../application/ports/topology-archive.port.js';
import { AwsClients } from './aws-clients.js';

/**
 * Topologies to an S3 bucket, with the same credentials, endpoint and retries as the EC2 clients.
 * Path-style addressing when an endpoint is configured (moto, S3-compatible stores).
 */
@Injectable()
export class S3TopologyArchive extends TopologyArchivePort implements OnApplicationShutdown {
  private readonly clients = new Map<string, S3Client>();
  private readonly aws: AwsClients;

  constructor(private readonly config: AppConfig) {
    super();
    this.aws = new AwsClients(config);
  }

  async put(region: string, bucket: string, key: string, yaml: string): Promise<string> {
    await this.client(region).send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: yaml, ContentType: 'application/x-yaml', ServerSideEncryption: 'AES256' }));
    return `s3://${bucket}/${key}`;
  }

  private client(region: string): S3Client {
    let client = this.clients.get(region);
    if (!client) {
      const settings = this.aws.settings(region);
      client = new S3Client({ ...settings, forcePathStyle: Boolean(settings.endpoint) });
      this.clients.set(region, client);
    }
    return client;
  }

  onApplicationShutdown(): void {
    for (const c of this.clients.values()) c.destroy();
    this.clients.clear();
  }
}
