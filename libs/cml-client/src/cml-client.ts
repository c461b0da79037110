import type { CmlCredentials } from './cml-client.options.js';
import { CML_ERROR, CmlErrors, isCmlError } from './cml.errors.js';
import type { AuthContext, CmlOperation, ControllerChannel } from './controller-channel.js';
import {
  type CmlComputeHost,
  type CmlImageDefinition,
  type CmlLab,
  type CmlLabEvent,
  type CmlLabState,
  type CmlLicensing,
  type CmlNodeDefinition,
  type CmlSystemHealth,
  type CmlSystemInformation,
  type CmlSystemStats,
  type CmlTelemetryEvent,
  computeHostsSchema,
  imageDefinitionsSchema,
  importResultSchema,
  labEventsSchema,
  labIdsSchema,
  labSchema,
  labStateSchema,
  labTilesSchema,
  licensingSchema,
  nodeDefinitionsSchema,
  systemHealthSchema,
  systemInformationSchema,
  systemStatsSchema,
  telemetryEventsSchema,
} from './schemas/cml-responses.schema.js';
import type { ConnectionPool } from './transport/http-transport.js';
import { parseJsonBody, parseTextBody } from './validation/parse-response.js';
import type { z } from 'zod';

/** Outcome of `deregisterLicense`: done, done locally only (Smart Licensing timed out), or nothing to do. */
export type CmlDeregistration = 'deregistered' | 'local-only' | 'already-deregistered';

const TILE_FALLBACK_CONCURRENCY = 4;

function json<S extends z.ZodType>(schema: S): CmlOperation<z.output<S>>['decode'] {
  return (response, ctx) => parseJsonBody(ctx, response.body, schema);
}

const none = (): undefined => undefined;

function labPath(labId: string, suffix = ''): string {
  return `/labs/${encodeURIComponent(labId)}${suffix}`;
}

function asLab(id: string, lab: z.output<typeof labSchema>): CmlLab {
  return { ...lab, id: lab.id ?? id };
}

/**
 * A typed client of one CML controller. Cheap to create (from `CmlClientFactory.forController`);
 * clients of the same controller share its token cache, circuit breaker and connection pool.
 */
export class CmlClient {
  private readonly auth: AuthContext;

  constructor(
    private readonly channel: ControllerChannel,
    private readonly pool: ConnectionPool,
    credentials: CmlCredentials | undefined,
    tokenKey: string,
  ) {
    this.auth = { key: tokenKey, login: () => channel.login(credentials, pool) };
  }

  /** The controller's base URL (without `/api/v0`). */
  get controller(): string {
    return this.channel.controller;
  }

  /** Signs in now and caches the token (other calls sign in on demand). */
  async authenticate(): Promise<void> {
    await this.channel.guarded('authenticate', 'POST', () => this.channel.tokens.renew(this.auth.key, this.auth.login));
  }

  /** `GET /system_information` (no token needed); with `requireReady`, `ready: false` is `CML.BOOTING`. */
  async systemInformation(options: { requireReady?: boolean } = {}): Promise<CmlSystemInformation> {
    const info = await this.get('systemInformation', '/system_information', systemInformationSchema, false);
    if (options.requireReady && !info.ready) {
      throw CmlErrors.booting({ controller: this.controller, operation: 'systemInformation', ready: false });
    }
    return info;
  }

  /** `GET /system_health`. */
  systemHealth(): Promise<CmlSystemHealth> {
    return this.get('systemHealth', '/system_health', systemHealthSchema);
  }

  /** `GET /system_stats`: per-compute and fleet-wide CPU, memory and disk (bytes), and node counts. */
  systemStats(): Promise<CmlSystemStats> {
    return this.get('systemStats', '/system_stats', systemStatsSchema);
  }

  /** `GET /licensing`. */
  licensing(): Promise<CmlLicensing> {
    return this.get('licensing', '/licensing', licensingSchema);
  }

  /** `POST /licensing/registration`; registration then completes asynchronously (poll `licensing()`). */
  async registerLicense(token: string, options: { reregister?: boolean } = {}): Promise<void> {
    await this.run({
      name: 'registerLicense', method: 'POST', path: '/licensing/registration', auth: true,
      body: { text: JSON.stringify({ token, reregister: options.reregister ?? false }), contentType: 'application/json' },
      secrets: [token],
      decode: none,
    });
  }

  /** `DELETE /licensing/deregistration`. */
  async deregisterLicense(): Promise<CmlDeregistration> {
    const outcome = await this.run({ name: 'deregisterLicense', method: 'DELETE', path: '/licensing/deregistration', auth: true, decode: none, pass: [400] });
    if (outcome.status === 400) return 'already-deregistered';
    return outcome.status === 202 ? 'local-only' : 'deregistered';
  }

  /** `GET /labs?show_all=true`: the ids of every lab on the controller. */
  labIds(): Promise<string[]> {
    return this.get('labIds', '/labs', labIdsSchema, true, { show_all: 'true' });
  }

  /** `GET /labs/{id}`; an unknown lab is `CML.NOT_FOUND`. */
  async lab(labId: string): Promise<CmlLab> {
    return asLab(labId, await this.get('lab', labPath(labId), labSchema));
  }

  /**
   * Every lab in one call (`GET /populate_lab_tiles`). Controllers without that endpoint (404) are
   * remembered and served by `labIds` plus one `lab` call per lab; labs deleted meanwhile are skipped.
   */
  async labTiles(): Promise<CmlLab[]> {
    if (!this.channel.tilesKnownMissing) {
      const outcome = await this.run({ name: 'labTiles', method: 'GET', path: '/populate_lab_tiles', auth: true, decode: json(labTilesSchema), pass: [404] });
      if (outcome.value) return Object.entries(outcome.value.lab_tiles).map(([id, lab]) => asLab(id, lab));
      this.channel.markTilesMissing();
    }
    const ids = await this.labIds();
    const labs: CmlLab[] = [];
    for (let i = 0; i < ids.length; i += TILE_FALLBACK_CONCURRENCY) {
      const batch = await Promise.all(
        ids.slice(i, i + TILE_FALLBACK_CONCURRENCY).map((id) =>
          this.lab(id).catch((error: unknown) => {
            if (isCmlError(error, CML_ERROR.NOT_FOUND)) return undefined;
            throw error;
          }),
        ),
      );
      labs.push(...batch.filter((lab): lab is CmlLab => lab !== undefined));
    }
    return labs;
  }

  /** `GET /labs/{id}/state`. */
  async labState(labId: string): Promise<CmlLabState> {
    return this.get('labState', labPath(labId, '/state'), labStateSchema);
  }

  /** `PUT /labs/{id}/start`. */
  async startLab(labId: string): Promise<void> {
    await this.run({ name: 'startLab', method: 'PUT', path: labPath(labId, '/start'), auth: true, decode: none });
  }

  /** `PUT /labs/{id}/stop`. */
  async stopLab(labId: string): Promise<void> {
    await this.run({ name: 'stopLab', method: 'PUT', path: labPath(labId, '/stop'), auth: true, decode: none });
  }

  /** `PUT /labs/{id}/wipe`; a running lab is refused (`CML.REFUSED`). */
  async wipeLab(labId: string): Promise<void> {
    await this.run({ name: 'wipeLab', method: 'PUT', path: labPath(labId, '/wipe'), auth: true, decode: none });
  }

  /** `DELETE /labs/{id}`; CML refuses a lab that is not stopped and wiped (`CML.REFUSED`). */
  async deleteLab(labId: string): Promise<void> {
    await this.run({ name: 'deleteLab', method: 'DELETE', path: labPath(labId), auth: true, decode: none });
  }

  /** `GET /labs/{id}/download`: the lab's topology as YAML text. */
  async downloadTopology(labId: string): Promise<string> {
    const outcome = await this.run({ name: 'downloadTopology', method: 'GET', path: labPath(labId, '/download'), auth: true, decode: (response, ctx) => parseTextBody(ctx, response.body, response.contentType) });
    return outcome.value as string;
  }

  /** `POST /import`: creates a lab from a YAML topology; returns the new lab's id. */
  async importTopology(yaml: string, options: { title?: string } = {}): Promise<string> {
    const outcome = await this.run({
      name: 'importTopology', method: 'POST', path: '/import', auth: true,
      query: options.title ? { title: options.title } : undefined,
      // CML parses the body as YAML whatever its type; it has always been sent as application/json.
      body: { text: yaml, contentType: 'application/json' },
      decode: json(importResultSchema),
    });
    return (outcome.value as z.output<typeof importResultSchema>).id;
  }

  /** `GET /telemetry/events`: every event, including the system user's (see `isCmlSystemUser`). */
  telemetryEvents(): Promise<CmlTelemetryEvent[]> {
    return this.get('telemetryEvents', '/telemetry/events', telemetryEventsSchema);
  }

  /** `GET /labs/{id}/events`: the lab's element events. */
  labEvents(labId: string): Promise<CmlLabEvent[]> {
    return this.get('labEvents', labPath(labId, '/events'), labEventsSchema);
  }

  /** `GET /node_definitions`. */
  nodeDefinitions(): Promise<CmlNodeDefinition[]> {
    return this.get('nodeDefinitions', '/node_definitions', nodeDefinitionsSchema);
  }

  /** `GET /image_definitions`. */
  imageDefinitions(): Promise<CmlImageDefinition[]> {
    return this.get('imageDefinitions', '/image_definitions', imageDefinitionsSchema);
  }

  /** `GET /system/compute_hosts`. */
  computeHosts(): Promise<CmlComputeHost[]> {
    return this.get('computeHosts', '/system/compute_hosts', computeHostsSchema);
  }

  private async get<S extends z.ZodType>(name: string, path: string, schema: S, auth = true, query?: Record<string, string>): Promise<z.output<S>> {
    const outcome = await this.run({ name, method: 'GET', path, auth, query, decode: json(schema) });
    return outcome.value as z.output<S>;
  }

  private run<T>(op: CmlOperation<T>) {
    return this.channel.call(op, this.pool, op.auth ? this.auth : undefined);
  }
}
