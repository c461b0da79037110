import { z } from 'zod';

/** Lab states of CML 2.9 (`#/components/schemas/States`). */
export const LAB_STATES = ['DEFINED_ON_CORE', 'STOPPED', 'STARTED'] as const;
export type SimLabState = (typeof LAB_STATES)[number];

/** Telemetry categories of CML 2.9 (`#/components/schemas/TelemetryEventCategory`). */
export const TELEMETRY_CATEGORIES = [
  'start_lab', 'stop_lab', 'queue_node', 'stop_node', 'start_node', 'boot_node', 'wipe_node', 'packet_capture',
  'license_info', 'maintenance_state_change', 'notice_state_change', 'running_nodes', 'resource_pool',
  'user_activity', 'user_group', 'system_stats', 'blkinfo', 'vmware', 'dmiinfo', 'cpuinfo', 'meminfo',
  'hypervisor', 'import_lab', 'export_lab', 'aaa_info',
] as const;
export type TelemetryCategory = (typeof TELEMETRY_CATEGORIES)[number];

/** One node of a seeded lab; everything has a default. */
export interface NodeSeed {
  label?: string;
  /** A node definition id such as `iosv`, `alpine`, `unmanaged_switch` (see `GET /node_definitions`). */
  nodeDefinition?: string;
  cpus?: number;
  ramMb?: number;
}

/** A lab that exists when the controller starts. */
export interface LabSeed {
  /** A UUID4; generated when missing. */
  id?: string;
  title: string;
  description?: string;
  notes?: string;
  /** Default `DEFINED_ON_CORE`. */
  state?: SimLabState;
  /** A node count (routers and hosts are generated) or explicit nodes. Default 2. */
  nodes?: number | NodeSeed[];
  /** Link count; default: a chain through the nodes. */
  links?: number;
  /** Owner username; default the first user. */
  owner?: string;
  createdMinutesAgo?: number;
}

/** One compute host. The first one is the controller itself (an all-in-one CML). */
export interface ComputeSeed {
  /** A UUID4; generated when missing. */
  id?: string;
  hostname?: string;
  cpus?: number;
  memoryGb?: number;
  diskGb?: number;
}

/** A CML user that can authenticate. */
export interface UserSeed {
  username: string;
  password: string;
  fullname?: string;
}

/** A human telemetry event that happened before the controller was started. */
export interface ActivitySeed {
  username: string;
  /** Default `user_activity`. */
  category?: TelemetryCategory;
  minutesAgo?: number;
  /** Title of a seeded lab the event is about. */
  labTitle?: string;
}

export type BootingMode = 'not-ready' | 'bad-gateway';
export type MalformedMode = 'invalid-json' | 'wrong-shape';

/**
 * Fault modes of one controller, settable at runtime (`PUT /_sim/controllers/{id}/faults`).
 * Timing and error faults apply to every `/api/v0` path, or only to the spec paths in `only`.
 */
export interface FaultSettings {
  /** Added delay in milliseconds before every answer. */
  latencyMs?: number;
  /** Probability (0..1) that a request answers 500. */
  errorRate?: number;
  /** The next N requests answer 500 (deterministic variant of `errorRate`). */
  failNext?: number;
  /** Accept requests and never answer. */
  hang?: boolean;
  /** `not-ready`: `/system_information` says `ready: false` and labs cannot start. `bad-gateway`: every call answers 502. */
  booting?: BootingMode | false;
  /** Reset every connection at once, like a controller whose HTTPS service is down. */
  unreachable?: boolean;
  /** One-shot: every token issued so far is rejected as expired, forcing re-authentication. */
  expireTokens?: boolean;
  /** Every bearer token is answered 401, even a fresh one (sign-in still works). */
  rejectTokens?: boolean;
  /** Broken answers per spec path (e.g. `{"/system_stats": "wrong-shape"}`). */
  malformed?: Record<string, MalformedMode>;
  /** Spec paths (e.g. `/labs/{lab_id}`) that latency, errors and hang apply to; default all. */
  only?: string[];
  /**
   * Error answers (CML's `{code, description}` with a 4xx or 5xx status) end their description with
   * the request as received: method, path, headers and body, the body also percent-encoded. Like a
   * controller or proxy that echoes what it was sent, credentials and tokens included.
   */
  echoRequest?: boolean;
}

/** A simulated CML controller. Everything has a default; `{}` is a healthy, licensed, empty CML 2.9. */
export interface ControllerSeed {
  /** The first path segment of the controller's base URL; `[a-z0-9-]`. Default `cml-<n>`. */
  id?: string;
  /** Default `2.9.0+build.3`. */
  version?: string;
  hostname?: string;
  /** Default: one user `admin` / `admin`. */
  users?: UserSeed[];
  /** Smart licensing registered (COMPLETED) or not (NOT_REGISTERED, evaluation). Default true. */
  licensed?: boolean;
  /** Enterprise or personal product license. Default true. */
  enterprise?: boolean;
  /** A compute count or explicit computes. Default 1. */
  computes?: number | ComputeSeed[];
  labs?: LabSeed[];
  activity?: ActivitySeed[];
  /** false: an older controller without `GET /populate_lab_tiles` (it answers 404). Default true. */
  labTiles?: boolean;
  /** Lifetime of bearer tokens; default the simulator's `tokenTtlSeconds`. */
  tokenTtlSeconds?: number;
  /** How long a licence registration stays IN_PROGRESS; default the simulator's setting. */
  licenseRegistrationDelayMs?: number;
  /** How often the built-in system user writes telemetry (generated lazily). Default 5 minutes. */
  systemEventIntervalMs?: number;
  faults?: FaultSettings;
}

/** Changes to a running controller (`PATCH /_sim/controllers/{id}`). */
export interface ControllerPatch {
  version?: string;
  hostname?: string;
  licensed?: boolean;
  enterprise?: boolean;
  labTiles?: boolean;
  tokenTtlSeconds?: number;
  licenseRegistrationDelayMs?: number;
}

const UUID4 = /^[\da-f]{8}-[\da-f]{4}-4[\da-f]{3}-[89ab][\da-f]{3}-[\da-f]{12}$/;
export const CONTROLLER_ID = /^[a-z0-9][a-z0-9-]{0,62}$/;

const nodeSeedSchema = z.strictObject({
  label: z.string().min(1).max(128).optional(),
  nodeDefinition: z.string().min(1).optional(),
  cpus: z.number().int().min(0).max(128).optional(),
  ramMb: z.number().int().min(0).max(1_048_576).optional(),
});

export const labSeedSchema = z.strictObject({
  id: z.string().regex(UUID4, 'must be a UUID4').optional(),
  title: z.string().min(1).max(64),
  description: z.string().max(4096).optional(),
  notes: z.string().max(32768).optional(),
  state: z.enum(LAB_STATES).optional(),
  nodes: z.union([z.number().int().min(0).max(500), z.array(nodeSeedSchema).max(500)]).optional(),
  links: z.number().int().min(0).max(1000).optional(),
  owner: z.string().min(1).max(32).optional(),
  createdMinutesAgo: z.number().min(0).optional(),
});

const computeSeedSchema = z.strictObject({
  id: z.string().regex(UUID4, 'must be a UUID4').optional(),
  hostname: z.string().regex(/^[a-zA-Z\d.-]{1,64}$/, 'must be a hostname').optional(),
  cpus: z.number().int().min(1).max(1024).optional(),
  memoryGb: z.number().positive().max(65536).optional(),
  diskGb: z.number().positive().max(1_048_576).optional(),
});

export const activitySeedSchema = z.strictObject({
  username: z.string().min(1).max(32),
  category: z.enum(TELEMETRY_CATEGORIES).optional(),
  minutesAgo: z.number().min(0).optional(),
  labTitle: z.string().optional(),
});

export const faultSettingsSchema = z.strictObject({
  latencyMs: z.number().int().min(0).max(600_000).optional(),
  errorRate: z.number().min(0).max(1).optional(),
  failNext: z.number().int().min(0).optional(),
  hang: z.boolean().optional(),
  booting: z.union([z.enum(['not-ready', 'bad-gateway']), z.literal(false)]).optional(),
  unreachable: z.boolean().optional(),
  expireTokens: z.boolean().optional(),
  rejectTokens: z.boolean().optional(),
  malformed: z.record(z.string().startsWith('/'), z.enum(['invalid-json', 'wrong-shape'])).optional(),
  only: z.array(z.string().startsWith('/')).optional(),
  echoRequest: z.boolean().optional(),
});

export const controllerSeedSchema = z.strictObject({
  id: z.string().regex(CONTROLLER_ID, 'must be lowercase letters, digits and dashes').refine((v) => v !== '_sim').optional(),
  version: z.string().min(1).optional(),
  hostname: z.string().regex(/^[a-zA-Z\d.-]{1,64}$/, 'must be a hostname').optional(),
  users: z.array(z.strictObject({ username: z.string().min(1).max(32), password: z.string().min(1), fullname: z.string().max(128).optional() })).min(1).optional(),
  licensed: z.boolean().optional(),
  enterprise: z.boolean().optional(),
  computes: z.union([z.number().int().min(1).max(64), z.array(computeSeedSchema).min(1).max(64)]).optional(),
  labs: z.array(labSeedSchema).optional(),
  activity: z.array(activitySeedSchema).optional(),
  labTiles: z.boolean().optional(),
  tokenTtlSeconds: z.number().int().min(1).optional(),
  licenseRegistrationDelayMs: z.number().int().min(0).optional(),
  systemEventIntervalMs: z.number().int().min(1000).optional(),
  faults: faultSettingsSchema.optional(),
});

export const controllerPatchSchema = z.strictObject({
  version: z.string().min(1).optional(),
  hostname: z.string().regex(/^[a-zA-Z\d.-]{1,64}$/, 'must be a hostname').optional(),
  licensed: z.boolean().optional(),
  enterprise: z.boolean().optional(),
  labTiles: z.boolean().optional(),
  tokenTtlSeconds: z.number().int().min(1).optional(),
  licenseRegistrationDelayMs: z.number().int().min(0).optional(),
});

/** Reads a seed file's content: a list of controllers, or `{controllers: [...]}`. */
export function parseSeedFile(raw: unknown): { ok: true; seeds: ControllerSeed[] } | { ok: false; issues: string[] } {
  const list = Array.isArray(raw) ? raw : raw && typeof raw === 'object' && 'controllers' in raw ? (raw as { controllers: unknown }).controllers : undefined;
  if (!Array.isArray(list)) return { ok: false, issues: ['(root): must be a list of controllers, or {controllers: [...]}'] };
  const parsed = z.array(controllerSeedSchema).safeParse(list);
  return parsed.success ? { ok: true, seeds: parsed.data } : { ok: false, issues: describeIssues(parsed.error) };
}

/** Formats zod issues as `path: message` lines for admin API and CLI errors. */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`);
}

// Compile-time check that the hand-written interfaces and the schemas agree.
type Assert<T extends true> = T;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export type _SeedSchemaMatches = Assert<Same<z.output<typeof controllerSeedSchema>, ControllerSeed>>;
export type _FaultSchemaMatches = Assert<Same<z.output<typeof faultSettingsSchema>, FaultSettings>>;
export type _PatchSchemaMatches = Assert<Same<z.output<typeof controllerPatchSchema>, ControllerPatch>>;
