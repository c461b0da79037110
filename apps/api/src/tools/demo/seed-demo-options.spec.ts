import { readSeedDemoOptions } from './seed-demo-options.js';

const BASE = { OIDC_ISSUER_URL: 'http://127.0.0.1:8033', AWS_ENDPOINT_URL: 'http://127.0.0.1:5055' };

describe('readSeedDemoOptions', () => {
  it('fills in the defaults of scripts/start', () => {
    const read = readSeedDemoOptions(BASE);
    expect(read).toEqual({
      ok: true,
      options: {
        appUrl: 'http://127.0.0.1:8030',
        issuer: 'http://127.0.0.1:8033',
        awsEndpoint: 'http://127.0.0.1:5055',
        simulatorUrl: 'http://127.0.0.1:8040',
        cml: { username: 'admin', password: 'admin' },
        serviceAccount: { clientId: 'cml-automation-admin', secret: 'dev-automation-admin-secret' },
        fleet: 'cml-cloud-manager',
        waitForAppMs: 60_000,
      },
    });
  });

  it('follows PORT and takes every variable it documents', () => {
    const read = readSeedDemoOptions({
      ...BASE,
      PORT: '8131',
      CML_SIMULATOR_URL: 'http://localhost:9040',
      CML_USERNAME: 'fleet',
      CML_PASSWORD: 'pw',
      DEMO_CLIENT_ID: 'c',
      DEMO_CLIENT_SECRET: 's',
      DEMO_FLEET: 'team-a',
      DEMO_WAIT_SECONDS: '5',
    });
    expect(read.ok && read.options).toMatchObject({
      appUrl: 'http://127.0.0.1:8131',
      simulatorUrl: 'http://localhost:9040',
      cml: { username: 'fleet', password: 'pw' },
      serviceAccount: { clientId: 'c', secret: 's' },
      fleet: 'team-a',
      waitForAppMs: 5000,
    });
    expect(readSeedDemoOptions({ ...BASE, PORT: '8131', DEMO_APP_URL: 'http://127.0.0.1:9000' })).toMatchObject({ options: { appUrl: 'http://127.0.0.1:9000' } });
  });

  it.each([
    [{ AWS_ENDPOINT_URL: BASE.AWS_ENDPOINT_URL }, 'OIDC_ISSUER_URL is required'],
    [{ OIDC_ISSUER_URL: BASE.OIDC_ISSUER_URL }, 'AWS_ENDPOINT_URL is required'],
    [{ ...BASE, AWS_ENDPOINT_URL: 'https://ec2.us-east-1.amazonaws.com' }, 'the demo never launches instances in a real AWS account'],
    [{ ...BASE, AWS_ENDPOINT_URL: 'http://10.0.0.5:5055' }, 'must be moto on this machine'],
    [{ ...BASE, OIDC_ISSUER_URL: 'not a url' }, 'OIDC_ISSUER_URL must be an http(s) URL'],
    [{ ...BASE, DEMO_WAIT_SECONDS: 'soon' }, 'DEMO_WAIT_SECONDS must be a whole number'],
    [{ ...BASE, DEMO_FLEET: 'two words' }, 'DEMO_FLEET must be a short tag value'],
  ])('refuses %j: %s', (env, problem) => {
    const read = readSeedDemoOptions(env);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.problems.join('\n')).toContain(problem);
  });

  it('lists every problem at once', () => {
    const read = readSeedDemoOptions({ DEMO_WAIT_SECONDS: 'x' });
    expect(!read.ok && read.problems).toHaveLength(3);
  });
});
