import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { VARIABLES, type VariableName, type VariableSpec } from './config.schema.js';
import { EndpointAllowlist } from './endpoint-allowlist.js';

type Parsed = { [K in VariableName]: unknown };

/** The validated configuration, injected wherever settings are needed (never `process.env`). */
export class AppConfig {
  readonly env!: 'development' | 'test' | 'production';
  readonly http!: { host: string; port: number; publicUrl: string; trustProxy: false | number | string[]; shutdownDrainMs: number; shutdownTimeoutMs: number };
  readonly log!: { level: string };
  readonly web!: { distDir: string };
  readonly mongo!: { uri: string };
  readonly telemetry!: { endpoint?: string; serviceName: string; metricsIntervalMs: number; tracesDelayMs: number };
  /** The Prometheus endpoint, on a listener of its own (ADR 0035). */
  readonly metrics!: { enabled: boolean; port: number; host: string };
  readonly redis!: { url?: string; keyPrefix: string };
  readonly auth!: {
    issuer: string;
    discoveryUrl?: string;
    clientId: string;
    clientSecret: string;
    audience: string;
    swaggerClientId: string;
    scopes: string;
    algorithms: string[];
    clockSkewSeconds: number;
    idleTimeoutMinutes: number;
    maxLifetimeMinutes: number;
    refreshLeewaySeconds: number;
    cookieSecure: boolean;
    loginRatePerMinute: number;
    pendingLoginsMax: number;
  };
  readonly jobs!: {
    enabled: boolean;
    tickSeconds: number;
    /** How long a running job's lease lasts without renewal (JOB_RUN_LEASE_SECONDS). */
    runLeaseSeconds: number;
    metricsIntervalSeconds: number;
    cmlConcurrency: number;
    /** The collection cycle's tuning (WORKER_METRICS_*). */
    collection: { writeConcurrency: number; loadBatch: number; describeSeconds: number; cloudWatchPeriodSeconds: number; cloudWatchWindowMinutes: number };
    metricsRetentionDays: number;
    labSyncIntervalSeconds: number;
    /** The volume-inventory job's interval (VOLUME_INVENTORY_INTERVAL_SECONDS). */
    volumeInventoryIntervalSeconds: number;
    idle: {
      enabled: boolean;
      checkIntervalSeconds: number;
      timeoutMinutes: number;
      startGraceMinutes: number;
      warningLeadMinutes: number;
      excludedUserPattern: string;
      activityCategories: string[];
    };
    autoImport: { enabled: boolean; intervalSeconds: number; regions: string[]; amiName?: string };
  };
  readonly aws!: {
    regions: string[];
    defaultRegion: string;
    endpoint?: string;
    roleArn?: string;
    maxAttempts: number;
    amiOwners: string[];
  };
  readonly workers!: {
    defaultInstanceType: string;
    defaultAmiIds: Record<string, string>;
    defaultAmiName?: string;
    subnetId?: string;
    securityGroupIds: string[];
    keyName?: string;
    endpointUsePrivateIp: boolean;
    refreshMinIntervalSeconds: number;
    provisionPollSeconds: number;
    provisionTimeoutMinutes: number;
    followIntervalSeconds: number;
    followMaxMinutes: number;
    /** How long a region's instance types are cached. */
    instanceTypesCacheMinutes: number;
    /** What to try when EC2 has no capacity (docs/stop-and-start.md). */
    capacityFallback: { instanceTypes: string[]; subnetIds: string[]; backoffSeconds: number; deadlineMinutes: number; intervalSeconds: number; restoreType: 'never' | 'on-next-stop' };
    /** Choreographed stop and terminate (docs/stop-and-start.md). */
    powerOperations: {
      wipeLabs: boolean;
      wipeTag: string;
      labsTimeoutSeconds: number;
      labFailure: 'continue' | 'abort';
      exportBucket?: string;
      exportPrefix: string;
      exportRegion: string;
      controllerWaitMinutes: number;
      licenseReleaseTimeoutSeconds: number;
      powerWaitMinutes: number;
      pollSeconds: number;
      resumeIntervalSeconds: number;
    };
  };
  readonly scheduling!: {
    reconcileIntervalSeconds: number;
    reservationLeadDefaultMinutes: number;
    reservationLeadMarginMinutes: number;
    /** Minutes ahead a stop for a schedule end, runtime limit or reservation end is warned of (0: never). */
    stopWarningLeadMinutes: number;
    ownerTag: string;
  };
  /** The cost ledger (docs/cost.md). */
  readonly cost!: { meterIntervalSeconds: number; savingCapHours: number; metricsTagKeys: string[] };
  /** Runtime settings (ADR 0048): how often an instance re-reads them besides being told of a change. */
  readonly settings!: { refreshSeconds: number };
  readonly budgets!: {
    /** How often the budget-watch job runs. */
    checkIntervalSeconds: number;
  };
  readonly cml!: {
    username: string;
    password?: string;
    credentialOverrides: Record<string, { username: string; password: string }>;
    /** Controller addresses the app may contact (CML_ALLOWED_NETWORKS); allows every address when unset. */
    allowedNetworks: EndpointAllowlist;
    verifyTls: boolean;
    allowHttp: boolean;
    caBundlePath?: string;
    timeoutMs: number;
    readRetries: number;
    breakerFailures: number;
    breakerCooldownMs: number;
    telemetryThresholdPercent: number;
    licensePollSeconds: number;
    licenseTimeoutSeconds: number;
  };
  readonly labs!: {
    uploadMaxBytes: number;
    stateHistoryLimit: number;
    syncConcurrency: number;
    /** Seconds between two on-demand syncs of one worker (LAB_SYNC_MIN_INTERVAL_SECONDS); 0: unthrottled. */
    syncMinIntervalSeconds: number;
    /** On-demand controller reads per worker per minute (LAB_CONTROLLER_READS_PER_MINUTE); 0: unthrottled. */
    controllerReadsPerMinute: number;
  };

  readonly realtime!: {
    heartbeatSeconds: number;
    retryMs: number;
    clientBufferEvents: number;
    replayMaxEvents: number;
    resumeOverlapSeconds: number;
    overflowGraceMs: number;
    /** Open streams per caller on this instance (SSE_MAX_STREAMS_PER_IDENTITY). */
    maxStreamsPerIdentity: number;
    /** Open streams on this instance, every caller together (SSE_MAX_STREAMS_PER_INSTANCE). */
    maxStreamsPerInstance: number;
  };
  readonly notifications!: {
    smtp: { host?: string; port: number; secure: 'tls' | 'starttls' | 'none'; user?: string; password?: string; from: string };
    controllerUnavailableMinutes: number;
    /** Days ahead a licence expiry is notified of (0: never). */
    licenseExpiryWarningDays: number;
    delivery: { intervalSeconds: number; attempts: number; backoffSeconds: number; timeoutMs: number };
  };
  readonly cloudEvents!: {
    sink?: string;
    source: string;
    typePrefix: string;
    mode: 'binary' | 'structured';
    maxAttempts: number;
    backoffMs: number;
    timeoutMs: number;
    pollSeconds: number;
    leaseSeconds: number;
    lateWindowSeconds: number;
  };
  /** The one-click links of notifications (docs/stop-and-start.md, "Action links"). */
  readonly actionLinks!: { secret: string; ratePerMinute: number };

  constructor(values: Partial<AppConfig>) {
    Object.assign(this, values);
  }

  get isProduction(): boolean {
    return this.env === 'production';
  }
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Configuration is invalid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Secrets published in this repository (the development realm, the demo): a production start that
 * uses one of them is refused.
 */
const DEVELOPMENT_SECRETS: Partial<Record<VariableName, string[]>> = {
  OIDC_CLIENT_SECRET: ['dev-web-secret-change-me'],
  CML_PASSWORD: ['admin'],
  ACTION_LINK_SECRET: ['dev-action-link-secret-change-me'],
};

/** A secret's value from `<NAME>_FILE` when that is set (mounted Docker or Kubernetes secrets). */
function secretFromFile(name: string, env: NodeJS.ProcessEnv, problems: string[]): string | undefined {
  const file = env[`${name}_FILE`]?.trim();
  if (!file) return undefined;
  if (env[name]?.trim()) {
    problems.push(`${name}: set either ${name} or ${name}_FILE, not both.`);
    return undefined;
  }
  try {
    return readFileSync(file, 'utf8').replace(/\r?\n$/, '');
  } catch (err) {
    problems.push(`${name}_FILE: cannot read ${file} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}).`);
    return undefined;
  }
}

/** What a production start must not run with: development issuers and secrets, no controller allowlist. */
function productionProblems(parsed: Parsed): string[] {
  const problems: string[] = [];
  for (const name of ['OIDC_ISSUER_URL', 'OIDC_DISCOVERY_URL'] as const) {
    const value = parsed[name] as string | undefined;
    if (value?.startsWith('http:')) {
      problems.push(`${name}: must be https when NODE_ENV=production (an http identity provider, such as the embedded development one, lets tokens and keys be read or changed on the way).`);
    }
  }
  for (const [name, known] of Object.entries(DEVELOPMENT_SECRETS) as [VariableName, string[]][]) {
    if (known.includes(parsed[name] as string)) problems.push(`${name}: the development value published in this repository cannot be used when NODE_ENV=production; set your own secret.`);
  }
  if (parsed.CML_ALLOWED_NETWORKS === undefined) {
    problems.push('CML_ALLOWED_NETWORKS: is required when NODE_ENV=production: the CIDR blocks or host names of your controllers (e.g. 10.0.0.0/8,*.cml.example.com), so CML credentials never go to an address you do not own.');
  }
  return problems;
}

/** Validates every variable at once and reports all problems together. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, repoRoot = process.cwd()): AppConfig {
  const problems: string[] = [];
  const parsed = {} as Parsed;
  for (const [name, spec] of Object.entries(VARIABLES) as [VariableName, VariableSpec][]) {
    const fromFile = spec.secret ? secretFromFile(name, env, problems) : undefined;
    const raw = fromFile ?? (env[name]?.trim() ? env[name] : spec.default);
    if (raw === undefined) {
      if (!spec.optional) problems.push(`${name}: is required. ${spec.description}`);
      continue;
    }
    const result = spec.schema.safeParse(raw);
    if (result.success) {
      parsed[name] = result.data;
    } else {
      const shown = spec.secret ? '' : ` (got "${raw}")`;
      problems.push(`${name}: ${result.error.issues.map((i) => i.message).join('; ')}${shown}`);
    }
  }
  if (parsed.NODE_ENV === 'production') problems.push(...productionProblems(parsed));
  if (parsed.AUTO_IMPORT_WORKERS_ENABLED === true && !parsed.AUTO_IMPORT_WORKERS_AMI_NAME) {
    problems.push('AUTO_IMPORT_WORKERS_AMI_NAME: is required when AUTO_IMPORT_WORKERS_ENABLED=true (the AMI name pattern of instances to import).');
  }
  if (parsed.METRICS_ENABLED === true && parsed.METRICS_PORT !== 0 && parsed.METRICS_PORT === parsed.PORT) {
    problems.push(`METRICS_PORT: must differ from PORT (${String(parsed.PORT)}): the metrics have a listener of their own (ADR 0035).`);
  }
  const period = parsed.WORKER_METRICS_CLOUDWATCH_PERIOD_SECONDS as number | undefined;
  const window = parsed.WORKER_METRICS_CLOUDWATCH_WINDOW_MINUTES as number | undefined;
  if (period !== undefined && window !== undefined && window * 60 < period) {
    problems.push(`WORKER_METRICS_CLOUDWATCH_WINDOW_MINUTES: must cover at least one period (WORKER_METRICS_CLOUDWATCH_PERIOD_SECONDS=${period} s is ${period / 60} min).`);
  }
  if (problems.length > 0) throw new ConfigError(problems);

  const p = parsed as Record<VariableName, never>;
  const port = p.PORT as number;
  const publicUrl = ((p.PUBLIC_URL as string | undefined) ?? `http://127.0.0.1:${port}`).replace(/\/$/, '');
  return new AppConfig({
    env: p.NODE_ENV,
    http: {
      host: p.HOST,
      port,
      publicUrl,
      trustProxy: p.TRUST_PROXY,
      shutdownDrainMs: p.SHUTDOWN_DRAIN_MS,
      shutdownTimeoutMs: p.SHUTDOWN_TIMEOUT_MS,
    },
    log: { level: p.LOG_LEVEL },
    web: { distDir: (p.WEB_DIST_DIR as string | undefined) ?? resolve(repoRoot, 'web/dist') },
    mongo: { uri: p.MONGODB_URI },
    telemetry: { endpoint: p.OTEL_EXPORTER_OTLP_ENDPOINT, serviceName: p.OTEL_SERVICE_NAME, metricsIntervalMs: p.OTEL_METRICS_INTERVAL_MS, tracesDelayMs: p.OTEL_TRACES_DELAY_MS },
    metrics: { enabled: p.METRICS_ENABLED, port: p.METRICS_PORT, host: p.METRICS_HOST },
    redis: { url: p.REDIS_URL, keyPrefix: p.REDIS_KEY_PREFIX },
    auth: {
      issuer: (p.OIDC_ISSUER_URL as string).replace(/\/$/, ''),
      discoveryUrl: p.OIDC_DISCOVERY_URL,
      clientId: p.OIDC_CLIENT_ID,
      clientSecret: p.OIDC_CLIENT_SECRET,
      audience: p.OIDC_AUDIENCE,
      swaggerClientId: p.OIDC_SWAGGER_CLIENT_ID,
      scopes: p.OIDC_SCOPES,
      algorithms: p.AUTH_JWT_ALGORITHMS,
      clockSkewSeconds: p.AUTH_CLOCK_SKEW_SECONDS,
      idleTimeoutMinutes: p.SESSION_IDLE_TIMEOUT_MINUTES,
      maxLifetimeMinutes: p.SESSION_MAX_LIFETIME_MINUTES,
      refreshLeewaySeconds: p.SESSION_REFRESH_LEEWAY_SECONDS,
      cookieSecure: p.SESSION_COOKIE_SECURE === 'auto' ? publicUrl.startsWith('https:') : p.SESSION_COOKIE_SECURE === 'true',
      loginRatePerMinute: p.AUTH_LOGIN_RATE_LIMIT_PER_MINUTE,
      pendingLoginsMax: p.AUTH_PENDING_LOGINS_MAX,
    },
    jobs: {
      enabled: p.JOBS_ENABLED,
      tickSeconds: p.JOB_TICK_SECONDS,
      runLeaseSeconds: p.JOB_RUN_LEASE_SECONDS,
      metricsIntervalSeconds: p.WORKER_METRICS_INTERVAL_SECONDS,
      cmlConcurrency: p.CML_SYNC_CONCURRENCY,
      collection: {
        writeConcurrency: p.WORKER_METRICS_WRITE_CONCURRENCY,
        loadBatch: p.WORKER_METRICS_LOAD_BATCH,
        describeSeconds: p.WORKER_METRICS_DESCRIBE_SECONDS,
        cloudWatchPeriodSeconds: p.WORKER_METRICS_CLOUDWATCH_PERIOD_SECONDS,
        cloudWatchWindowMinutes: p.WORKER_METRICS_CLOUDWATCH_WINDOW_MINUTES,
      },
      metricsRetentionDays: p.METRICS_RETENTION_DAYS,
      labSyncIntervalSeconds: p.LAB_SYNC_INTERVAL_SECONDS,
      volumeInventoryIntervalSeconds: p.VOLUME_INVENTORY_INTERVAL_SECONDS,
      idle: {
        enabled: p.IDLE_DETECTION_ENABLED,
        checkIntervalSeconds: p.IDLE_CHECK_INTERVAL_SECONDS,
        timeoutMinutes: p.IDLE_TIMEOUT_MINUTES,
        startGraceMinutes: p.IDLE_START_GRACE_MINUTES,
        warningLeadMinutes: p.IDLE_WARNING_LEAD_MINUTES,
        excludedUserPattern: p.IDLE_EXCLUDED_USER_PATTERN,
        activityCategories: p.IDLE_ACTIVITY_CATEGORIES,
      },
      autoImport: {
        enabled: p.AUTO_IMPORT_WORKERS_ENABLED,
        intervalSeconds: p.AUTO_IMPORT_WORKERS_INTERVAL_SECONDS,
        regions: (p.AUTO_IMPORT_WORKERS_REGIONS as string[] | undefined) ?? p.AWS_REGIONS,
        amiName: p.AUTO_IMPORT_WORKERS_AMI_NAME,
      },
    },
    aws: {
      regions: p.AWS_REGIONS,
      defaultRegion: p.AWS_REGION,
      endpoint: p.AWS_ENDPOINT_URL,
      roleArn: p.AWS_ROLE_ARN,
      maxAttempts: p.AWS_MAX_ATTEMPTS,
      amiOwners: p.AWS_AMI_OWNERS,
    },
    workers: {
      defaultInstanceType: p.WORKER_DEFAULT_INSTANCE_TYPE,
      defaultAmiIds: p.WORKER_DEFAULT_AMI_IDS ?? {},
      defaultAmiName: p.WORKER_DEFAULT_AMI_NAME,
      subnetId: p.WORKER_SUBNET_ID,
      securityGroupIds: p.WORKER_SECURITY_GROUP_IDS ?? [],
      keyName: p.WORKER_KEY_NAME,
      endpointUsePrivateIp: p.WORKER_ENDPOINT_USE_PRIVATE_IP,
      refreshMinIntervalSeconds: p.WORKER_REFRESH_MIN_INTERVAL_SECONDS,
      provisionPollSeconds: p.WORKER_PROVISION_POLL_SECONDS,
      provisionTimeoutMinutes: p.WORKER_PROVISION_TIMEOUT_MINUTES,
      followIntervalSeconds: p.WORKER_FOLLOW_INTERVAL_SECONDS,
      followMaxMinutes: p.WORKER_FOLLOW_MAX_MINUTES,
      instanceTypesCacheMinutes: p.WORKER_INSTANCE_TYPES_CACHE_MINUTES,
      capacityFallback: {
        instanceTypes: p.WORKER_CAPACITY_FALLBACK_INSTANCE_TYPES ?? [],
        subnetIds: p.WORKER_CAPACITY_FALLBACK_SUBNETS ?? [],
        backoffSeconds: p.WORKER_CAPACITY_FALLBACK_BACKOFF_SECONDS,
        deadlineMinutes: p.WORKER_CAPACITY_FALLBACK_DEADLINE_MINUTES,
        intervalSeconds: p.WORKER_CAPACITY_FALLBACK_INTERVAL_SECONDS,
        restoreType: p.WORKER_CAPACITY_FALLBACK_RESTORE_TYPE,
      },
      powerOperations: {
        wipeLabs: p.WORKER_STOP_WIPES_LABS,
        wipeTag: p.WORKER_STOP_WIPE_TAG,
        labsTimeoutSeconds: p.WORKER_STOP_LABS_TIMEOUT_SECONDS,
        labFailure: p.WORKER_STOP_LAB_FAILURE,
        exportBucket: p.WORKER_TOPOLOGY_EXPORT_BUCKET,
        exportPrefix: p.WORKER_TOPOLOGY_EXPORT_PREFIX,
        exportRegion: p.WORKER_TOPOLOGY_EXPORT_REGION ?? p.AWS_REGION,
        controllerWaitMinutes: p.WORKER_CONTROLLER_WAIT_MINUTES,
        licenseReleaseTimeoutSeconds: p.WORKER_LICENSE_RELEASE_TIMEOUT_SECONDS,
        powerWaitMinutes: p.WORKER_POWER_WAIT_MINUTES,
        pollSeconds: p.WORKER_POWER_POLL_SECONDS,
        resumeIntervalSeconds: p.POWER_OPERATIONS_INTERVAL_SECONDS,
      },
    },
    scheduling: {
      reconcileIntervalSeconds: p.POWER_RECONCILE_INTERVAL_SECONDS,
      reservationLeadDefaultMinutes: p.RESERVATION_LEAD_DEFAULT_MINUTES,
      reservationLeadMarginMinutes: p.RESERVATION_LEAD_MARGIN_MINUTES,
      stopWarningLeadMinutes: p.SCHEDULE_STOP_WARNING_LEAD_MINUTES,
      ownerTag: p.WORKER_OWNER_TAG,
    },
    cost: {
      meterIntervalSeconds: p.COST_METER_INTERVAL_SECONDS,
      savingCapHours: p.COST_SAVING_CAP_HOURS,
      metricsTagKeys: p.COST_METRICS_TAG_KEYS,
    },
    budgets: { checkIntervalSeconds: p.BUDGET_CHECK_INTERVAL_SECONDS },
    settings: { refreshSeconds: p.SETTINGS_REFRESH_SECONDS },
    cml: {
      username: p.CML_USERNAME,
      password: p.CML_PASSWORD,
      credentialOverrides: p.CML_CREDENTIALS_OVERRIDES ?? {},
      allowedNetworks: p.CML_ALLOWED_NETWORKS ?? EndpointAllowlist.allowAll(),
      verifyTls: p.CML_VERIFY_TLS,
      allowHttp: p.CML_ALLOW_HTTP,
      caBundlePath: p.CML_CA_BUNDLE,
      timeoutMs: p.CML_TIMEOUT_MS,
      readRetries: p.CML_READ_RETRIES,
      breakerFailures: p.CML_BREAKER_FAILURES,
      breakerCooldownMs: p.CML_BREAKER_COOLDOWN_MS,
      telemetryThresholdPercent: p.TELEMETRY_CHANGE_THRESHOLD_PERCENT,
      licensePollSeconds: p.LICENSE_POLL_SECONDS,
      licenseTimeoutSeconds: p.LICENSE_TIMEOUT_SECONDS,
    },
    labs: {
      uploadMaxBytes: p.LAB_UPLOAD_MAX_BYTES,
      stateHistoryLimit: p.LAB_STATE_HISTORY_LIMIT,
      syncConcurrency: p.LAB_SYNC_CONCURRENCY,
      syncMinIntervalSeconds: p.LAB_SYNC_MIN_INTERVAL_SECONDS,
      controllerReadsPerMinute: p.LAB_CONTROLLER_READS_PER_MINUTE,
    },
    realtime: {
      heartbeatSeconds: p.SSE_HEARTBEAT_SECONDS,
      retryMs: p.SSE_RETRY_MS,
      clientBufferEvents: p.SSE_CLIENT_BUFFER_EVENTS,
      replayMaxEvents: p.SSE_REPLAY_MAX_EVENTS,
      resumeOverlapSeconds: p.SSE_RESUME_OVERLAP_SECONDS,
      overflowGraceMs: p.SSE_OVERFLOW_GRACE_MS,
      maxStreamsPerIdentity: p.SSE_MAX_STREAMS_PER_IDENTITY,
      maxStreamsPerInstance: p.SSE_MAX_STREAMS_PER_INSTANCE,
    },
    notifications: {
      smtp: { host: p.NOTIFY_SMTP_HOST, port: p.NOTIFY_SMTP_PORT, secure: p.NOTIFY_SMTP_SECURE, user: p.NOTIFY_SMTP_USER, password: p.NOTIFY_SMTP_PASSWORD, from: p.NOTIFY_SMTP_FROM },
      controllerUnavailableMinutes: p.NOTIFY_CONTROLLER_UNAVAILABLE_MINUTES,
      licenseExpiryWarningDays: p.LICENSE_EXPIRY_WARNING_DAYS,
      delivery: { intervalSeconds: p.NOTIFY_DELIVERY_INTERVAL_SECONDS, attempts: p.NOTIFY_DELIVERY_ATTEMPTS, backoffSeconds: p.NOTIFY_DELIVERY_BACKOFF_SECONDS, timeoutMs: p.NOTIFY_DELIVERY_TIMEOUT_MS },
    },
    cloudEvents: {
      sink: p.CLOUD_EVENT_SINK,
      source: (p.CLOUD_EVENT_SOURCE as string | undefined) ?? publicUrl,
      typePrefix: p.CLOUD_EVENT_TYPE_PREFIX,
      mode: p.CLOUD_EVENT_MODE,
      maxAttempts: p.CLOUD_EVENT_MAX_ATTEMPTS,
      backoffMs: p.CLOUD_EVENT_BACKOFF_MS,
      timeoutMs: p.CLOUD_EVENT_TIMEOUT_MS,
      pollSeconds: p.CLOUD_EVENT_POLL_SECONDS,
      leaseSeconds: p.CLOUD_EVENT_LEASE_SECONDS,
      lateWindowSeconds: p.CLOUD_EVENT_LATE_WINDOW_SECONDS,
    },
    actionLinks: { secret: p.ACTION_LINK_SECRET, ratePerMinute: p.ACTION_LINK_RATE_LIMIT_PER_MINUTE },
  });
}
