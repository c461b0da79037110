/**
 * TLS to controllers: the simulator serves HTTPS with a certificate from a CA generated here with
 * openssl, like a controller with its own (self-signed) CA.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DomainError } from '#kernel';
import { type CmlSimulator, startTestSimulator } from '../../../../test/support/cml.js';
import { CmlClientFactory } from '../cml-client-factory.js';
import { failureOf } from '../../../../test/support/failure.js';

function openssl(args: string[], cwd: string): void {
  try {
    execFileSync('openssl', args, { cwd, stdio: 'pipe' });
  } catch (error) {
    throw new Error(`openssl ${args[0]} failed (this suite needs openssl on PATH): ${(error as Error).message}`, { cause: error });
  }
}

function makeCertificates(dir: string): { caPath: string; ca: string; key: string; cert: string } {
  openssl(['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'ca.key', '-out', 'ca.pem', '-days', '2', '-subj', '/CN=CCM test CA', '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign'], dir);
  openssl(['req', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'server.key', '-out', 'server.csr', '-subj', '/CN=127.0.0.1'], dir);
  writeFileSync(join(dir, 'server.ext'), 'subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\nkeyUsage=digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n');
  openssl(['x509', '-req', '-in', 'server.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-out', 'server.pem', '-days', '2', '-extfile', 'server.ext'], dir);
  const read = (f: string) => readFileSync(join(dir, f), 'utf8');
  return { caPath: join(dir, 'ca.pem'), ca: read('ca.pem'), key: read('server.key'), cert: read('server.pem') };
}

const failure = (promise: Promise<unknown>) => failureOf<DomainError>(promise);

describe('CML client TLS', () => {
  let dir: string;
  let certs: ReturnType<typeof makeCertificates>;
  let sim: CmlSimulator;
  const factories: CmlClientFactory[] = [];
  const factory = (options: ConstructorParameters<typeof CmlClientFactory>[0] = {}): CmlClientFactory => {
    const f = new CmlClientFactory({ credentials: { username: 'admin', password: 'admin' }, timeoutMs: 3000, readRetries: 0, ...options });
    factories.push(f);
    return f;
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ccm-cml-tls-'));
    certs = makeCertificates(dir);
    sim = await startTestSimulator([{ id: 'secure' }], { tls: { key: certs.key, cert: certs.cert } });
  });

  afterAll(async () => {
    for (const f of factories) f.close();
    await sim.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves HTTPS', () => {
    expect(sim.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
  });

  it('verifies certificates by default, so a controller with its own CA is refused', async () => {
    const error = await failure(factory().forController(sim.baseUrlOf('secure')).systemInformation());
    expect(error).toMatchObject({ code: 'CML.TLS_UNTRUSTED', kind: 'upstream', details: { cause: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE' } });
    expect(error.message).toContain('CA bundle');
  });

  it('trusts the controller with its CA bundle, given as PEM or as a file path', async () => {
    expect(await factory({ tls: { caBundle: certs.ca } }).forController(sim.baseUrlOf('secure')).systemInformation()).toMatchObject({ ready: true });
    expect(await factory({ tls: { caBundle: certs.caPath } }).forController(sim.baseUrlOf('secure')).labIds()).toEqual([]);
  });

  it('accepts any certificate only with an explicit insecure option, fleet-wide or per controller', async () => {
    expect(await factory({ tls: { insecure: true } }).forController(sim.baseUrlOf('secure')).systemHealth()).toMatchObject({ valid: true });
    const verifying = factory();
    expect(await verifying.forController(sim.baseUrlOf('secure'), { tls: { insecure: true } }).systemInformation()).toMatchObject({ ready: true });
    expect(await failure(verifying.forController(sim.baseUrlOf('secure')).systemInformation())).toMatchObject({ code: 'CML.TLS_UNTRUSTED' });
  });

  it('refuses a CA bundle path it cannot read when the factory is created', () => {
    expect(() => factory({ tls: { caBundle: join(dir, 'missing.pem') } })).toThrow(/Cannot read the CML CA bundle .*missing\.pem: ENOENT/);
  });
});
