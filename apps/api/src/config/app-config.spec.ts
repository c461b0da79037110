import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from './app-config.js';
import { renderConfigDoc } from './config-doc.js';

const valid = { MONGODB_URI: 'mongodb://127.0.0.1:27027/ccm', OIDC_ISSUER_URL: 'http://127.0.0.1:8031/realms/cml-cloud-manager' };

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
  return [];
}

describe('loadConfig', () => {
  it('applies defaults when only the required variables are set', () => {
    const config = loadConfig(valid, '/repo');
    expect(config.http).toEqual({ host: '127.0.0.1', port: 8030, publicUrl: 'http://127.0.0.1:8030', trustProxy: false, shutdownDrainMs: 0, shutdownTimeoutMs: 10000 });
    expect(config.env).toBe('development');
    expect(config.redis.url).toBeUndefined();
    expect(config.web.distDir).toBe('/repo/web/dist');
  });

  it('tunes the collection cycle as it was tuned before it was configurable', () => {
    expect(loadConfig(valid).jobs.collection).toEqual({ writeConcurrency: 25, loadBatch: 200, describeSeconds: 1800, cloudWatchPeriodSeconds: 60, cloudWatchWindowMinutes: 15 });
  });

  it.each([
    ['PORT', 'abc', 'PORT: must be a whole number'],
    ['PORT', '70000', 'PORT: must be between 1 and 65535'],
    ['NODE_ENV', 'staging', 'NODE_ENV:'],
    ['TRUST_PROXY', 'maybe', 'TRUST_PROXY: must be false, a number of proxy hops (1-10), or comma-separated proxy addresses'],
    ['TRUST_PROXY', 'true', 'TRUST_PROXY: true would trust every hop'],
    ['TRUST_PROXY', '11', 'TRUST_PROXY: a hop count must be between 1 and 10'],
    ['TRUST_PROXY', '10.0.0.0/33', 'not understood: 10.0.0.0/33'],
    ['REDIS_KEY_PREFIX', 'has space', 'REDIS_KEY_PREFIX: must be 1-64 letters'],
    ['REDIS_URL', 'http://x', 'REDIS_URL: must be a URL starting with redis:// or rediss://'],
    ['PUBLIC_URL', 'not a url', 'PUBLIC_URL: must be a URL'],
    ['AWS_REGIONS', 'us-east-1,mars-1', 'AWS_REGIONS: must be a comma-separated list of AWS regions'],
    ['WORKER_DEFAULT_AMI_IDS', 'us-east-1:ami-1', 'WORKER_DEFAULT_AMI_IDS: must be region=ami-id pairs'],
    ['CML_CREDENTIALS_OVERRIDES', '{"w1": "nope"}', 'CML_CREDENTIALS_OVERRIDES: must be a JSON object'],
    ['AWS_ROLE_ARN', 'role/admin', 'AWS_ROLE_ARN: must be an IAM role ARN'],
    ['SSE_HEARTBEAT_SECONDS', '0', 'SSE_HEARTBEAT_SECONDS: must be between 1 and 300'],
    ['CLOUD_EVENT_SINK', 'ftp://sink', 'CLOUD_EVENT_SINK: must be a URL starting with http:// or https://'],
    ['CLOUD_EVENT_TYPE_PREFIX', 'io..ccm', 'CLOUD_EVENT_TYPE_PREFIX: must be a reverse-DNS name'],
    ['CLOUD_EVENT_MODE', 'batched', 'CLOUD_EVENT_MODE:'],
    ['CML_ALLOWED_NETWORKS', '10.0.0.0/8,10.0.0.0/40', "'10.0.0.0/40' is neither a CIDR block"],
    ['WORKER_METRICS_WRITE_CONCURRENCY', '0', 'WORKER_METRICS_WRITE_CONCURRENCY: must be between 1 and 500'],
    ['WORKER_METRICS_LOAD_BATCH', 'many', 'WORKER_METRICS_LOAD_BATCH: must be a whole number'],
    ['WORKER_METRICS_CLOUDWATCH_PERIOD_SECONDS', '90', 'WORKER_METRICS_CLOUDWATCH_PERIOD_SECONDS: must be a multiple of 60'],
    ['WORKER_METRICS_CLOUDWATCH_PERIOD_SECONDS', '1200', 'WORKER_METRICS_CLOUDWATCH_WINDOW_MINUTES: must cover at least one period (WORKER_METRICS_CLOUDWATCH_PERIOD_SECONDS=1200 s is 20 min)'],
  ])('refuses %s=%s with a message that says what is expected', (name, value, expected) => {
    const problems = problemsOf({ ...valid, [name]: value });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(expected);
  });

  it.each([
    ['false', false],
    ['1', 1],
    ['2', 2],
    ['loopback, 10.0.0.0/8,192.168.1.10', ['loopback', '10.0.0.0/8', '192.168.1.10']],
  ])('reads TRUST_PROXY=%s as %j', (value, expected) => {
    expect(loadConfig({ ...valid, TRUST_PROXY: value }).http.trustProxy).toEqual(expected);
  });

  it('reports every problem at once, not just the first', () => {
    const problems = problemsOf({ PORT: 'x', NODE_ENV: 'nope' });
    expect(problems.map((p) => p.split(':')[0]).sort()).toEqual(['MONGODB_URI', 'NODE_ENV', 'OIDC_ISSUER_URL', 'PORT']);
  });

  it('allows every controller address unless CML_ALLOWED_NETWORKS says otherwise', () => {
    expect(loadConfig(valid).cml.allowedNetworks.allows('https://54.214.100.239')).toBe(true);
    const restricted = loadConfig({ ...valid, CML_ALLOWED_NETWORKS: '10.0.0.0/8, *.cml.example.com' }).cml.allowedNetworks;
    expect(restricted.allows('https://10.2.3.4')).toBe(true);
    expect(restricted.allows('https://lab.cml.example.com')).toBe(true);
    expect(restricted.allows('https://54.214.100.239')).toBe(false);
  });

  it('never echoes the value of a secret variable', () => {
    const problems = problemsOf({ MONGODB_URI: 'postgres://user:hunter2@db/x' });
    expect(problems[0]).toContain('MONGODB_URI');
    expect(problems[0]).not.toContain('hunter2');
  });

  it('parses lists and maps into typed values', () => {
    const config = loadConfig({
      ...valid,
      AWS_REGIONS: 'eu-central-1, ap-southeast-2',
      WORKER_DEFAULT_AMI_IDS: 'eu-central-1=ami-0123456789abcdef0',
      WORKER_SECURITY_GROUP_IDS: 'sg-01,sg-02',
      CML_CREDENTIALS_OVERRIDES: '{"i-0abc1234": {"username": "u", "password": "p"}}',
    });
    expect(config.aws.regions).toEqual(['eu-central-1', 'ap-southeast-2']);
    expect(config.workers.defaultAmiIds).toEqual({ 'eu-central-1': 'ami-0123456789abcdef0' });
    expect(config.workers.securityGroupIds).toEqual(['sg-01', 'sg-02']);
    expect(config.cml.credentialOverrides['i-0abc1234']).toEqual({ username: 'u', password: 'p' });
    expect(config.cml.verifyTls).toBe(true);
  });

  it('configures the live stream and leaves CloudEvents off unless a sink is set', () => {
    const config = loadConfig({ ...valid, PUBLIC_URL: 'https://ccm.example.com' });
    expect(config.realtime).toEqual({ heartbeatSeconds: 20, retryMs: 3000, clientBufferEvents: 1000, replayMaxEvents: 1000, resumeOverlapSeconds: 5, overflowGraceMs: 2000, maxStreamsPerIdentity: 10, maxStreamsPerInstance: 1000 });
    expect(config.cloudEvents).toMatchObject({ sink: undefined, source: 'https://ccm.example.com', typePrefix: 'io.cml-cloud-manager', mode: 'binary', maxAttempts: 5 });
    expect(loadConfig({ ...valid, CLOUD_EVENT_SOURCE: 'urn:ccm:prod' }).cloudEvents.source).toBe('urn:ccm:prod');
  });

  it('leaves the Prometheus endpoint off, on loopback port 9464 when turned on', () => {
    expect(loadConfig(valid).metrics).toEqual({ enabled: false, port: 9464, host: '127.0.0.1' });
    expect(loadConfig({ ...valid, METRICS_ENABLED: 'true', METRICS_HOST: '0.0.0.0' }).metrics).toEqual({ enabled: true, port: 9464, host: '0.0.0.0' });
  });

  it.each([
    ['the API port for the metrics', { METRICS_ENABLED: 'true', METRICS_PORT: '8030' }, ['METRICS_PORT']],
    ['the API port while metrics are off', { METRICS_PORT: '8030' }, []],
    ['any free port (tests)', { METRICS_ENABLED: 'true', METRICS_PORT: '0' }, []],
    ['a port out of range', { METRICS_PORT: '70000' }, ['METRICS_PORT']],
  ])('refuses %s only when it cannot work', (_case, env, expected) => {
    expect(problemsOf({ ...valid, ...env }).map((p) => p.split(':')[0])).toEqual(expected);
  });

  it('never echoes the CloudEvents sink, which may carry a credential', () => {
    const problems = problemsOf({ ...valid, CLOUD_EVENT_SINK: 'sink?token=hunter2' });
    expect(problems[0]).toContain('CLOUD_EVENT_SINK');
    expect(problems[0]).not.toContain('hunter2');
  });

  it('refuses to start in production with development issuers, published secrets or no controller allowlist, listing each', () => {
    const problems = problemsOf({ ...valid, NODE_ENV: 'production', OIDC_DISCOVERY_URL: 'http://keycloak:8080/realms/x', CML_PASSWORD: 'admin' });
    expect(problems.map((p) => p.split(':')[0]).sort()).toEqual(['ACTION_LINK_SECRET', 'CML_ALLOWED_NETWORKS', 'CML_PASSWORD', 'OIDC_CLIENT_SECRET', 'OIDC_DISCOVERY_URL', 'OIDC_ISSUER_URL']);
    expect(problems.find((p) => p.startsWith('OIDC_ISSUER_URL'))).toContain('must be https when NODE_ENV=production');
    expect(problems.find((p) => p.startsWith('OIDC_CLIENT_SECRET'))).toContain('the development value published in this repository');
  });

  it('starts in production with an https issuer, its own secrets and an allowlist', () => {
    const config = loadConfig({
      MONGODB_URI: valid.MONGODB_URI,
      NODE_ENV: 'production',
      OIDC_ISSUER_URL: 'https://sso.example.com/realms/ccm',
      OIDC_CLIENT_SECRET: 'a-real-secret',
      CML_PASSWORD: 'a-real-password',
      ACTION_LINK_SECRET: 'a-real-action-link-secret-of-40-characters',
      CML_ALLOWED_NETWORKS: '10.0.0.0/8',
    });
    expect(config.env).toBe('production');
  });

  it('takes the action-link secret from ACTION_LINK_SECRET_FILE, and refuses one shorter than 32 characters without printing it', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'ccm-config-')), 'action-link-secret');
    writeFileSync(file, 'x'.repeat(40) + '\n');
    expect(loadConfig({ ...valid, ACTION_LINK_SECRET_FILE: file }).actionLinks.secret).toBe('x'.repeat(40));
    expect(problemsOf({ ...valid, ACTION_LINK_SECRET: 'too-short-a-secret' })).toEqual(['ACTION_LINK_SECRET: must be at least 32 characters (e.g. `openssl rand -base64 48`)']);
  });

  it('reads a secret from <NAME>_FILE, dropping the trailing newline, and refuses both forms at once', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ccm-config-'));
    const file = join(dir, 'cml-password');
    writeFileSync(file, 's3cret-from-file\n');
    expect(loadConfig({ ...valid, CML_PASSWORD_FILE: file }).cml.password).toBe('s3cret-from-file');
    expect(problemsOf({ ...valid, CML_PASSWORD_FILE: file, CML_PASSWORD: 'x' })).toEqual(['CML_PASSWORD: set either CML_PASSWORD or CML_PASSWORD_FILE, not both.']);
    expect(problemsOf({ ...valid, CML_PASSWORD_FILE: join(dir, 'missing') })[0]).toContain('CML_PASSWORD_FILE: cannot read');
    // Not a secret: no _FILE form.
    expect(loadConfig({ ...valid, PORT_FILE: file }).http.port).toBe(8030);
  });

  it('keys controller credentials by instance id only (worker names are not unique)', () => {
    expect(problemsOf({ ...valid, CML_CREDENTIALS_OVERRIDES: '{"lab-worker-1": {"username": "u", "password": "p"}}' })[0]).toContain('keys must be EC2 instance ids');
  });

  it('derives the Secure cookie flag from an https PUBLIC_URL', () => {
    expect(loadConfig({ ...valid, PUBLIC_URL: 'https://ccm.example.com' }).auth.cookieSecure).toBe(true);
    expect(loadConfig(valid).auth.cookieSecure).toBe(false);
  });

  it('strips a trailing slash from PUBLIC_URL', () => {
    expect(loadConfig({ ...valid, PUBLIC_URL: 'https://ccm.example.com/' }).http.publicUrl).toBe('https://ccm.example.com');
  });

  it('documents every variable in docs/configuration.md (regenerate with npm run docs:config)', () => {
    const doc = readFileSync(new URL('../../../../docs/configuration.md', import.meta.url), 'utf8');
    expect(doc).toBe(renderConfigDoc());
  });
});
