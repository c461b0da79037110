import { DomainError } from '#kernel';
import { loadConfig } from '../../config/app-config.js';
import { CmlCallMetrics } from './cml-call-metrics.js';
import { CmlConnector } from './cml-connector.js';

const base = { MONGODB_URI: 'mongodb://127.0.0.1:1/x', OIDC_ISSUER_URL: 'http://127.0.0.1:1/realms/x', CML_PASSWORD: 'fleet-password' };

function connector(env: Record<string, string> = {}): CmlConnector {
  return new CmlConnector(loadConfig({ ...base, ...env }), new CmlCallMetrics(), null);
}

function refusal(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (err) {
    if (err instanceof DomainError) return err;
    throw err;
  }
  throw new Error('expected a refusal');
}

describe('CmlConnector', () => {
  it('never sends credentials to a plain-http controller unless CML_ALLOW_HTTP is on', () => {
    const off = connector();
    const err = refusal(() => off.clientFor({ name: 'w1', instanceId: 'i-0123456789abcdef0', endpoint: 'http://10.0.0.5' }));
    expect(err.code).toBe('CML.ENDPOINT_INSECURE');
    expect(err.message).toContain('plain http');
    expect(connector({ CML_ALLOW_HTTP: 'true' }).clientFor({ name: 'w1', endpoint: 'http://10.0.0.5' })).toBeDefined();
    expect(off.clientFor({ name: 'w1', endpoint: 'https://10.0.0.5' })).toBeDefined();
    off.onApplicationShutdown();
  });

  it('says why a worker has no endpoint when its tag was ignored', () => {
    const err = refusal(() => connector().clientFor({ name: 'w1', endpointProblem: 'The cml-endpoint tag "ftp://x" is ignored: it uses ftp:.' }));
    expect(err.code).toBe('CML.NO_ENDPOINT');
    expect(err.message).toBe('The cml-endpoint tag "ftp://x" is ignored: it uses ftp:.');
  });

  it('uses per-controller credentials for the instance id they name, never for a worker of the same name', () => {
    const overrides = JSON.stringify({ 'i-0123456789abcdef0': { username: 'other', password: 'other-pw' } });
    const noFleetPassword = new CmlConnector(loadConfig({ ...base, CML_PASSWORD: '', CML_CREDENTIALS_OVERRIDES: overrides }), new CmlCallMetrics(), null);
    expect(noFleetPassword.clientFor({ name: 'lab-1', instanceId: 'i-0123456789abcdef0', endpoint: 'https://10.0.0.6' })).toBeDefined();
    // A worker renamed to look like that key is still another instance.
    const err = refusal(() => noFleetPassword.clientFor({ name: 'i-0123456789abcdef0', instanceId: 'i-0fedcba987654321f', endpoint: 'https://10.0.0.6' }));
    expect(err.code).toBe('CML.NO_CREDENTIALS');
    noFleetPassword.onApplicationShutdown();
  });
});
