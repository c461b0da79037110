import type { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import type { EC2Client } from '@aws-sdk/client-ec2';
import { DomainError } from '#kernel';
import { loadConfig } from '../../../../config/app-config.js';
import { AwsClients, type AwsClientSettings } from './aws-clients.js';

const baseEnv = { MONGODB_URI: 'mongodb://127.0.0.1:1/unused', OIDC_ISSUER_URL: 'http://127.0.0.1:1/realms/unused', AWS_REGIONS: 'us-east-1,eu-north-1' };

interface FakeClient {
  destroyed: number;
  destroy(): void;
}

function fakeClient(): FakeClient {
  return {
    destroyed: 0,
    destroy() {
      this.destroyed++;
    },
  };
}

function recordingClients(env: Record<string, string> = {}) {
  const made: { service: string; settings: AwsClientSettings }[] = [];
  const clients = new AwsClients(loadConfig({ ...baseEnv, ...env }), {
    ec2: (settings) => {
      made.push({ service: 'ec2', settings });
      return fakeClient() as unknown as EC2Client;
    },
    cloudWatch: (settings) => {
      made.push({ service: 'cloudwatch', settings });
      return fakeClient() as unknown as CloudWatchClient;
    },
  });
  return { clients, made };
}

describe('AwsClients', () => {
  it('creates one client per service and region and reuses it', () => {
    const { clients, made } = recordingClients();
    const first = clients.ec2('us-east-1');
    expect(clients.ec2('us-east-1')).toBe(first);
    expect(clients.ec2('eu-north-1')).not.toBe(first);
    clients.cloudWatch('us-east-1');
    clients.cloudWatch('us-east-1');
    expect(made.map((m) => `${m.service}@${m.settings.region}`)).toEqual(['ec2@us-east-1', 'ec2@eu-north-1', 'cloudwatch@us-east-1']);
  });

  it.each(['ap-south-1', 'us-west-2', ''])('refuses the unmanaged region "%s" before creating a client', (region) => {
    const { clients, made } = recordingClients();
    const attempt = () => clients.ec2(region);
    expect(attempt).toThrow(DomainError);
    expect(attempt).toThrow('use one of us-east-1, eu-north-1 (AWS_REGIONS)');
    try {
      clients.cloudWatch(region);
    } catch (err) {
      expect(err).toMatchObject({ code: 'WORKER.REGION_NOT_MANAGED', kind: 'invalid' });
    }
    expect(made).toHaveLength(0);
  });

  it('creates clients with the endpoint override, adaptive retries and the configured attempts', () => {
    const { clients, made } = recordingClients({ AWS_ENDPOINT_URL: 'http://127.0.0.1:5999', AWS_MAX_ATTEMPTS: '7' });
    clients.ec2('eu-north-1');
    expect(made[0]?.settings).toMatchObject({ region: 'eu-north-1', endpoint: 'http://127.0.0.1:5999', maxAttempts: 7, retryMode: 'adaptive' });
  });

  it('leaves the endpoint to the SDK when none is configured', () => {
    const { clients, made } = recordingClients();
    clients.cloudWatch('us-east-1');
    expect(made[0]?.settings).not.toHaveProperty('endpoint');
    expect(made[0]?.settings.maxAttempts).toBe(5);
  });

  it('shares one credential provider between every client', () => {
    const { clients, made } = recordingClients();
    clients.ec2('us-east-1');
    clients.ec2('eu-north-1');
    clients.cloudWatch('us-east-1');
    const providers = new Set(made.map((m) => m.settings.credentials));
    expect(providers.size).toBe(1);
    expect(typeof [...providers][0]).toBe('function');
  });

  it('uses a different provider (the assumed role) when a role ARN is configured', () => {
    const plain = recordingClients();
    const withRole = recordingClients({ AWS_ROLE_ARN: 'arn:aws:iam::123456789012:role/ccm' });
    plain.clients.ec2('us-east-1');
    withRole.clients.ec2('us-east-1');
    expect(withRole.made[0]?.settings.credentials).not.toBe(plain.made[0]?.settings.credentials);
    expect(typeof withRole.made[0]?.settings.credentials).toBe('function');
  });

  it('destroys every client it created', () => {
    const { clients } = recordingClients();
    const ec2 = clients.ec2('us-east-1') as unknown as FakeClient;
    const cw = clients.cloudWatch('eu-north-1') as unknown as FakeClient;
    clients.destroy();
    expect(ec2.destroyed).toBe(1);
    expect(cw.destroyed).toBe(1);
    expect(clients.ec2('us-east-1')).not.toBe(ec2);
  });
});
