import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { loadConfig } from '../apps/api/src/config/app-config.js';
import { VARIABLES } from '../apps/api/src/config/config.schema.js';

/**
 * What the Helm chart deploys, read from `helm template` (offline). scripts/check-helm checks the
 * manifests against the Kubernetes API types; this suite checks what they say.
 */
const CHART = 'deploy/helm/cml-cloud-manager';
const CI = `${CHART}/ci`;

interface Container {
  name: string;
  env?: { name: string; value?: string }[];
  envFrom?: { configMapRef?: { name: string } }[];
  ports?: { name: string; containerPort: number }[];
  readinessProbe?: { httpGet: { path: string; port: string } };
  livenessProbe?: { httpGet: { path: string; port: string } };
  startupProbe?: { httpGet: { path: string; port: string } };
  lifecycle?: { preStop?: { exec?: { command: string[] } } };
  resources?: { requests?: Record<string, string>; limits?: Record<string, string> };
  volumeMounts?: { name: string; mountPath: string }[];
}
interface PodSpec {
  containers: Container[];
  terminationGracePeriodSeconds?: number;
  volumes?: { name: string; secret?: { secretName: string; items?: { key: string; path: string }[] } }[];
}
interface K8sObject {
  kind: string;
  metadata: { name: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  spec?: Record<string, unknown> & {
    replicas?: number;
    selector?: Record<string, unknown>;
    strategy?: { rollingUpdate?: { maxUnavailable?: number } };
    template?: { metadata: { labels: Record<string, string> }; spec: PodSpec };
  };
  data?: Record<string, string>;
  stringData?: Record<string, string>;
}

function helm(args: string[]): string {
  const bin = process.env.HELM;
  if (!bin) throw new Error('HELM is not set: run the e2e tests through scripts/test, or after eval "$(scripts/services install-helm)"');
  const home = mkdtempSync(join(tmpdir(), 'ccm-helm-'));
  return execFileSync(bin, args, {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { PATH: process.env.PATH, HELM_CACHE_HOME: join(home, 'c'), HELM_CONFIG_HOME: join(home, 'f'), HELM_DATA_HOME: join(home, 'd') },
  });
}

function render(valueFiles: string[], sets: string[] = []): K8sObject[] {
  const args = ['template', 'ccm', CHART, '--namespace', 'ccm', ...valueFiles.flatMap((f) => ['-f', f]), ...sets.flatMap((s) => ['--set', s])];
  return parseAllDocuments(helm(args))
    .map((d) => d.toJS() as K8sObject | null)
    .filter((o): o is K8sObject => o !== null);
}

/** The message `helm template` stops with. */
function refusal(valueFiles: string[], sets: string[] = []): string {
  try {
    render(valueFiles, sets);
  } catch (err) {
    return String((err as { stderr?: string }).stderr);
  }
  throw new Error('helm template rendered values it should have refused');
}

const one = (objects: K8sObject[], kind: string, name?: string): K8sObject => {
  const found = objects.filter((o) => o.kind === kind && (name === undefined || o.metadata.name === name));
  if (found.length !== 1) throw new Error(`expected one ${kind}${name ? ` ${name}` : ''}, found ${found.length}`);
  return found[0];
};
const app = (d: K8sObject): Container => d.spec!.template!.spec.containers.find((c) => c.name === 'app')!;
const envOf = (c: Container): Record<string, string> => Object.fromEntries((c.env ?? []).map((e) => [e.name, e.value ?? '']));
const matches = (selector: Record<string, string>, labels: Record<string, string>): boolean => Object.entries(selector).every(([k, v]) => labels[k] === v);

describe('the Helm chart', () => {
  describe('with the least an installation sets (ci/defaults-values.yaml)', () => {
    const objects = render([`${CI}/defaults-values.yaml`]);
    const api = one(objects, 'Deployment', 'ccm-cml-cloud-manager');

    it("starts the app in production with settings that pass the app's own production checks, and secrets from files", () => {
      const container = app(api);
      const configMap = one(objects, 'ConfigMap', container.envFrom![0].configMapRef!.name);
      const secret = one(objects, 'Secret');
      const volume = api.spec!.template!.spec.volumes!.find((v) => v.name === 'secrets')!;
      const mount = container.volumeMounts!.find((m) => m.name === 'secrets')!;
      const env: Record<string, string> = { ...configMap.data, ...envOf(container) };
      expect(env.NODE_ENV).toBe('production');

      // No secret variable is set plainly; each is a file of the mounted Secret.
      const secretNames = Object.entries(VARIABLES).filter(([, spec]) => 'secret' in spec && spec.secret).map(([name]) => name);
      expect(Object.keys(env).filter((k) => secretNames.includes(k))).toEqual([]);
      const dir = mkdtempSync(join(tmpdir(), 'ccm-helm-secrets-'));
      for (const [name, path] of Object.entries(env).filter(([k]) => k.endsWith('_FILE'))) {
        expect(path.startsWith(`${mount.mountPath}/`)).toBe(true);
        const item = volume.secret!.items!.find((i) => `${mount.mountPath}/${i.path}` === path);
        expect(item).toBeDefined();
        const file = join(dir, item!.path);
        writeFileSync(file, `${secret.stringData![item!.key]}\n`);
        env[name] = file;
      }
      expect(Object.keys(env).filter((k) => k.endsWith('_FILE')).sort()).toEqual(['ACTION_LINK_SECRET_FILE', 'CML_PASSWORD_FILE', 'MONGODB_URI_FILE', 'OIDC_CLIENT_SECRET_FILE', 'REDIS_URL_FILE']);

      const config = loadConfig(env);
      expect(config.env).toBe('production');
      expect(config.http.shutdownDrainMs).toBeGreaterThan(0);
      expect(config.jobs.enabled).toBe(true);
    });

    it('runs N replicas behind the Service, every one of them ready before the old one goes', () => {
      expect(api.spec!.replicas).toBe(3);
      expect(api.spec!.strategy!.rollingUpdate!.maxUnavailable).toBe(0);
      const service = one(objects, 'Service', 'ccm-cml-cloud-manager');
      expect(matches(service.spec!.selector as Record<string, string>, api.spec!.template!.metadata.labels)).toBe(true);
      expect(service.spec!.ports).toEqual([expect.objectContaining({ name: 'http', targetPort: 'http' })]);
      expect(app(api).ports).toContainEqual({ name: 'http', containerPort: 8030, protocol: 'TCP' });
    });

    it('probes liveness and readiness on the health endpoints', () => {
      const c = app(api);
      expect(c.livenessProbe!.httpGet).toEqual({ path: '/api/health/live', port: 'http' });
      expect(c.startupProbe!.httpGet).toEqual({ path: '/api/health/live', port: 'http' });
      expect(c.readinessProbe!.httpGet).toEqual({ path: '/api/health/ready', port: 'http' });
    });

    it('waits in preStop, then drains, and gives the whole shutdown time before SIGKILL', () => {
      const c = app(api);
      const configMap = one(objects, 'ConfigMap');
      expect(c.lifecycle!.preStop!.exec!.command).toEqual(['sleep', '5']);
      const preStop = Number(c.lifecycle!.preStop!.exec!.command[1]);
      const drainMs = Number(configMap.data!.SHUTDOWN_DRAIN_MS);
      const timeoutMs = Number(configMap.data!.SHUTDOWN_TIMEOUT_MS);
      expect(drainMs).toBeGreaterThan(0);
      expect(api.spec!.template!.spec.terminationGracePeriodSeconds).toBeGreaterThan(preStop + (drainMs + timeoutMs) / 1000);
    });

    it('serves the host of PUBLIC_URL through an ingress that neither buffers nor times out live event streams', () => {
      const ingress = one(objects, 'Ingress');
      const annotations = ingress.metadata.annotations!;
      expect(annotations['nginx.ingress.kubernetes.io/proxy-buffering']).toBe('off');
      const heartbeat = Number(VARIABLES.SSE_HEARTBEAT_SECONDS.default);
      for (const timeout of ['proxy-read-timeout', 'proxy-send-timeout']) {
        expect(Number(annotations[`nginx.ingress.kubernetes.io/${timeout}`])).toBeGreaterThanOrEqual(3600);
        expect(Number(annotations[`nginx.ingress.kubernetes.io/${timeout}`])).toBeGreaterThan(heartbeat);
      }
      const rules = ingress.spec!.rules as { host: string; http: { paths: { path: string; backend: { service: { name: string; port: { name: string } } } }[] } }[];
      expect(rules).toHaveLength(1);
      expect(rules[0].host).toBe('ccm.example.com');
      expect(rules[0].http.paths).toEqual([expect.objectContaining({ path: '/', pathType: 'Prefix', backend: { service: { name: 'ccm-cml-cloud-manager', port: { name: 'http' } } } })]);
    });

    it('lets one pod at a time be evicted', () => {
      const pdb = one(objects, 'PodDisruptionBudget');
      expect(pdb.spec!.maxUnavailable).toBe(1);
      expect(matches((pdb.spec!.selector as { matchLabels: Record<string, string> }).matchLabels, api.spec!.template!.metadata.labels)).toBe(true);
    });

    it('requests and limits resources, with room above the measured peak of a 1000-worker cycle (310 MB)', () => {
      const { requests, limits } = app(api).resources!;
      const mib = (q: string): number => (q.endsWith('Gi') ? Number(q.slice(0, -2)) * 1024 : Number(q.replace(/Mi$/, '')));
      expect(mib(requests!.memory)).toBeGreaterThanOrEqual(310e6 / 2 ** 20);
      expect(mib(limits!.memory)).toBeGreaterThan(mib(requests!.memory));
      expect(requests!.cpu).toBeDefined();
      expect(limits!.cpu).toBe('1');
    });

    it('renders no ServiceMonitor and no jobs Deployment unless asked', () => {
      expect(objects.filter((o) => o.kind === 'ServiceMonitor' || o.metadata.name.endsWith('-jobs'))).toEqual([]);
    });
  });

  it('with jobs.mode separate, runs the scheduler only in a Deployment of its own that the Service does not send traffic to', () => {
    const objects = render([`${CI}/jobs-split-values.yaml`]);
    const api = one(objects, 'Deployment', 'ccm-cml-cloud-manager');
    const jobs = one(objects, 'Deployment', 'ccm-cml-cloud-manager-jobs');
    expect(envOf(app(api)).JOBS_ENABLED).toBe('false');
    expect(envOf(app(jobs)).JOBS_ENABLED).toBe('true');
    expect(jobs.spec!.replicas).toBe(2);
    expect(app(jobs).resources!.limits!.memory).toBe('1Gi');
    const service = one(objects, 'Service', 'ccm-cml-cloud-manager');
    expect(matches(service.spec!.selector as Record<string, string>, api.spec!.template!.metadata.labels)).toBe(true);
    expect(matches(service.spec!.selector as Record<string, string>, jobs.spec!.template!.metadata.labels)).toBe(false);
    expect(objects.filter((o) => o.kind === 'PodDisruptionBudget').map((o) => o.metadata.name).sort()).toEqual(['ccm-cml-cloud-manager', 'ccm-cml-cloud-manager-jobs']);
  });

  it('with metrics on, opens the metrics port on every pod and a ServiceMonitor scrapes /metrics on it', () => {
    const objects = render([`${CI}/metrics-values.yaml`]);
    const configMap = one(objects, 'ConfigMap');
    expect(configMap.data).toMatchObject({ METRICS_ENABLED: 'true', METRICS_PORT: '9464', METRICS_HOST: '0.0.0.0' });
    // The app reads what the chart sets: the endpoint on, reachable from the scraper's pod.
    const settings = Object.fromEntries(Object.entries(configMap.data as Record<string, string>).filter(([k]) => k.startsWith('METRICS_')));
    expect(loadConfig({ ...settings, MONGODB_URI: 'mongodb://db:27017/ccm', OIDC_ISSUER_URL: 'https://sso.example.com/realms/x' }).metrics).toEqual({ enabled: true, port: 9464, host: '0.0.0.0' });
    // Never behind the Ingress: the app's own Service carries only http.
    expect((one(objects, 'Service', 'ccm-cml-cloud-manager').spec!.ports as { name: string }[]).map((p) => p.name)).toEqual(['http']);
    const metricsService = one(objects, 'Service', 'ccm-cml-cloud-manager-metrics');
    for (const d of objects.filter((o) => o.kind === 'Deployment')) {
      expect(app(d).ports).toContainEqual({ name: 'metrics', containerPort: 9464, protocol: 'TCP' });
      expect(matches(metricsService.spec!.selector as Record<string, string>, d.spec!.template!.metadata.labels)).toBe(true);
    }
    const monitor = one(objects, 'ServiceMonitor');
    expect(monitor.metadata.labels!.release).toBe('kube-prometheus-stack');
    expect(matches((monitor.spec!.selector as { matchLabels: Record<string, string> }).matchLabels, metricsService.metadata.labels!)).toBe(true);
    expect(monitor.spec!.endpoints).toEqual([expect.objectContaining({ port: 'metrics', path: '/metrics' })]);
    expect(one(objects, 'PodDisruptionBudget', 'ccm-cml-cloud-manager').spec).toMatchObject({ minAvailable: 2 });
  });

  it('with metrics on and the ServiceMonitor off, opens the port for a Prometheus configured by other means', () => {
    const objects = render([`${CI}/metrics-values.yaml`], ['metrics.serviceMonitor.enabled=false']);
    expect(objects.filter((o) => o.kind === 'ServiceMonitor')).toEqual([]);
    expect(one(objects, 'Service', 'ccm-cml-cloud-manager-metrics').spec!.ports).toEqual([expect.objectContaining({ name: 'metrics', port: 9464, targetPort: 'metrics' })]);
    expect(one(objects, 'ConfigMap').data).toMatchObject({ METRICS_ENABLED: 'true', METRICS_HOST: '0.0.0.0' });
  });

  it('with an existing Secret, creates none and reads the keys it is told', () => {
    const objects = render([`${CI}/existing-secret-values.yaml`]);
    expect(objects.filter((o) => o.kind === 'Secret')).toEqual([]);
    const api = one(objects, 'Deployment');
    const volume = api.spec!.template!.spec.volumes!.find((v) => v.name === 'secrets')!;
    expect(volume.secret!.secretName).toBe('ccm-secrets');
    expect(volume.secret!.items!.map((i) => `${i.path}<-${i.key}`).sort()).toEqual([
      'ACTION_LINK_SECRET<-action-links',
      'CLOUD_EVENT_SINK<-cloudevents',
      'CML_CREDENTIALS_OVERRIDES<-cml-overrides',
      'CML_PASSWORD<-cml',
      'MONGODB_URI<-mongo',
      'OIDC_CLIENT_SECRET<-oidc',
      'REDIS_URL<-redis',
    ]);
    expect(api.spec!.template!.metadata).not.toHaveProperty(['annotations', 'checksum/secret']);
    expect(app(api).resources).toBeDefined();
    expect(one(objects, 'ServiceAccount').metadata.annotations).toEqual({ 'eks.amazonaws.com/role-arn': 'arn:aws:iam::123456789012:role/cml-cloud-manager' });
    const ingress = one(objects, 'Ingress');
    expect(ingress.spec!.tls).toEqual([{ hosts: ['ccm.example.com'], secretName: 'ccm-example-com-tls' }]);
    expect(ingress.metadata.annotations).toMatchObject({ 'cert-manager.io/cluster-issuer': 'letsencrypt', 'nginx.ingress.kubernetes.io/proxy-buffering': 'off' });
    expect(app(api).name).toBe('app');
  });

  describe('refuses values production would refuse, saying what to set', () => {
    it('without the required settings, naming each', () => {
      const message = refusal([]);
      for (const name of ['publicUrl', 'oidcIssuerUrl', 'cmlAllowedNetworks']) expect(message).toContain(name);
    });

    it('with an http issuer', () => {
      expect(refusal([`${CI}/defaults-values.yaml`], ['config.oidcIssuerUrl=http://sso.example.com/realms/x'])).toMatch(/oidcIssuerUrl/);
    });

    it('with a secret, or a variable the chart sets, among the plain settings', () => {
      expect(refusal([`${CI}/defaults-values.yaml`], ['config.extra.CML_PASSWORD=hunter2'])).toContain('config.extra.CML_PASSWORD: a secret; put it in the Secret');
      expect(refusal([`${CI}/defaults-values.yaml`], ['config.extra.NODE_ENV=development'])).toContain('config.extra.NODE_ENV: set by the chart');
      expect(refusal([`${CI}/defaults-values.yaml`], ['config.extra.MONGODB_URI_FILE=/x'])).toContain('config.extra.MONGODB_URI_FILE: a secret');
    });

    it('without a Secret to read, naming the missing keys', () => {
      const message = refusal([`${CI}/defaults-values.yaml`], ['secrets.values=null']);
      expect(message).toContain('secrets.values.mongodb-uri (MONGODB_URI) is missing');
      expect(message).toContain('secrets.existingSecret');
    });

    it('with a misspelt value', () => {
      expect(refusal([`${CI}/defaults-values.yaml`], ['replicaCont=2'])).toMatch(/replicaCont/);
    });
  });
});
