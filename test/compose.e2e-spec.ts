import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { loadConfig } from '../apps/api/src/config/app-config.js';

interface ComposeFile {
  services: Record<string, { environment?: Record<string, string | null>; volumes?: string[]; profiles?: string[]; secrets?: unknown[] }>;
}

/** The services `docker-compose up` would start with these profiles (`config` lists every service). */
function compose(...profiles: string[]): ComposeFile {
  // Only the example settings: nothing from this shell (Jest sets NODE_ENV=test, the services set AWS_*).
  const out = execFileSync('docker-compose', ['--env-file', 'deploy/compose.example.env', 'config'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { PATH: process.env.PATH } });
  const file = parse(out) as ComposeFile;
  file.services = Object.fromEntries(Object.entries(file.services).filter(([, s]) => !s.profiles || s.profiles.some((p) => profiles.includes(p))));
  return file;
}

/** docker-compose.yml is production-shaped: checked offline (no Docker engine here). */
describe('the compose stack', () => {
  it('starts the app in production with the settings it asks for and secrets from files', () => {
    const { services } = compose();
    expect(Object.keys(services).sort()).toEqual(['app', 'mongodb', 'redis']);
    const env = Object.fromEntries(Object.entries(services.app.environment ?? {}).map(([k, v]) => [k, v ?? '']));
    expect(env.NODE_ENV).toBe('production');
    // No secret is a plain variable: each comes from a mounted file.
    expect(Object.keys(env).filter((k) => /SECRET|PASSWORD/.test(k) && !k.endsWith('_FILE'))).toEqual([]);
    const dir = mkdtempSync(join(tmpdir(), 'ccm-compose-'));
    for (const [k, v] of Object.entries(env)) {
      if (!k.endsWith('_FILE')) continue;
      const file = join(dir, v.split('/').pop()!);
      writeFileSync(file, `not-a-published-secret-${k}\n`);
      env[k] = file;
    }
    const config = loadConfig(env);
    expect(config.env).toBe('production');
    expect(config.cml.password).toBe('not-a-published-secret-CML_PASSWORD_FILE');
  });

  it('refuses to render without the settings production needs, naming them', () => {
    const empty = join(mkdtempSync(join(tmpdir(), 'ccm-compose-')), 'empty.env');
    writeFileSync(empty, '');
    let message = '';
    try {
      execFileSync('docker-compose', ['--env-file', empty, 'config', '-q'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { PATH: process.env.PATH } });
    } catch (err) {
      message = String((err as { stderr?: string }).stderr);
    }
    expect(message).toMatch(/set (PUBLIC_URL|OIDC_ISSUER_URL|CML_ALLOWED_NETWORKS)/);
  });

  it('imports the development realm only under the dev profile', () => {
    const mountsRealm = (file: ComposeFile) => Object.entries(file.services).filter(([, s]) => (s.volumes ?? []).some((v) => String(v).includes('keycloak')));
    expect(mountsRealm(compose())).toEqual([]);
    const dev = compose('dev');
    expect(mountsRealm(dev).map(([name]) => name)).toEqual(['keycloak-dev']);
  });
});
