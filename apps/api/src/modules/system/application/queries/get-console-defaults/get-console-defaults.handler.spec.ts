import { loadConfig } from '../../../../../config/app-config.js';
import { GetConsoleDefaultsHandler } from './get-console-defaults.handler.js';

const base = { MONGODB_URI: 'mongodb://127.0.0.1:1/x', OIDC_ISSUER_URL: 'http://127.0.0.1:1/realms/x' };

describe('GetConsoleDefaultsHandler', () => {
  it('answers the managed regions, provisioning defaults and idle settings from the configuration', async () => {
    const config = loadConfig({
      ...base,
      AWS_REGIONS: 'us-east-1,eu-west-1',
      AWS_REGION: 'eu-west-1',
      WORKER_DEFAULT_INSTANCE_TYPE: 'm5zn.metal',
      WORKER_DEFAULT_AMI_IDS: 'us-east-1=ami-0123456789abcdef0',
      WORKER_DEFAULT_AMI_NAME: 'cml-2.9-*',
      IDLE_TIMEOUT_MINUTES: '90',
      IDLE_WARNING_LEAD_MINUTES: '15',
      LAB_UPLOAD_MAX_BYTES: '1048576',
    });
    await expect(new GetConsoleDefaultsHandler(config).execute()).resolves.toEqual({
      regions: ['us-east-1', 'eu-west-1'],
      defaultRegion: 'eu-west-1',
      provisioning: {
        instanceType: 'm5zn.metal',
        amiIds: { 'us-east-1': 'ami-0123456789abcdef0' },
        amiName: 'cml-2.9-*',
        workerName: { minLength: 1, maxLength: 64, pattern: '^[\\w .:@()/+-]+$', allowedCharacters: 'letters, digits, spaces and . : @ ( ) / + - _' },
      },
      idle: { enabled: true, timeoutMinutes: 90, warningLeadMinutes: 15, startGraceMinutes: 60, checkIntervalSeconds: 60 },
      labs: { uploadMaxBytes: 1048576 },
    });
  });

  it('leaves out default AMIs of regions it does not manage and falls back to the first managed region', async () => {
    const config = loadConfig({ ...base, AWS_REGIONS: 'us-west-2', AWS_REGION: 'us-east-1', WORKER_DEFAULT_AMI_IDS: 'us-east-1=ami-0123456789abcdef0,us-west-2=ami-0fedcba9876543210' });
    const defaults = await new GetConsoleDefaultsHandler(config).execute();
    expect(defaults.defaultRegion).toBe('us-west-2');
    expect(defaults.provisioning.amiIds).toEqual({ 'us-west-2': 'ami-0fedcba9876543210' });
    expect(defaults.provisioning.amiName).toBeUndefined();
  });

  it('defaults to a bare-metal instance type, since CML needs hardware virtualisation', async () => {
    const defaults = await new GetConsoleDefaultsHandler(loadConfig(base)).execute();
    expect(defaults.provisioning.instanceType).toBe('m5zn.metal');
  });

  it('hands out the name rule as a pattern a form can compile, accepting and refusing what the server does', async () => {
    const { workerName } = (await new GetConsoleDefaultsHandler(loadConfig(base)).execute()).provisioning;
    const pattern = new RegExp(workerName.pattern);
    expect(['lab-east-1', 'CCNP (week 3)', 'a.b:c@d/e+f_g'].every((n) => pattern.test(n))).toBe(true);
    expect(['lab#1', 'läb', 'a\tb', ''].some((n) => pattern.test(n))).toBe(false);
  });
});
