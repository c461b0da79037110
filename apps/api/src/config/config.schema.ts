import { isIP } from 'node:net';
import { z } from 'zod';
import { EndpointAllowlist } from './endpoint-allowlist.js';

/**
 * Every environment variable the API reads, with its default and meaning.
 * `docs/configuration.md` is generated from this list (`npm run docs:config`) and a test
 * keeps the two in step.
 */
export interface VariableSpec {
  schema: z.ZodType;
  /** Applied when the variable is unset or empty. No default means required (unless optional). */
  default?: string;
  optional?: boolean;
  description: string;
  /** Never printed (not even in config errors). */
  secret?: boolean;
  /** The runtime setting an admin may override it with, without a restart (PATCH /api/settings, ADR 0048). */
  runtime?: string;
  group: string;
}

const bool = z
  .string()
  .trim()
  .toLowerCase()
  .refine((v) => ['true', 'false', '1', '0', 'yes', 'no'].includes(v), 'must be true or false')
  .transform((v) => ['true', '1', 'yes'].includes(v));

const int = (min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^-?\d+$/, 'must be a whole number')
    .transform(Number)
    .refine((n) => n >= min && n <= max, `must be between ${min} and ${max}`);

const url = (protocols: string[]) =>
  z
    .string()
    .trim()
    .refine((v) => {
      try {
        return protocols.includes(new URL(v).protocol);
      } catch {
        return false;
      }
    }, `must be a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}`);

const list = z
  .string()
  .transform((v) => v.split(',').map((s) => s.trim()).filter(Boolean));

const allowlist = z.string().transform((v, ctx) => {
  const parsed = EndpointAllowlist.parse(v);
  if (!Array.isArray(parsed)) return parsed;
  for (const message of parsed) ctx.addIssue({ code: 'custom', message });
  return z.NEVER;
});

const PROXY_PRESETS = ['loopback', 'linklocal', 'uniquelocal'];

/** `false`, a number of proxy hops, or the proxies' addresses (CIDRs or presets), never "every hop". */
const trustProxy = z
  .string()
  .trim()
  .transform((v, ctx): false | number | string[] => {
    if (['false', '0', 'no'].includes(v.toLowerCase())) return false;
    if (['true', 'yes'].includes(v.toLowerCase())) {
      ctx.addIssue({ code: 'custom', message: 'true would trust every hop, so any client could choose its own address with X-Forwarded-For (and escape the sign-in limit); give the number of proxies in front of the app (e.g. 1) or their addresses (e.g. 10.0.0.0/8,loopback)' });
      return z.NEVER;
    }
    if (/^\d+$/.test(v)) {
      const hops = Number(v);
      if (hops <= 10) return hops;
      ctx.addIssue({ code: 'custom', message: 'a hop count must be between 1 and 10' });
      return z.NEVER;
    }
    const entries = v.split(',').map((e) => e.trim()).filter(Boolean);
    const bad = entries.filter((e) => !PROXY_PRESETS.includes(e) && !isCidr(e));
    if (bad.length === 0 && entries.length > 0) return entries;
    ctx.addIssue({ code: 'custom', message: `must be false, a number of proxy hops (1-10), or comma-separated proxy addresses (10.0.0.0/8, 192.168.1.10, ${PROXY_PRESETS.join(', ')}); not understood: ${bad.join(', ') || '(empty)'}` });
    return z.NEVER;
  });

function isCidr(entry: string): boolean {
  const [address, bits, extra] = entry.split('/');
  const family = isIP(address);
  if (!family || extra !== undefined) return false;
  return bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128));
}

const AWS_REGION = /^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\d$/;
/** An EC2 instance type: family, a dot, size (`m5zn.metal`, `m7i.metal-24xl`, `u-6tb1.112xlarge`). */
const INSTANCE_TYPE = /^[a-z0-9-]+\.[a-z0-9-]+$/;
const regions = list.refine((rs) => rs.length > 0 && rs.every((r) => AWS_REGION.test(r)), 'must be a comma-separated list of AWS regions such as us-east-1,eu-west-1');

export const VARIABLES = {
  // --- server
  NODE_ENV: { group: 'Server', schema: z.enum(['development', 'test', 'production']), default: 'development', description: 'Runtime mode. `production` turns on secure cookies and refuses the embedded identity provider unless explicitly enabled.' },
  HOST: { group: 'Server', schema: z.string().min(1), default: '127.0.0.1', description: 'Interface the HTTP server binds to (`0.0.0.0` in containers).' },
  PORT: { group: 'Server', schema: int(1, 65535), default: '8030', description: 'HTTP port of the API and the web console.' },
  PUBLIC_URL: { group: 'Server', schema: url(['http:', 'https:']), optional: true, description: 'The URL users reach the app at (used for sign-in redirects). Default: `http://127.0.0.1:<PORT>`.' },
  TRUST_PROXY: { group: 'Server', schema: trustProxy, default: 'false', description: 'Which reverse proxies to believe about the client (`X-Forwarded-For`, `-Proto`, `-Host`): `false`, the number of proxies in front of the app (e.g. `1` behind one ingress), or their addresses as CIDRs or `loopback`, `linklocal`, `uniquelocal` (comma-separated). The client address decides the sign-in rate limit, so `true` (every hop) is refused. Needed for secure cookies behind TLS termination.' },
  LOG_LEVEL: { group: 'Server', schema: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']), default: 'info', description: 'Minimum level of the JSON logs written to stdout.' },
  WEB_DIST_DIR: { group: 'Server', schema: z.string().min(1), optional: true, description: 'Directory of the built web console served at `/`. Default: `web/dist` of the repository.' },
  SHUTDOWN_DRAIN_MS: { group: 'Server', schema: int(0, 120000), default: '0', description: 'On SIGTERM, how long in milliseconds the app keeps serving while readiness (`/api/health/ready`) answers 503, so load balancers that probe it stop sending new requests before anything closes. Behind Kubernetes Services and ingresses a preStop delay does the same (the Helm chart uses both).' },
  SHUTDOWN_TIMEOUT_MS: { group: 'Server', schema: int(0, 120000), default: '10000', description: 'On SIGTERM, after the drain (SHUTDOWN_DRAIN_MS), how long in milliseconds in-flight requests and running jobs may take to finish; then the process exits anyway (exit code 1). Live event streams are not waited for: they end and their clients resume elsewhere.' },

  // --- Observability
  OTEL_EXPORTER_OTLP_ENDPOINT: { group: 'Observability', schema: url(['http:', 'https:']), optional: true, description: 'OTLP/HTTP collector base URL (e.g. `http://otel-collector:4318`). Set: traces (HTTP, commands, jobs, AWS and CML calls) and metrics are exported. Unset: nothing is exported.' },
  OTEL_SERVICE_NAME: { group: 'Observability', schema: z.string().min(1), default: 'cml-cloud-manager', description: 'service.name of the exported telemetry.' },
  OTEL_METRICS_INTERVAL_MS: { group: 'Observability', schema: int(1000, 3600000), default: '60000', description: 'How often in milliseconds metrics are exported.' },
  OTEL_TRACES_DELAY_MS: { group: 'Observability', schema: int(100, 60000), default: '5000', description: 'Longest delay in milliseconds before finished spans are exported.' },
  METRICS_ENABLED: { group: 'Observability', schema: bool, default: 'false', description: 'Serve Prometheus metrics at `/metrics` on METRICS_PORT, a listener of its own apart from the API (ADR 0035). Off: no listener, nothing is served.' },
  METRICS_PORT: { group: 'Observability', schema: int(0, 65535), default: '9464', description: 'Port of the Prometheus endpoint (`0`: any free port, for tests). Must differ from PORT.' },
  METRICS_HOST: { group: 'Observability', schema: z.string().min(1), default: '127.0.0.1', description: 'Interface the Prometheus endpoint binds to (`0.0.0.0` so a scraper in another container or pod reaches it; the container image sets it).' },

  // --- data
  MONGODB_URI: { group: 'Data', schema: url(['mongodb:', 'mongodb+srv:']), description: 'MongoDB connection string including the database name, e.g. `mongodb://127.0.0.1:27027/cml_cloud_manager`.', secret: true },
  REDIS_KEY_PREFIX: { group: 'Data', schema: z.string().regex(/^[A-Za-z0-9_.:-]{1,64}$/, 'must be 1-64 letters, digits or _ . : -'), default: 'ccm:', description: 'Prefix of every Redis key and channel the app uses (sessions, leases, rate limits, live events). Deployments that share one Redis need different prefixes.' },
  SETTINGS_REFRESH_SECONDS: { group: 'Data', schema: int(1, 3600), default: '60', description: 'How often in seconds an app instance re-reads the runtime settings an admin changes (PATCH /api/settings, docs/settings.md) in case it missed the change notice every instance gets through Redis at once (a lost connection; no Redis at all).' },
  REDIS_URL: { group: 'Data', schema: url(['redis:', 'rediss:']), optional: true, description: 'Redis connection string. Unset: the app runs as a single instance with in-process sessions, fan-out and job leases.', secret: true },

  // --- Sign-in and access
  OIDC_ISSUER_URL: { group: 'Sign-in', schema: url(['http:', 'https:']), description: 'Issuer of the identity provider (Keycloak realm URL such as `https://sso.example.com/realms/cml-cloud-manager`, or the embedded development provider). Tokens must carry exactly this `iss`.' },
  OIDC_DISCOVERY_URL: { group: 'Sign-in', schema: url(['http:', 'https:']), optional: true, description: 'Where the app itself fetches the discovery document when it reaches the provider by another address than browsers do (e.g. `http://keycloak:8080/realms/...` inside compose). Default: the issuer.' },
  OIDC_CLIENT_ID: { group: 'Sign-in', schema: z.string().min(1), default: 'cml-cloud-manager-web', description: 'Confidential client of the web console (authorization code + PKCE).' },
  OIDC_CLIENT_SECRET: { group: 'Sign-in', schema: z.string().min(1), default: 'dev-web-secret-change-me', secret: true, description: 'Secret of that client. The development default is refused when NODE_ENV=production.' },
  OIDC_AUDIENCE: { group: 'Sign-in', schema: z.string().min(1), default: 'cml-cloud-manager', description: 'Audience an access token must carry to be accepted by the API.' },
  OIDC_SWAGGER_CLIENT_ID: { group: 'Sign-in', schema: z.string().min(1), default: 'cml-cloud-manager-swagger', description: 'Public client Swagger UI uses to sign in (authorization code + PKCE).' },
  OIDC_SCOPES: { group: 'Sign-in', schema: z.string().min(1), default: 'openid profile email', description: 'Scopes requested at sign-in.' },
  AUTH_JWT_ALGORITHMS: { group: 'Sign-in', schema: list.refine((l) => l.length > 0 && l.every((a) => /^(RS|PS|ES)(256|384|512)$/.test(a)), 'must be asymmetric JWS algorithms such as RS256,PS256,ES256'), default: 'RS256,PS256,ES256', description: 'Signature algorithms accepted on bearer tokens (never `none` or HMAC).' },
  AUTH_CLOCK_SKEW_SECONDS: { group: 'Sign-in', schema: int(0, 300), default: '30', description: 'Tolerance in seconds for token `exp`/`nbf`/`iat` checks.' },
  SESSION_IDLE_TIMEOUT_MINUTES: { group: 'Sign-in', schema: int(1, 1440), default: '30', description: 'A console session ends after this many minutes without a request.' },
  SESSION_MAX_LIFETIME_MINUTES: { group: 'Sign-in', schema: int(5, 10080), default: '480', description: 'A console session ends this many minutes after sign-in, whatever the activity.' },
  SESSION_REFRESH_LEEWAY_SECONDS: { group: 'Sign-in', schema: int(0, 600), default: '60', description: 'The server refreshes the session\'s access token when it expires within this many seconds.' },
  SESSION_COOKIE_SECURE: { group: 'Sign-in', schema: z.enum(['auto', 'true', 'false']), default: 'auto', description: '`Secure` flag of the session, CSRF and sign-in cookies; Secure cookies are named with the `__Host-` prefix (`__Host-ccm_session` ...), which browsers refuse over plain http. `auto`: set when PUBLIC_URL is https.' },
  AUTH_PENDING_LOGINS_MAX: { group: 'Sign-in', schema: int(10, 1000000), default: '10000', description: 'Sign-ins started (each keeps a small record for up to 10 minutes until its callback) per 10-minute window, across all clients; more get 429, so an anonymous loop cannot fill Redis.' },
  AUTH_LOGIN_RATE_LIMIT_PER_MINUTE: { group: 'Sign-in', schema: int(1, 10000), default: '30', description: 'Sign-in requests (login and callback) allowed per client IP per minute; more get 429.' },

  // --- AWS
  AWS_REGIONS: { group: 'AWS', schema: regions, default: 'us-east-1,us-west-2', description: 'Comma-separated AWS regions whose workers this deployment manages (any valid region).' },
  AWS_REGION: { group: 'AWS', schema: z.string().regex(AWS_REGION, 'must be an AWS region such as us-east-1'), default: 'us-east-1', description: 'Default region for requests that do not name one.' },
  AWS_ENDPOINT_URL: { group: 'AWS', schema: url(['http:', 'https:']), optional: true, description: 'Endpoint override for EC2 and CloudWatch (moto in development and tests). Unset: the real AWS endpoints.' },
  AWS_ROLE_ARN: { group: 'AWS', schema: z.string().regex(/^arn:aws[\w-]*:iam::\d{12}:role\/.+$/, 'must be an IAM role ARN'), optional: true, description: 'Role to assume (STS) on top of the default credential chain (environment, profile, instance role), e.g. for another account.' },
  AWS_MAX_ATTEMPTS: { group: 'AWS', schema: int(1, 20), default: '5', description: 'Attempts per AWS call, with the SDK\'s adaptive retry (throttling and transient errors).' },
  AWS_AMI_OWNERS: { group: 'AWS', schema: list, default: 'self', description: 'Owners filter for AMI name searches (`self`, `amazon`, account ids). Never searches every public AMI.' },

  // --- Workers
  WORKER_DEFAULT_INSTANCE_TYPE: { runtime: 'defaultInstanceType', group: 'Workers', schema: z.string().max(64).regex(INSTANCE_TYPE, 'must be an EC2 instance type such as m5zn.metal or m7i.metal-24xl'), default: 'm5zn.metal', description: 'Instance type offered by default when provisioning a worker. CML needs a bare-metal type (or one of the few with nested virtualisation); provisioning refuses a type the region does not offer.' },
  WORKER_INSTANCE_TYPES_CACHE_MINUTES: { group: 'Workers', schema: int(1, 10080), default: '360', description: 'How long in minutes the instance types a region offers (DescribeInstanceTypeOfferings + DescribeInstanceTypes) are kept before they are read again; they change rarely.' },
  WORKER_DEFAULT_AMI_IDS: { runtime: 'defaultAmiIds', group: 'Workers', schema: z.string().transform((v) => Object.fromEntries(v.split(',').map((p) => p.trim()).filter(Boolean).map((p) => p.split('=').map((s) => s.trim()) as [string, string]))).refine((m) => Object.entries(m).every(([r, a]) => AWS_REGION.test(r) && /^ami-[0-9a-f]{8,17}$/.test(a ?? '')), 'must be region=ami-id pairs, e.g. us-east-1=ami-0123456789abcdef0,us-west-2=ami-0fedcba9876543210'), optional: true, description: 'Default CML AMI per region for provisioning, as `region=ami-id` pairs.' },
  WORKER_DEFAULT_AMI_NAME: { runtime: 'defaultAmiName', group: 'Workers', schema: z.string().min(1), optional: true, description: 'Default AMI name pattern (e.g. `cml-2.9-*`) used when a region has no default AMI id.' },
  WORKER_SUBNET_ID: { runtime: 'subnetId', group: 'Workers', schema: z.string().regex(/^subnet-[0-9a-f]+$/, 'must be a subnet id such as subnet-0123abcd'), optional: true, description: 'Default subnet for provisioned workers.' },
  WORKER_SECURITY_GROUP_IDS: { runtime: 'securityGroupIds', group: 'Workers', schema: list.refine((l) => l.every((g) => /^sg-[0-9a-f]+$/.test(g)), 'must be security group ids such as sg-0123abcd'), optional: true, description: 'Default security groups (comma-separated) for provisioned workers.' },
  WORKER_KEY_NAME: { runtime: 'keyName', group: 'Workers', schema: z.string().min(1), optional: true, description: 'Default EC2 key pair for provisioned workers.' },
  WORKER_ENDPOINT_USE_PRIVATE_IP: { group: 'Workers', schema: bool, default: 'false', description: 'Reach CML controllers at `https://<private ip>` instead of the public IP (when the app runs inside the VPC).' },
  WORKER_PROVISION_POLL_SECONDS: { group: 'Workers', schema: int(1, 300), default: '10', description: 'While a new worker boots, how often in seconds its EC2 state is read until it leaves pending.' },
  WORKER_PROVISION_TIMEOUT_MINUTES: { group: 'Workers', schema: int(1, 120), default: '20', description: 'How long in minutes provisioning follows a pending instance before leaving it to the periodic sync.' },
  WORKER_FOLLOW_INTERVAL_SECONDS: { group: 'Workers', schema: int(5, 300), default: '10', description: 'While an instance changes state (pending, stopping, shutting down), how often in seconds its EC2 state is read: one batched call per region for all changing instances (the `status-follow` job).' },
  WORKER_FOLLOW_MAX_MINUTES: { group: 'Workers', schema: int(1, 240), default: '20', description: 'How long in minutes after a change began an instance is followed that closely; after that the collection cycle (WORKER_METRICS_INTERVAL_SECONDS) reads it.' },
  WORKER_CAPACITY_FALLBACK_INSTANCE_TYPES: { runtime: 'capacityFallbackInstanceTypes', group: 'Workers', schema: list.refine((l) => l.every((t) => t.length <= 64 && INSTANCE_TYPE.test(t)), 'must be EC2 instance types such as m5.metal,c5.metal'), optional: true, description: 'Instance types (comma-separated, in order) to try when EC2 has no capacity (InsufficientInstanceCapacity, InstanceLimitExceeded, Unsupported) for the one asked for: a stopped worker is changed to the next type (ModifyInstanceAttribute) and started again; a new worker is launched with it. Unset: only the type asked for (docs/stop-and-start.md).' },
  WORKER_CAPACITY_FALLBACK_SUBNETS: { group: 'Workers', schema: list.refine((l) => l.every((s) => /^subnet-[0-9a-f]+$/.test(s)), 'must be subnet ids such as subnet-0123abcd'), optional: true, description: 'Subnets (availability zones; comma-separated, in order) a new worker is launched in when EC2 has no capacity in the one asked for. A stopped instance keeps its subnet.' },
  WORKER_CAPACITY_FALLBACK_BACKOFF_SECONDS: { group: 'Workers', schema: int(1, 900), default: '60', description: 'After every option failed for lack of capacity, seconds before all are tried again; doubles each round, at most 15 min.' },
  WORKER_CAPACITY_FALLBACK_DEADLINE_MINUTES: { group: 'Workers', schema: int(1, 1440), default: '30', description: 'Minutes after the first attempt a start or launch keeps trying for capacity; then it fails, naming what was tried and what to do.' },
  WORKER_CAPACITY_FALLBACK_INTERVAL_SECONDS: { group: 'Workers', schema: int(1, 300), default: '10', description: 'How often in seconds the `capacity-fallback` job looks for a start or launch whose next attempt is due (it runs only while one waits).' },
  WORKER_STOP_WIPES_LABS: { group: 'Workers', schema: bool, default: 'false', description: 'Whether a stop also wipes the labs it stopped (their nodes\' disks and runtime state) before EC2 stops the instance. A worker\'s `WORKER_STOP_WIPE_TAG` tag (`true` or `false`) decides for that worker. A terminate always wipes.' },
  WORKER_STOP_WIPE_TAG: { group: 'Workers', schema: z.string().trim().min(1).max(128), default: 'cml-stop-wipes-labs', description: 'EC2 tag that sets, for one worker, whether its stops wipe the labs (`true` or `false`; other values are ignored and the fleet default applies).' },
  WORKER_STOP_LABS_TIMEOUT_SECONDS: { group: 'Workers', schema: int(5, 3600), default: '180', description: 'Seconds a stop or terminate waits for the labs it asked to stop to report STOPPED.' },
  WORKER_STOP_LAB_FAILURE: { group: 'Workers', schema: z.enum(['continue', 'abort']), default: 'continue', description: 'What a stop does when a lab did not stop in time, or the controller could not be asked: `continue` (the timeline names the labs; they stop with the instance) or `abort` (the stop ends, the worker keeps running).' },
  WORKER_TOPOLOGY_EXPORT_BUCKET: { group: 'Workers', schema: z.string().trim().regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'must be an S3 bucket name such as cml-topologies'), optional: true, description: 'S3 bucket every lab topology (YAML) is exported to before a terminate, so nothing a person built is lost. Unset: topologies are not exported.' },
  WORKER_TOPOLOGY_EXPORT_PREFIX: { group: 'Workers', schema: z.string().trim().max(256), default: 'cml-topologies/', description: 'Key prefix of exported topologies: `<prefix><worker name>-<worker id>/<operation id>/<lab title>-<lab id>.yaml`.' },
  WORKER_TOPOLOGY_EXPORT_REGION: { group: 'Workers', schema: z.string().regex(AWS_REGION, 'must be an AWS region such as us-east-1'), optional: true, description: 'Region of the export bucket. Unset: AWS_REGION.' },
  WORKER_CONTROLLER_WAIT_MINUTES: { group: 'Workers', schema: int(1, 1440), default: '30', description: 'How long a terminate waits for an unreachable controller (to stop labs, export topologies and release the licence) before it fails and leaves the instance; the operator can force it meanwhile (`POST /api/workers/{id}/terminate` with `force: true`).' },
  WORKER_LICENSE_RELEASE_TIMEOUT_SECONDS: { group: 'Workers', schema: int(5, 3600), default: '120', description: 'Seconds a terminate waits, after asking the controller to deregister, for it to report the licence released.' },
  WORKER_POWER_WAIT_MINUTES: { group: 'Workers', schema: int(1, 240), default: '30', description: 'How long a stop or terminate waits for EC2 to report the instance stopped or terminated (metal instances take minutes).' },
  WORKER_POWER_POLL_SECONDS: { group: 'Workers', schema: int(1, 60), default: '5', description: 'How often a stop or terminate checks its labs, the licence and EC2 while it waits.' },
  POWER_OPERATIONS_INTERVAL_SECONDS: { group: 'Workers', schema: int(1, 300), default: '15', description: 'How often the `power-operations` job looks for a stop or terminate whose process went away (no heartbeat for four times the larger of this and WORKER_POWER_POLL_SECONDS) and carries it on.' },
  WORKER_CAPACITY_FALLBACK_RESTORE_TYPE: { group: 'Workers', schema: z.enum(['never', 'on-next-stop']), default: 'on-next-stop', description: 'What happens to a worker that a start put on a fallback instance type for lack of capacity: `on-next-stop` changes it back to the type it had (ModifyInstanceAttribute) once EC2 reports it stopped again, retried at every later look while that fails, or just before its next start if that comes first; `never` keeps the fallback type (change it by hand). Applies to starts that begin looking for capacity after it is set (docs/stop-and-start.md).' },
  WORKER_REFRESH_MIN_INTERVAL_SECONDS: { group: 'Workers', schema: int(0, 3600), default: '10', description: 'Minimum seconds between two on-demand refreshes of one worker (429 with Retry-After inside it).' },

  // --- CML controllers
  CML_USERNAME: { group: 'CML', schema: z.string().min(1), default: 'admin', description: 'Fleet-wide CML API user.' },
  CML_PASSWORD: { group: 'CML', schema: z.string().min(1), optional: true, secret: true, description: 'Fleet-wide CML API password. Unset: controllers are not contacted and workers report the credentials as missing.' },
  CML_CREDENTIALS_OVERRIDES: { group: 'CML', schema: z.string().transform((v, ctx) => { try { const o = JSON.parse(v) as Record<string, { username?: unknown; password?: unknown }>; if (!o || typeof o !== 'object' || Array.isArray(o) || !Object.values(o).every((c) => c && typeof c.username === 'string' && typeof c.password === 'string')) throw new Error(); return o as Record<string, { username: string; password: string }>; } catch { ctx.addIssue({ code: 'custom', message: 'must be a JSON object {"<EC2 instance id>": {"username": "...", "password": "..."}}' }); return z.NEVER; } }).refine((o) => Object.keys(o).every((k) => /^i-[0-9a-f]{8,17}$/.test(k)), 'keys must be EC2 instance ids such as i-0123456789abcdef0 (worker names are not unique, so they cannot key credentials)'), optional: true, secret: true, description: 'Per-worker CML credentials overriding the fleet default, keyed by EC2 instance id (JSON): `{"i-0123456789abcdef0": {"username": "...", "password": "..."}}`.' },
  CML_ALLOWED_NETWORKS: { group: 'CML', schema: allowlist, optional: true, description: 'Comma-separated CIDR blocks and host names (`*.example.com` for any name under it) of the controllers the app may contact; a worker whose endpoint is elsewhere is `unavailable` and gets no credentials. Unset: any address, outside production only (a production start refuses to run without it). A stopped instance\'s public IP goes back to AWS, so set this to your VPC ranges or controller domain.' },
  CML_ALLOW_HTTP: { group: 'CML', schema: bool, default: 'false', description: 'Contact controllers at plain `http://` endpoints (an override or `cml-endpoint` tag). Off: such a worker is `unavailable` and gets no credentials, because they would travel in clear. Turn on only for controllers on a network you trust (the CML simulator in development).' },
  CML_VERIFY_TLS: { group: 'CML', schema: bool, default: 'true', description: 'Verify controller TLS certificates. Set to `false` only for self-signed controllers you trust (or use CML_CA_BUNDLE).' },
  CML_CA_BUNDLE: { group: 'CML', schema: z.string().min(1), optional: true, description: 'Path to a PEM bundle of CAs to trust for controller certificates.' },
  CML_TIMEOUT_MS: { group: 'CML', schema: int(100, 120000), default: '10000', description: 'Timeout in milliseconds of one controller call.' },
  CML_READ_RETRIES: { group: 'CML', schema: int(0, 5), default: '2', description: 'Retries (with backoff) of idempotent controller reads; writes are never retried.' },
  CML_BREAKER_FAILURES: { group: 'CML', schema: int(1, 100), default: '3', description: 'Consecutive failures after which a controller\'s circuit opens (calls fail fast).' },
  LICENSE_POLL_SECONDS: { group: 'CML', schema: int(1, 300), default: '5', description: 'While a license registration settles, how often in seconds the controller is asked.' },
  LICENSE_TIMEOUT_SECONDS: { group: 'CML', schema: int(10, 3600), default: '180', description: 'A license registration that has not settled after this many seconds is reported failed.' },
  TELEMETRY_CHANGE_THRESHOLD_PERCENT: { group: 'CML', schema: int(0, 100), default: '5', description: 'Telemetry (CPU, memory, disk in percent points) must move at least this much to emit an event; smaller moves are stored silently.' },
  CML_BREAKER_COOLDOWN_MS: { group: 'CML', schema: int(1000, 3600000), default: '30000', description: 'How long in milliseconds an open circuit stays open before one trial call.' },

  // --- Jobs and idle detection
  JOBS_ENABLED: { group: 'Jobs', schema: bool, default: 'true', description: 'Run the scheduled jobs in this instance. Several instances share each run through a lease (Redis), so every instance may keep this on.' },
  JOB_TICK_SECONDS: { group: 'Jobs', schema: int(1, 60), default: '5', description: 'How often in seconds the scheduler looks for a job whose next run is due.' },
  JOB_RUN_LEASE_SECONDS: { group: 'Jobs', schema: int(3, 600), default: '60', description: 'How long in seconds a running job holds its lease without renewing it (renewed every third of it). An instance that dies mid-run keeps the job from running anywhere else for at most this long.' },
  WORKER_METRICS_INTERVAL_SECONDS: { runtime: 'metricsIntervalSeconds', group: 'Jobs', schema: int(1, 86400), default: '300', description: 'Interval in seconds of the fleet metrics collection (EC2, CloudWatch, CML).' },
  CML_SYNC_CONCURRENCY: { group: 'Jobs', schema: int(1, 500), default: '25', description: 'Controllers read at the same time during a collection cycle.' },
  WORKER_METRICS_WRITE_CONCURRENCY: { group: 'Jobs', schema: int(1, 500), default: '25', description: 'Workers written at the same time during a collection cycle (each write is one read-modify-write with the version check), all regions together.' },
  WORKER_METRICS_DESCRIBE_SECONDS: { group: 'Jobs', schema: int(0, 86400), default: '1800', description: 'A collection cycle reads every instance of a region in full (DescribeInstances: addresses, tags, type) when something changed (an instance state differs from the worker\'s status, or an instance is missing) and otherwise at most this many seconds apart; in between, the status checks (every cycle) carry the states. 0: in full every cycle. Addresses or tags changed behind the product\'s back, with no state change, show within this time.' },
  WORKER_METRICS_LOAD_BATCH: { group: 'Jobs', schema: int(1, 5000), default: '200', description: 'Workers a collection cycle reads from the database in one query before writing what it learned about them; memory holds one batch, not the fleet.' },
  WORKER_METRICS_CLOUDWATCH_PERIOD_SECONDS: { group: 'Jobs', schema: int(60, 3600).refine((n) => n % 60 === 0, 'must be a multiple of 60'), default: '60', description: 'Period in seconds of the CloudWatch figures a collection cycle asks for (CPU, and memory from the CloudWatch agent): 60 fits detailed monitoring, and basic monitoring (300) answers within the window too.' },
  WORKER_METRICS_CLOUDWATCH_WINDOW_MINUTES: { group: 'Jobs', schema: int(5, 1440), default: '15', description: 'How far back in minutes a collection cycle asks CloudWatch; the newest point in the window is the figure shown. At least the period.' },
  METRICS_RETENTION_DAYS: { group: 'Jobs', schema: int(1, 3650), default: '14', description: 'Days metric samples are kept for charts (a TTL index removes older ones).' },
  VOLUME_INVENTORY_INTERVAL_SECONDS: { runtime: 'volumeInventoryIntervalSeconds', group: 'Jobs', schema: int(60, 86400), default: '3600', description: 'Interval in seconds of the volume inventory: the EBS volumes of every managed worker not terminated, one DescribeVolumes call per region (per 200 workers), kept apart from the metrics collection. Storage cost is priced from them.' },
  LAB_SYNC_INTERVAL_SECONDS: { runtime: 'labSyncIntervalSeconds', group: 'Jobs', schema: int(1, 86400), default: '1800', description: 'Interval in seconds of the lab sync across running workers.' },
  IDLE_DETECTION_ENABLED: { runtime: 'idleDetectionEnabled', group: 'Jobs', schema: bool, default: 'true', description: 'Stop idle workers (after a warning). Per-worker switch: PATCH /api/workers/{id} idleDetectionEnabled.' },
  IDLE_CHECK_INTERVAL_SECONDS: { runtime: 'idleCheckIntervalSeconds', group: 'Jobs', schema: int(1, 86400), default: '60', description: 'Interval in seconds of the idle evaluation (it uses the activity the collection stored; no controller calls).' },
  IDLE_TIMEOUT_MINUTES: { runtime: 'idleTimeoutMinutes', group: 'Jobs', schema: int(1, 10080), default: '60', description: 'Minutes without human activity after which a worker is idle (per-worker override: idleTimeoutMinutes).' },
  IDLE_START_GRACE_MINUTES: { runtime: 'idleStartGraceMinutes', group: 'Jobs', schema: int(0, 10080), default: '60', description: 'Minutes after a manual start during which a worker is never stopped for idleness.' },
  IDLE_WARNING_LEAD_MINUTES: { runtime: 'idleWarningLeadMinutes', group: 'Jobs', schema: int(0, 1440), default: '10', description: 'Minutes between the idle warning and the planned stop.' },
  IDLE_EXCLUDED_USER_PATTERN: { group: 'Jobs', schema: z.string().refine((v) => { try { new RegExp(v); return true; } catch { return false; } }, 'must be a regular expression'), default: '^00000000-0000-', description: 'CML telemetry events of users whose id matches are not human activity (the built-in system user).' },
  IDLE_ACTIVITY_CATEGORIES: { group: 'Jobs', schema: list, default: 'start_lab,stop_lab,wipe_lab,import_lab,export_lab,start_node,stop_node,queue_node,boot_node,wipe_node,user_activity', description: 'CML telemetry categories that count as human activity.' },
  AUTO_IMPORT_WORKERS_ENABLED: { group: 'Jobs', schema: bool, default: 'false', description: 'Periodically import instances whose AMI name matches AUTO_IMPORT_WORKERS_AMI_NAME.' },
  AUTO_IMPORT_WORKERS_INTERVAL_SECONDS: { group: 'Jobs', schema: int(1, 86400), default: '3600', description: 'Interval in seconds of the auto-import.' },
  AUTO_IMPORT_WORKERS_REGIONS: { group: 'Jobs', schema: regions, optional: true, description: 'Regions the auto-import searches. Default: AWS_REGIONS.' },
  AUTO_IMPORT_WORKERS_AMI_NAME: { group: 'Jobs', schema: z.string().min(1), optional: true, description: 'AMI name pattern (e.g. `cml-2.9-*`) of instances to auto-import. Required when the auto-import is enabled.' },

  // --- Scheduling (desired power)
  POWER_RECONCILE_INTERVAL_SECONDS: { runtime: 'powerReconcileIntervalSeconds', group: 'Scheduling', schema: int(10, 3600), default: '60', description: 'How often in seconds the reconciler compares every worker with its desired power state (schedules, reservations, overrides, runtime limits) and starts or stops it.' },
  RESERVATION_LEAD_DEFAULT_MINUTES: { group: 'Scheduling', schema: int(0, 240), default: '20', description: 'Minutes before a reservation starts that a worker is started, while it has no measured boot-to-ready times of its own. Also how long such a worker is expected to take from a start to its controller available (its `startup.expectedReadyAt`, "ready in about …" in the console).' },
  SCHEDULE_STOP_WARNING_LEAD_MINUTES: { runtime: 'stopWarningLeadMinutes', group: 'Scheduling', schema: int(0, 1440), default: '15', description: 'Minutes before the reconciler stops a running worker because a schedule window closes, its runtime limit is reached or a reservation ends, that the owner and the notification channels are warned (a `stop-warning` with links to keep it running). 0 turns these warnings off.' },
  RESERVATION_LEAD_MARGIN_MINUTES: { group: 'Scheduling', schema: int(0, 120), default: '5', description: 'Minutes added to a worker\'s median boot-to-ready time when it is started for a reservation.' },
  WORKER_OWNER_TAG: { group: 'Scheduling', schema: z.string().trim().min(1).max(128), default: 'Owner', description: 'EC2 tag whose value becomes the owner (a username or a group) of an imported worker; a provisioned worker is owned by whoever provisioned it.' },
  BUDGET_CHECK_INTERVAL_SECONDS: { group: 'Budgets', schema: int(30, 86400), default: '300', description: 'How often in seconds the `budget-watch` job compares every monthly budget with the month\'s spend: it notifies each threshold reached (once per budget, month and threshold) and, at 100 %, stops the running workers of budgets that say stopAtLimit (docs/cost.md, "Budgets").' },

  // --- Cost
  COST_METER_INTERVAL_SECONDS: { runtime: 'costMeterIntervalSeconds', group: 'Cost', schema: int(10, 3600), default: '60', description: 'How often in seconds the `cost-meter` job brings the cost ledger up to date with the status changes recorded since its last run (only the workers that changed are metered again; docs/cost.md).' },
  COST_METRICS_TAG_KEYS: { group: 'Cost', schema: list, default: '', description: 'Comma-separated EC2 tag keys (e.g. `team,course`) whose values get Prometheus series of their own: `ccm_cost_tag_month_to_date_usd` and `ccm_cost_tag_saved_month_to_date_usd` with labels `tag_key` and `tag_value`. Empty: none.' },
  COST_SAVING_CAP_HOURS: { runtime: 'costSavingCapHours', group: 'Cost', schema: int(1, 744), default: '24', description: 'An automatic stop saves the stopped hours until the next start, but at most this many hours: how long a worker would plausibly have run on without the product (docs/cost.md, "Saved").' },

  // --- Labs
  LAB_UPLOAD_MAX_BYTES: { group: 'Labs', schema: int(1024, 104857600), default: '5242880', description: 'Largest lab topology (YAML) accepted for upload, in bytes (default 5 MiB); larger uploads get 413.' },
  LAB_STATE_HISTORY_LIMIT: { group: 'Labs', schema: int(1, 1000), default: '50', description: 'State changes kept on each lab record (the newest; older ones drop off). Every change also stays in the event log.' },
  LAB_SYNC_MIN_INTERVAL_SECONDS: { group: 'Labs', schema: int(0, 3600), default: '10', description: 'Minimum seconds between two on-demand lab syncs of one worker, whoever asks (429 with Retry-After inside it); the scheduled lab sync is not held back. 0 turns the throttle off.' },
  LAB_CONTROLLER_READS_PER_MINUTE: { group: 'Labs', schema: int(0, 10000), default: '30', description: 'On-demand reads one worker\'s controller answers per minute, whoever asks: topology downloads and node and image definition lists together; more get 429 with Retry-After until the minute is over. 0 turns the throttle off.' },
  LAB_SYNC_CONCURRENCY: { group: 'Labs', schema: int(1, 64), default: '8', description: 'Lab records a sync writes in parallel for one worker.' },

  // --- Live events (SSE)
  SSE_HEARTBEAT_SECONDS: { group: 'Live events', schema: int(1, 300), default: '20', description: 'How often in seconds the event stream sends a heartbeat (keeps proxies from closing it); cookie sessions are re-checked at each one.' },
  SSE_RETRY_MS: { group: 'Live events', schema: int(100, 600000), default: '3000', description: 'Reconnection delay in milliseconds suggested to clients (`retry:` at the start of the stream).' },
  SSE_CLIENT_BUFFER_EVENTS: { group: 'Live events', schema: int(1, 100000), default: '1000', description: 'Events kept for one client that does not read fast enough; beyond this it gets `overflow` and is disconnected.' },
  SSE_REPLAY_MAX_EVENTS: { group: 'Live events', schema: int(0, 100000), default: '1000', description: 'Most events replayed to a client resuming with Last-Event-ID; one that missed more gets `resync` and refetches.' },
  SSE_RESUME_OVERLAP_SECONDS: { group: 'Live events', schema: int(0, 3600), default: '5', description: 'A resuming client also gets the events with earlier ids that reached the event log from this many seconds before its last event on (they committed late, e.g. on another instance). Such an event may come twice; clients deduplicate by `id`.' },
  SSE_MAX_STREAMS_PER_IDENTITY: { group: 'Live events', schema: int(1, 100000), default: '10', description: 'Live event streams one caller (a person or a service account) may hold open on one app instance at a time (a console tab holds one); one more gets 429 `EVENTS.TOO_MANY_STREAMS` with Retry-After. A closed stream frees its slot.' },
  SSE_MAX_STREAMS_PER_INSTANCE: { group: 'Live events', schema: int(1, 1000000), default: '1000', description: 'Live event streams one app instance serves at a time, all callers together; one more gets 429 `EVENTS.TOO_MANY_STREAMS` with Retry-After.' },
  SSE_OVERFLOW_GRACE_MS: { group: 'Live events', schema: int(0, 60000), default: '2000', description: 'How long in milliseconds a client told about an overflow may still read it before its connection is cut.' },

  // --- Notifications
  NOTIFY_SMTP_HOST: { group: 'Notifications', schema: z.string().trim().min(1), optional: true, description: 'SMTP server that e-mail notifications go through. Unset: e-mail channels are refused when sending (their deliveries fail and are retried) and people get in-app notifications only.' },
  NOTIFY_SMTP_PORT: { group: 'Notifications', schema: int(1, 65535), default: '587', description: 'Port of NOTIFY_SMTP_HOST.' },
  NOTIFY_SMTP_SECURE: { group: 'Notifications', schema: z.enum(['tls', 'starttls', 'none']), default: 'starttls', description: '`tls`: TLS from the first byte (usually port 465); `starttls`: upgrade with STARTTLS when the server offers it (usually 587); `none`: plain SMTP (a relay on loopback only).' },
  NOTIFY_SMTP_USER: { group: 'Notifications', schema: z.string().min(1), optional: true, description: 'SMTP user name; unset: no authentication.' },
  NOTIFY_SMTP_PASSWORD: { group: 'Notifications', schema: z.string().min(1), optional: true, secret: true, description: 'SMTP password of NOTIFY_SMTP_USER.' },
  NOTIFY_SMTP_FROM: { group: 'Notifications', schema: z.string().trim().min(3), default: 'CML Cloud Manager <cml-cloud-manager@localhost>', description: 'The From address of notification e-mails.' },
  LICENSE_EXPIRY_WARNING_DAYS: { group: 'Notifications', schema: int(0, 365), default: '14', description: 'A running worker whose CML licence (its authorization or registration; an evaluation: the end of its period) expires within this many days gets a `license-problem` notification, once per expiry date (the `controller-watch` job). 0 turns it off.' },
  NOTIFY_CONTROLLER_UNAVAILABLE_MINUTES: { group: 'Notifications', schema: int(1, 1440), default: '10', description: 'A running worker whose controller has not answered for this many minutes gets a `controller-unavailable` notification (once per outage).' },
  NOTIFY_DELIVERY_INTERVAL_SECONDS: { group: 'Notifications', schema: int(1, 3600), default: '15', description: 'How often in seconds the `notification-delivery` job sends the deliveries that are due (it runs only when one is due).' },
  NOTIFY_DELIVERY_ATTEMPTS: { group: 'Notifications', schema: int(1, 50), default: '8', description: 'Attempts per delivery (one channel or one e-mail recipient) before it is given up; the last error is kept.' },
  NOTIFY_DELIVERY_BACKOFF_SECONDS: { group: 'Notifications', schema: int(1, 3600), default: '30', description: 'Wait in seconds before the second attempt of a delivery; it doubles with every further attempt, up to 6 hours.' },
  NOTIFY_DELIVERY_TIMEOUT_MS: { group: 'Notifications', schema: int(100, 120000), default: '10000', description: 'Timeout in milliseconds of one webhook POST or one SMTP conversation.' },

  // --- CloudEvents
  CLOUD_EVENT_SINK: { group: 'CloudEvents', schema: url(['http:', 'https:']), optional: true, secret: true, description: 'URL every domain event is POSTed to as a CloudEvent (at least once, in event order). Credentials in it (`https://user:password@host/...`) are sent as HTTP Basic authentication, a query string as is; neither is logged. Unset: nothing is published.' },
  CLOUD_EVENT_SOURCE: { group: 'CloudEvents', schema: z.string().trim().min(1).regex(/^\S+$/, 'must be a URI reference without spaces'), optional: true, description: 'The CloudEvents `source` attribute. Default: PUBLIC_URL.' },
  CLOUD_EVENT_TYPE_PREFIX: { group: 'CloudEvents', schema: z.string().trim().regex(/^[A-Za-z0-9]+([.-][A-Za-z0-9]+)*$/, 'must be a reverse-DNS name such as io.cml-cloud-manager'), default: 'io.cml-cloud-manager', description: 'Prefix of the CloudEvents `type`: `<prefix>.<event type>`, e.g. `io.cml-cloud-manager.worker.imported`.' },
  CLOUD_EVENT_MODE: { group: 'CloudEvents', schema: z.enum(['binary', 'structured']), default: 'binary', description: 'HTTP content mode: `binary` (attributes in `ce-*` headers, the data as the body) or `structured` (one `application/cloudevents+json` document).' },
  CLOUD_EVENT_MAX_ATTEMPTS: { group: 'CloudEvents', schema: int(1, 20), default: '5', description: 'Attempts per event, with exponential backoff, before the publisher pauses until its next poll (the event is never skipped).' },
  CLOUD_EVENT_BACKOFF_MS: { group: 'CloudEvents', schema: int(0, 60000), default: '500', description: 'Wait in milliseconds before the second attempt; it doubles with each further attempt up to 30 s.' },
  CLOUD_EVENT_TIMEOUT_MS: { group: 'CloudEvents', schema: int(100, 120000), default: '5000', description: 'Timeout in milliseconds of one POST to the sink.' },
  CLOUD_EVENT_POLL_SECONDS: { group: 'CloudEvents', schema: int(1, 3600), default: '5', description: 'How often in seconds the publisher looks for undelivered events when no new event prompts it (and retries after a failed round).' },
  CLOUD_EVENT_LEASE_SECONDS: { group: 'CloudEvents', schema: int(3, 3600), default: '30', description: 'Lease that makes one app instance the publisher; a crashed holder is replaced after this many seconds.' },
  CLOUD_EVENT_LATE_WINDOW_SECONDS: { group: 'CloudEvents', schema: int(0, 86400), default: '300', description: 'How far back in seconds the publisher looks for events that reached the event log after later ones (concurrent writes, outbox replays).' },
  // --- action links
  ACTION_LINK_SECRET: { group: 'Action links', schema: z.string().min(32, 'must be at least 32 characters (e.g. `openssl rand -base64 48`)'), default: 'dev-action-link-secret-change-me', secret: true, description: 'Key that signs the one-click links of pre-stop warnings ("keep running for 1 h", "stop now"; HMAC-SHA256). Anyone who knows it can make links that act on any worker without signing in. Changing it makes every link sent so far invalid. The development default is refused when NODE_ENV=production.' },
  ACTION_LINK_RATE_LIMIT_PER_MINUTE: { group: 'Action links', schema: int(1, 10000), default: '20', description: 'Requests to action links (the confirmation page and the action) allowed per client IP per minute; more get 429.' },
} satisfies Record<string, VariableSpec>;

export type VariableName = keyof typeof VARIABLES;
export { bool, int, url, list, regions };
