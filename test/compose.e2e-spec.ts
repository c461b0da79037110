import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { loadConfig } from '../apps/api/src/config/app-config.js';

interface ComposeFile {
  services: Record<string, { environment?: Record<string, string | null>; volumes?: (string | { source?: string; target?: string })[]; profiles?: string[]; secrets?: unknown[]; ports?: unknown[] }>;
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

  it('starts an OpenTelemetry collector, Prometheus and Grafana only under the observability profile, wired to each other and to the app', () => {
    const observability = ['otel-collector', 'prometheus', 'grafana'];
    expect(Object.keys(compose().services).filter((name) => observability.includes(name))).toEqual([]);
    const { services } = compose('observability');
    expect(Object.keys(services)).toEqual(expect.arrayContaining(['app', ...observability]));

    // Prometheus scrapes the app's metrics port and the collector's exporter.
    const app = services.app.environment ?? {};
    expect(app.METRICS_HOST).toBe('0.0.0.0');
    const prometheus = parse(readFileSync('deploy/prometheus/prometheus.yml', 'utf8')) as { scrape_configs: { job_name: string; metrics_path?: string; static_configs: { targets: string[] }[] }[] };
    const targets = Object.fromEntries(prometheus.scrape_configs.map((c) => [c.job_name, { path: c.metrics_path ?? '/metrics', targets: c.static_configs.flatMap((t) => t.targets) }]));
    expect(targets['cml-cloud-manager']).toEqual({ path: '/metrics', targets: [`app:${app.METRICS_PORT}`] });
    const collector = parse(readFileSync('deploy/otel-collector/config.yaml', 'utf8')) as { receivers: { otlp: { protocols: { http: { endpoint: string } } } }; exporters: { prometheus: { endpoint: string } } };
    expect(targets['otel-collector'].targets).toEqual([`otel-collector:${collector.exporters.prometheus.endpoint.split(':').pop()}`]);
    // The endpoint the comments tell the app to export to is the one the collector listens on.
    expect(collector.receivers.otlp.protocols.http.endpoint).toBe('0.0.0.0:4318');
    expect(readFileSync('docker-compose.yml', 'utf8')).toContain('OTEL_EXPORTER_OTLP_ENDPOINT=http://otel-collector:4318');
    // The app's metrics port stays on the compose network.
    expect(JSON.stringify(services.app.ports ?? [])).not.toContain(String(app.METRICS_PORT));

    // Grafana loads the dashboard from where the provider looks, with Prometheus under the uid it refers to.
    const mounts = (services.grafana.volumes ?? []).map((v) => (typeof v === 'string' ? v.split(':').slice(0, 2) : [v.source ?? '', v.target ?? '']));
    const mountedAt = (dir: string) => mounts.find(([source]) => source.endsWith(dir))?.[1];
    const provider = parse(readFileSync('deploy/grafana/provisioning/dashboards/cml-cloud-manager.yaml', 'utf8')) as { providers: { options: { path: string } }[] };
    expect(mountedAt('deploy/grafana/dashboards')).toBe(provider.providers[0].options.path);
    expect(mountedAt('deploy/grafana/provisioning')).toBe('/etc/grafana/provisioning');
    const datasource = (parse(readFileSync('deploy/grafana/provisioning/datasources/prometheus.yaml', 'utf8')) as { datasources: { uid: string; url: string }[] }).datasources[0];
    expect(datasource).toMatchObject({ uid: 'prometheus', url: 'http://prometheus:9090' });
    const dashboard = JSON.parse(readFileSync('deploy/grafana/dashboards/cml-cloud-manager.json', 'utf8')) as { uid: string; panels: { type: string; targets?: { expr: string }[] }[] };
    expect(dashboard.uid).toBe('cml-cloud-manager');
    expect(dashboard.panels.filter((p) => p.type !== 'row').every((p) => (p.targets ?? []).length > 0)).toBe(true);
    // Grafana's admin password is a file, like every other secret.
    expect(Object.keys(services.grafana.environment ?? {}).filter((k) => /PASSWORD/.test(k))).toEqual(['GF_SECURITY_ADMIN_PASSWORD__FILE']);
  });
});

interface Manifest {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
}
interface Lockfile {
  packages: Record<string, { version?: string; dev?: boolean; dependencies?: Record<string, string> }>;
}

const DEV_ONLY = ['oidc-provider', 'ajv', 'ajv-formats'];
const PRODUCTION_SOURCES = ['apps/api/src', 'libs/cml-client/src', 'libs/kernel/src', 'libs/persistence/src'];
const LEFT_OUT_OF_THE_IMAGE = ['apps/api/src/tools'];

/** The TypeScript files the image's `dist` is built from (no specs, nothing the Dockerfile removes). */
function productionFiles(dir: string): string[] {
  if (LEFT_OUT_OF_THE_IMAGE.includes(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = `${dir}/${e.name}`;
    if (e.isDirectory()) return productionFiles(path);
    return e.name.endsWith('.ts') && !/\.(spec|int-spec|test)\.ts$/.test(e.name) && !e.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The packages a file loads at run time: static and dynamic imports, not `import type`. */
function packagesLoadedBy(source: string): string[] {
  const specifiers = [...source.matchAll(/^\s*(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm), ...source.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1]);
  return specifiers
    .filter((s) => !s.startsWith('.') && !s.startsWith('#') && !s.startsWith('node:') && !builtinModules.includes(s))
    .map((s) => (s.startsWith('@') ? s.split('/').slice(0, 2).join('/') : s.split('/')[0]));
}

/** The image installs the production dependencies only; what development needs stays out. */
describe('the production image', () => {
  const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as Manifest;
  const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as Lockfile;
  const dockerfile = readFileSync('Dockerfile', 'utf8');

  it('drops the development dependencies and the development programs before copying node_modules', () => {
    const build = dockerfile.slice(0, dockerfile.search(/^FROM .* AS runtime$/m));
    expect(build).toMatch(/npm prune --omit=dev|npm ci [^\n]*--omit=dev/);
    expect(build).toMatch(/rm -rf[^\n]*dist\/apps\/dev-idp/);
    const runtime = dockerfile.slice(dockerfile.search(/^FROM .* AS runtime$/m));
    expect(runtime).toMatch(/COPY --from=build [^\n]*\/app\/node_modules/);
    expect(runtime).not.toMatch(/npm (ci|install)/);
  });

  it.each(DEV_ONLY)('declares %s as a development dependency only', (name) => {
    expect(manifest.devDependencies[name]).toBeDefined();
    expect(manifest.dependencies[name]).toBeUndefined();
  });

  it('leaves the development identity provider out of the production install', () => {
    // npm prune --omit=dev removes exactly the lockfile entries marked dev.
    const installed = Object.entries(lock.packages).filter(([path, p]) => path.endsWith('node_modules/oidc-provider') && !p.dev);
    expect(installed).toEqual([]);
    const ls = execFileSync('npm', ['ls', '--omit=dev', '--all', '--parseable'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(ls.split('\n').filter((line) => /[\\/]node_modules[\\/]oidc-provider$/.test(line))).toEqual([]);
  });

  it('runs code that loads production dependencies only', () => {
    const files = PRODUCTION_SOURCES.flatMap(productionFiles);
    expect(files.length).toBeGreaterThan(100);
    const outside = files.flatMap((file) => packagesLoadedBy(readFileSync(file, 'utf8')).filter((name) => !manifest.dependencies[name]).map((name) => `${relative('.', file)}: ${name}`));
    expect(outside).toEqual([]);
  });

  it('declares express at the version Nest brings, since the app imports it directly', () => {
    expect(manifest.dependencies.express).toBe(lock.packages['node_modules/@nestjs/platform-express'].dependencies?.express);
    expect(Object.keys(lock.packages).filter((path) => path.endsWith('node_modules/express'))).toEqual(['node_modules/express']);
  });

  it('installs each OpenTelemetry package once, so the SDK and its exporters share one core', () => {
    const otel = Object.entries(lock.packages).filter(([path]) => /node_modules\/@opentelemetry\/[^/]+$/.test(path) && !lock.packages[path].dev);
    const copies = new Map<string, string[]>();
    for (const [path, p] of otel) {
      const name = path.slice(path.lastIndexOf('@opentelemetry/'));
      copies.set(name, [...(copies.get(name) ?? []), p.version ?? '?']);
    }
    expect(copies.get('@opentelemetry/core')).toHaveLength(1);
    expect([...copies].filter(([, versions]) => versions.length > 1)).toEqual([]);
  });
});
