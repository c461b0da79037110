import { CloudWatchClient, type CloudWatchClientConfig } from '@aws-sdk/client-cloudwatch';
import { EC2Client, type EC2ClientConfig } from '@aws-sdk/client-ec2';
import { fromNodeProviderChain, fromTemporaryCredentials } from '@aws-sdk/credential-providers';
import { AppConfig } from '../../../../config/app-config.js';
import { WorkerErrors } from '../../domain/worker.errors.js';

/** The settings every EC2 and CloudWatch client of one region is created with. */
export interface AwsClientSettings {
  region: string;
  endpoint?: string;
  maxAttempts: number;
  retryMode: 'adaptive';
  credentials: NonNullable<EC2ClientConfig['credentials']>;
}

/** How clients are built; tests hand in fakes, production uses the SDK constructors. */
export interface AwsClientMakers {
  ec2(settings: AwsClientSettings): EC2Client;
  cloudWatch(settings: AwsClientSettings): CloudWatchClient;
}

const sdkMakers: AwsClientMakers = {
  ec2: (settings) => new EC2Client(settings satisfies EC2ClientConfig),
  cloudWatch: (settings) => new CloudWatchClient(settings satisfies CloudWatchClientConfig),
};

// AssumeRole session name, visible in CloudTrail as the caller.
const ROLE_SESSION_NAME = 'cml-cloud-manager';

/**
 * One EC2Client and one CloudWatchClient per managed region, created on first use and reused:
 * each client keeps its own connection pool and adaptive-retry token bucket, which only works if
 * it lives as long as the process. Regions outside `aws.regions` are refused before any call.
 */
export class AwsClients {
  private readonly ec2Clients = new Map<string, EC2Client>();
  private readonly cloudWatchClients = new Map<string, CloudWatchClient>();
  private credentials?: AwsClientSettings['credentials'];

  constructor(
    private readonly config: AppConfig,
    private readonly makers: AwsClientMakers = sdkMakers,
  ) {}

  /** The EC2 client of a managed region. */
  ec2(region: string): EC2Client {
    return this.cached(this.ec2Clients, region, (s) => this.makers.ec2(s));
  }

  /** The CloudWatch client of a managed region. */
  cloudWatch(region: string): CloudWatchClient {
    return this.cached(this.cloudWatchClients, region, (s) => this.makers.cloudWatch(s));
  }

  /** Throws `WORKER.REGION_NOT_MANAGED` unless the region is one of `aws.regions`. */
  assertManaged(region: string): void {
    if (!this.config.aws.regions.includes(region)) throw WorkerErrors.regionNotManaged(region, this.config.aws.regions);
  }

  /** The settings a client of this region is created with. */
  settings(region: string): AwsClientSettings {
    const { endpoint, maxAttempts } = this.config.aws;
    return { region, ...(endpoint ? { endpoint } : {}), maxAttempts, retryMode: 'adaptive', credentials: this.credentialProvider() };
  }

  /** Closes every client's sockets (on application shutdown). */
  destroy(): void {
    for (const client of [...this.ec2Clients.values(), ...this.cloudWatchClients.values()]) client.destroy();
    this.ec2Clients.clear();
    this.cloudWatchClients.clear();
  }

  private cached<C>(cache: Map<string, C>, region: string, make: (settings: AwsClientSettings) => C): C {
    this.assertManaged(region);
    let client = cache.get(region);
    if (!client) {
      client = make(this.settings(region));
      cache.set(region, client);
    }
    return client;
  }

  // One provider for every client, so the default chain is resolved (and the role assumed) once
  // per process rather than once per region and service; the SDK refreshes it before expiry.
  private credentialProvider(): AwsClientSettings['credentials'] {
    if (!this.credentials) {
      const { roleArn, endpoint, defaultRegion, maxAttempts } = this.config.aws;
      const base = fromNodeProviderChain();
      this.credentials = roleArn
        ? fromTemporaryCredentials({
            params: { RoleArn: roleArn, RoleSessionName: ROLE_SESSION_NAME },
            masterCredentials: base,
            // With an endpoint override (moto) STS must go there too, never to real AWS.
            clientConfig: { region: defaultRegion, maxAttempts, ...(endpoint ? { endpoint } : {}) },
          })
        : base;
    }
    return this.credentials;
  }
}

/** Optional tuning of the AWS adapters; the production wiring provides none. */
export interface AwsAdapterOptions {
  /** Share one client cache between the adapters, or hand in fake clients in unit tests. */
  clients?: AwsClients;
  /** DescribeInstances page size (5 to 1000, default 1000); tests use small pages to cross page boundaries. */
  describeInstancesPageSize?: number;
}

/** Injection token of {@link AwsAdapterOptions}. */
export const AWS_ADAPTER_OPTIONS = Symbol('AWS_ADAPTER_OPTIONS');
