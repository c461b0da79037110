import { createHash, randomUUID } from 'node:crypto';
import type { ActivitySeed, ComputeSeed, ControllerPatch, ControllerSeed, FaultSettings, LabSeed, SimLabState, TelemetryCategory } from '../seed/controller-seed.js';
import { labFromSeed, labFromTopology, type LabOwner, type SimLab, TopologyError, topologyYaml } from './lab-topology.js';
import { LicensingRefusal, LicensingState } from './licensing-state.js';
import { imageDefinitions, nodeDefinitions, simplifiedNodeDefinitions } from './node-catalog.fixture.js';
import { SimTokenIssuer, type TokenCheck } from './sim-token.js';

/** The built-in system user of CML: its telemetry is not human activity. */
export const SYSTEM_USER_ID = '00000000-0000-4000-8000-000000000000';

const GiB = 1024 ** 3;
const MiB = 1024 ** 2;
const MAX_TELEMETRY = 5000;
const MAX_LAB_EVENTS = 1000;
const MAX_REQUEST_LOG = 2000;

/** A request CML refuses; the router answers it as `{code, description}` with this status. */
export class CmlApiError extends Error {
  constructor(
    readonly status: number,
    readonly description: string,
  ) {
    super(description);
  }
}

export interface SimUser {
  id: string;
  username: string;
  password: string | null;
  fullname: string;
}

export interface SimCompute {
  id: string;
  hostname: string;
  isController: boolean;
  cpus: number;
  memoryBytes: number;
  diskBytes: number;
}

export interface TelemetryRecord {
  category: TelemetryCategory;
  at: number;
  data: Record<string, unknown>;
}

export interface LabEventRecord {
  labId: string;
  event: 'ADD' | 'REMOVE' | 'CHANGE' | 'STATE_CHANGED';
  elementType: 'LAB' | 'NODE' | 'LINK' | 'INTERFACE';
  elementId: string;
  data: Record<string, unknown>;
  previous: Record<string, unknown>;
  at: number;
}

/** One request the controller answered (for tests and the admin API). */
export interface RequestRecord {
  at: number;
  method: string;
  /** The spec path, e.g. `/labs/{lab_id}/start`, or the raw path when no route matched. */
  route: string;
  path: string;
  status: number;
}

export interface ControllerDefaults {
  tokenTtlSeconds: number;
  licenseRegistrationDelayMs: number;
  now: () => number;
}

/** A short description of a controller for listings. */
export interface ControllerSummary {
  id: string;
  version: string;
  hostname: string;
  ready: boolean;
  licensed: boolean;
  labTiles: boolean;
  labs: { id: string; title: string; state: SimLabState; nodes: number }[];
  computes: number;
  runningNodes: number;
  faults: FaultSettings;
}

/** A uuid4-shaped id that is stable for one username on one controller, like a real CML user id. */
function userIdFor(controllerId: string, username: string): string {
  const hex = createHash('sha256').update(`${controllerId}\u0000${username}`).digest('hex');
  const variant = '89ab'[parseInt(hex[16] ?? '0', 16) % 4];
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const round1 = (n: number): number => Math.round(n * 10) / 10;

/**
 * The state of one fake CML controller: users, tokens, computes, labs with their state machine,
 * licensing, telemetry and lab events, fault settings and a request log.
 */
export class VirtualController {
  readonly id: string;
  version: string;
  hostname: string;
  labTiles: boolean;
  tokenTtlSeconds: number;
  readonly oui = '52:54:00:00:00:00';
  readonly computes: SimCompute[];
  private readonly users = new Map<string, SimUser>();
  private readonly labs = new Map<string, SimLab>();
  private readonly labEventLog = new Map<string, LabEventRecord[]>();
  private readonly telemetry: TelemetryRecord[] = [];
  private readonly requestLog: RequestRecord[] = [];
  private readonly requestCounts = new Map<string, number>();
  private readonly tokens: SimTokenIssuer;
  readonly licensing: LicensingState;
  private faultSettings: FaultSettings = {};
  private readonly systemEventIntervalMs: number;
  private lastSystemTick: number;
  private readonly now: () => number;

  constructor(id: string, seed: ControllerSeed, defaults: ControllerDefaults) {
    this.id = id;
    this.now = defaults.now;
    const now = this.now();
    this.version = seed.version ?? '2.9.0+build.3';
    this.hostname = seed.hostname ?? `${id}.cml.example`;
    this.labTiles = seed.labTiles ?? true;
    this.tokenTtlSeconds = seed.tokenTtlSeconds ?? defaults.tokenTtlSeconds;
    this.systemEventIntervalMs = seed.systemEventIntervalMs ?? 300_000;
    this.lastSystemTick = now;
    this.tokens = new SimTokenIssuer(`cml-simulator/${id}`, this.now);
    this.licensing = new LicensingState(seed.licensed ?? true, seed.enterprise ?? true, seed.licenseRegistrationDelayMs ?? defaults.licenseRegistrationDelayMs, this.now, (status) =>
      this.record('license_info', SYSTEM_USER_ID, { registration_status: status }),
    );
    for (const u of seed.users ?? [{ username: 'admin', password: 'admin', fullname: 'Administrator' }]) {
      this.users.set(u.username, { id: userIdFor(id, u.username), username: u.username, password: u.password, fullname: u.fullname ?? u.username });
    }
    const computeSeeds: ComputeSeed[] = typeof seed.computes === 'number' || seed.computes === undefined ? Array.from({ length: seed.computes ?? 1 }, () => ({})) : seed.computes;
    this.computes = computeSeeds.map((c, i) => ({
      id: c.id ?? randomUUID(),
      hostname: c.hostname ?? (i === 0 ? this.hostname.split('.')[0] ?? 'cml-controller' : `${id}-compute-${i}`),
      isController: i === 0,
      cpus: c.cpus ?? 16,
      memoryBytes: Math.round((c.memoryGb ?? 64) * GiB),
      diskBytes: Math.round((c.diskGb ?? 256) * GiB),
    }));
    // What a controller writes about itself at boot: consumers must not take it for human activity.
    for (const category of ['cpuinfo', 'meminfo', 'hypervisor', 'license_info', 'system_stats'] as const) this.record(category, SYSTEM_USER_ID, {});
    this.record('user_activity', SYSTEM_USER_ID, { action: 'login' });
    for (const labSeed of seed.labs ?? []) this.addLab(labSeed);
    for (const activity of seed.activity ?? []) this.addActivity(activity);
    if (seed.faults) this.setFaults(seed.faults);
  }

  // ---------------------------------------------------------------- users and tokens

  /** The user id CML would show for `username` on this controller. */
  userIdOf(username: string): string {
    return this.users.get(username)?.id ?? userIdFor(this.id, username);
  }

  authenticate(username: unknown, password: unknown): string | undefined {
    const user = typeof username === 'string' ? this.users.get(username) : undefined;
    if (!user || user.password === null || user.password !== password) return undefined;
    return this.tokens.issue({ userId: user.id, username: user.username }, this.tokenTtlSeconds);
  }

  /** Every token this controller issued (the most recent 1000), for tests that look for them elsewhere. */
  issuedTokens(): string[] {
    return this.tokens.issued;
  }

  checkToken(token: string | undefined): TokenCheck {
    return this.tokens.check(token);
  }

  // ---------------------------------------------------------------- faults and request log

  get faults(): FaultSettings {
    return structuredClone(this.faultSettings);
  }

  /** Replaces the fault settings; `expireTokens` acts once and is not kept. */
  setFaults(faults: FaultSettings): void {
    const { expireTokens, ...kept } = structuredClone(faults);
    if (expireTokens) this.tokens.expireAll();
    this.faultSettings = kept;
  }

  /** Takes one from `failNext`; true when this request must fail. */
  consumeFailNext(): boolean {
    if (!this.faultSettings.failNext) return false;
    this.faultSettings.failNext -= 1;
    return true;
  }

  get ready(): boolean {
    return this.faultSettings.booting !== 'not-ready' && this.faultSettings.booting !== 'bad-gateway';
  }

  logRequest(record: RequestRecord): void {
    this.requestLog.push(record);
    if (this.requestLog.length > MAX_REQUEST_LOG) this.requestLog.splice(0, this.requestLog.length - MAX_REQUEST_LOG);
    const key = `${record.method} ${record.route}`;
    this.requestCounts.set(key, (this.requestCounts.get(key) ?? 0) + 1);
  }

  /** The most recent requests (up to 2000). */
  requests(): RequestRecord[] {
    return [...this.requestLog];
  }

  /** How many requests hit a spec path (e.g. `POST /authenticate`, or `/authenticate` for any method). */
  requestCount(route?: string): number {
    let total = 0;
    for (const [key, count] of this.requestCounts) {
      if (!route || key === route || key.endsWith(` ${route}`)) total += count;
    }
    return total;
  }

  resetRequests(): void {
    this.requestLog.length = 0;
    this.requestCounts.clear();
  }

  // ---------------------------------------------------------------- admin changes

  patch(changes: ControllerPatch): void {
    if (changes.version !== undefined) this.version = changes.version;
    if (changes.hostname !== undefined) this.hostname = changes.hostname;
    if (changes.labTiles !== undefined) this.labTiles = changes.labTiles;
    if (changes.tokenTtlSeconds !== undefined) this.tokenTtlSeconds = changes.tokenTtlSeconds;
    if (changes.licenseRegistrationDelayMs !== undefined) this.licensing.delayMs = changes.licenseRegistrationDelayMs;
    if (changes.enterprise !== undefined) this.licensing.enterprise = changes.enterprise;
    if (changes.licensed !== undefined) this.licensing.force(changes.licensed);
  }

  /** Adds a lab as if it had been built on the controller (seeds and the admin API). */
  addLab(seed: LabSeed): SimLab {
    if (seed.id && this.labs.has(seed.id)) throw new CmlApiError(409, `Lab ${seed.id} already exists`);
    const owner = this.ownerFor(seed.owner);
    const lab = labFromSeed(seed, owner, this.now());
    this.labs.set(lab.id, lab);
    this.labEvent(lab, 'ADD', 'LAB', lab.id, { title: lab.title }, {}, lab.createdAt);
    const target = seed.state ?? 'DEFINED_ON_CORE';
    if (target !== 'DEFINED_ON_CORE') this.place(lab);
    lab.state = target;
    return lab;
  }

  /** Writes a human telemetry event for `username` (`POST /_sim/controllers/{id}/activity`). */
  addActivity(activity: ActivitySeed & { labId?: string }): TelemetryRecord {
    const lab = activity.labId ? this.labs.get(activity.labId) : [...this.labs.values()].find((l) => l.title === activity.labTitle);
    const data: Record<string, unknown> = { action: 'ui_interaction' };
    if (lab) data.lab_id = lab.id;
    return this.record(activity.category ?? 'user_activity', this.userIdOf(activity.username), data, this.now() - (activity.minutesAgo ?? 0) * 60_000);
  }

  summary(): ControllerSummary {
    return {
      id: this.id,
      version: this.version,
      hostname: this.hostname,
      ready: this.ready,
      licensed: this.licensing.isLicensed,
      labTiles: this.labTiles,
      labs: [...this.labs.values()].map((l) => ({ id: l.id, title: l.title, state: l.state, nodes: l.nodes.length })),
      computes: this.computes.length,
      runningNodes: this.runningNodes().length,
      faults: this.faults,
    };
  }

  // ---------------------------------------------------------------- system

  systemInformation(): Record<string, unknown> {
    return { version: this.version, ready: this.ready, allow_ssh_pubkey_auth: false, oui: this.oui };
  }

  systemHealth(): Record<string, unknown> {
    const ready = this.ready;
    const computes = Object.fromEntries(
      this.computes.map((c) => [
        c.id,
        {
          kvm_vmx_enabled: true,
          enough_cpus: true,
          lld_connected: ready,
          lld_synced: ready,
          libvirt: true,
          fabric: ready,
          device_mux: ready,
          refplat_images_available: true,
          docker_shim: true,
          valid: ready,
          admission_state: ready ? 'READY' : 'REGISTERED',
          is_controller: c.isController,
          hostname: c.hostname,
        },
      ]),
    );
    const controller = { core_connected: true, nodes_loaded: ready, images_loaded: ready, valid: ready };
    return { valid: ready, is_licensed: this.licensing.isLicensed, is_enterprise: this.licensing.enterprise, computes, controller };
  }

  /**
   * `GET /system_stats`, derived from what runs: each running node adds its RAM to the used memory,
   * its vCPUs to the allocation and about 30 % of a core to the CPU load; allocated nodes use disk.
   * `dominfo.allocated_memory` is in MiB, memory and disk figures are bytes.
   */
  systemStats(): Record<string, unknown> {
    const computes: Record<string, unknown> = {};
    const totals = { count: 0, weightedPercent: 0, memTotal: 0, memUsed: 0, diskTotal: 0, diskUsed: 0 };
    for (const c of this.computes) {
      const nodes = this.allocatedNodes().filter((n) => n.node.computeId === c.id);
      const running = nodes.filter((n) => n.lab.state === 'STARTED').map((n) => n.node);
      const vcpus = running.reduce((s, n) => s + n.cpus, 0);
      const ramMb = running.reduce((s, n) => s + n.ramMb, 0);
      const percent = Math.min(100, round1(1.5 + (vcpus * 30) / c.cpus));
      const memUsed = Math.min(c.memoryBytes, (c.isController ? 3 : 1) * GiB + ramMb * MiB);
      const diskUsed = Math.min(c.diskBytes, (c.isController ? 24 : 8) * GiB + nodes.length * GiB);
      const load = [round1((vcpus * 0.3 * 1.0) + 0.2), round1((vcpus * 0.3 * 0.9) + 0.15), round1((vcpus * 0.3 * 0.8) + 0.1)];
      computes[c.id] = {
        hostname: c.hostname,
        is_controller: c.isController,
        stats: {
          cpu: { count: c.cpus, percent, load, model: 'Intel Xeon Processor (Icelake)', predicted: vcpus },
          memory: { total: c.memoryBytes, free: c.memoryBytes - memUsed, used: memUsed },
          disk: { total: c.diskBytes, free: c.diskBytes - diskUsed, used: diskUsed },
          dominfo: { allocated_cpus: vcpus, allocated_memory: ramMb, total_nodes: nodes.length, total_orphans: 0, running_nodes: running.length, running_orphans: 0 },
        },
      };
      totals.count += c.cpus;
      totals.weightedPercent += percent * c.cpus;
      totals.memTotal += c.memoryBytes;
      totals.memUsed += memUsed;
      totals.diskTotal += c.diskBytes;
      totals.diskUsed += diskUsed;
    }
    const controllerDiskTotal = 64 * GiB;
    const controllerDiskUsed = 18 * GiB + this.labs.size * 10 * MiB;
    return {
      all: {
        cpu: { count: totals.count, percent: totals.count ? round1(totals.weightedPercent / totals.count) : 0 },
        memory: { total: totals.memTotal, free: totals.memTotal - totals.memUsed, used: totals.memUsed },
        disk: { total: totals.diskTotal, free: totals.diskTotal - totals.diskUsed, used: totals.diskUsed },
      },
      computes,
      controller: { disk: { total: controllerDiskTotal, free: controllerDiskTotal - controllerDiskUsed, used: controllerDiskUsed } },
    };
  }

  /**
   * `GET /system/compute_hosts` (ComputeHostBase): every compute with its admission state and node
   * counts; the first is the controller's own (an all-in-one controller simulates and connects).
   */
  computeHosts(): Record<string, unknown>[] {
    const ready = this.ready;
    return this.computes.map((c, i) => {
      const nodes = this.allocatedNodes().filter((n) => n.node.computeId === c.id);
      return {
        id: c.id,
        server_address: `192.168.255.${i + 1}`,
        hostname: c.hostname,
        is_simulator: true,
        is_connector: c.isController,
        admission_state: ready ? 'READY' : 'REGISTERED',
        nodes: nodes.map((n) => n.node.id),
        node_counts: { total_nodes: nodes.length, total_orphans: 0, running_nodes: nodes.filter((n) => n.lab.state === 'STARTED').length, running_orphans: 0 },
        is_connected: ready,
        is_synced: ready,
      };
    });
  }

  licensingStatus(): Record<string, unknown> {
    return this.licensing.toResponse(this.hostname);
  }

  registerLicense(body: unknown, user: SimUser): void {
    const { token, reregister } = (body && typeof body === 'object' ? body : {}) as { token?: unknown; reregister?: unknown };
    try {
      this.licensing.register(token, reregister);
    } catch (error) {
      if (error instanceof LicensingRefusal) throw new CmlApiError(error.status, error.description);
      throw error;
    }
    this.record('license_info', user.id, { action: 'register' });
  }

  deregisterLicense(user: SimUser): number {
    try {
      const status = this.licensing.deregister();
      this.record('license_info', user.id, { action: 'deregister' });
      return status;
    } catch (error) {
      if (error instanceof LicensingRefusal) throw new CmlApiError(error.status, error.description);
      throw error;
    }
  }

  nodeDefinitions(): Record<string, unknown>[] {
    return nodeDefinitions();
  }

  imageDefinitions(): Record<string, unknown>[] {
    return imageDefinitions();
  }

  simplifiedNodeDefinitions(): Record<string, unknown>[] {
    return simplifiedNodeDefinitions();
  }

  // ---------------------------------------------------------------- labs

  labIds(): string[] {
    return [...this.labs.keys()];
  }

  /** `GET /labs/{id}` (`LabResponse`). */
  labResponse(id: string): Record<string, unknown> {
    const lab = this.requireLab(id);
    return {
      id: lab.id,
      state: lab.state,
      created: new Date(lab.createdAt).toISOString(),
      modified: new Date(lab.modifiedAt).toISOString(),
      lab_title: lab.title,
      lab_description: lab.description,
      lab_notes: lab.notes,
      owner: lab.ownerId,
      owner_username: lab.ownerUsername,
      owner_fullname: lab.ownerFullname,
      node_count: lab.nodes.length,
      link_count: lab.links.length,
      groups: [],
      effective_permissions: ['lab_admin', 'lab_edit', 'lab_exec', 'lab_view'],
    };
  }

  /**
   * `GET /populate_lab_tiles`. Real controllers answer lab summaries with a small topology; the spec
   * types each tile as `LabUi`, whose required `health`, `system_information`,
   * `simplified_node_definitions` and `effective_permissions` are added so both readings hold.
   */
  labTilesResponse(): Record<string, unknown> {
    const systemInformation = this.systemInformation();
    const tiles = Object.fromEntries(
      [...this.labs.values()].map((lab) => [
        lab.id,
        {
          ...this.labResponse(lab.id),
          topology: {
            nodes: lab.nodes.map((n) => ({ id: n.id, label: n.label, x: n.x, y: n.y, node_definition: n.nodeDefinition, image_definition: n.imageDefinition, state: this.nodeState(lab), cpus: null, cpu_limit: null, ram: null, data_volume: null, boot_disk_size: null })),
            links: lab.links.map((l) => ({ id: l.id, node_a: l.n1, node_b: l.n2, state: lab.state === 'STARTED' ? 'STARTED' : lab.state })),
          },
          health: {},
          system_information: systemInformation,
          simplified_node_definitions: [],
        },
      ]),
    );
    return { lab_tiles: tiles };
  }

  labState(id: string): SimLabState {
    return this.requireLab(id).state;
  }

  startLab(id: string, user: SimUser): void {
    const lab = this.requireLab(id);
    if (lab.state === 'STARTED') return;
    if (!this.ready) throw new CmlApiError(400, `Cannot start lab ${id}: no compute host is ready.`);
    if (lab.state === 'DEFINED_ON_CORE') this.place(lab);
    this.transition(lab, 'STARTED');
    this.record('start_lab', user.id, { lab_id: lab.id, node_count: lab.nodes.length });
    this.record('running_nodes', SYSTEM_USER_ID, { running_nodes: this.runningNodes().length });
  }

  stopLab(id: string, user: SimUser): void {
    const lab = this.requireLab(id);
    if (lab.state !== 'STARTED') return;
    this.transition(lab, 'STOPPED');
    this.record('stop_lab', user.id, { lab_id: lab.id, node_count: lab.nodes.length });
    this.record('running_nodes', SYSTEM_USER_ID, { running_nodes: this.runningNodes().length });
  }

  wipeLab(id: string, user: SimUser): void {
    const lab = this.requireLab(id);
    if (lab.state === 'STARTED') throw new CmlApiError(400, `Lab ${id} is running; it must be stopped before it can be wiped.`);
    if (lab.state === 'DEFINED_ON_CORE') return;
    this.transition(lab, 'DEFINED_ON_CORE');
    for (const node of lab.nodes) node.computeId = null;
    // CML 2.9 has no wipe_lab telemetry category: a lab wipe is recorded as one wipe_node per node.
    for (const node of lab.nodes) this.record('wipe_node', user.id, { lab_id: lab.id, node_id: node.id });
  }

  deleteLab(id: string): void {
    const lab = this.requireLab(id);
    // virl2_client documents Lab.remove(): "The lab must be stopped and wiped first."
    if (lab.state !== 'DEFINED_ON_CORE') {
      throw new CmlApiError(400, `Lab ${id} is ${lab.state === 'STARTED' ? 'running' : 'stopped but not wiped'}; stop and wipe it before deleting it.`);
    }
    this.labs.delete(id);
    this.labEventLog.delete(id);
  }

  downloadTopology(id: string, user: SimUser): string {
    const lab = this.requireLab(id);
    this.record('export_lab', user.id, { lab_id: lab.id });
    return topologyYaml(lab);
  }

  importTopology(text: string, title: string | undefined, user: SimUser): { id: string; warnings: string[] } {
    let result: ReturnType<typeof labFromTopology>;
    try {
      result = labFromTopology(text, title, user, this.now());
    } catch (error) {
      if (error instanceof TopologyError) throw new CmlApiError(400, error.message);
      throw error;
    }
    const { lab, warnings } = result;
    this.labs.set(lab.id, lab);
    this.labEvent(lab, 'ADD', 'LAB', lab.id, { title: lab.title }, {});
    for (const node of lab.nodes) this.labEvent(lab, 'ADD', 'NODE', node.id, { label: node.label, node_definition: node.nodeDefinition }, {});
    for (const link of lab.links) this.labEvent(lab, 'ADD', 'LINK', link.id, { label: link.label }, {});
    this.record('import_lab', user.id, { lab_id: lab.id, node_count: lab.nodes.length, link_count: lab.links.length });
    return { id: lab.id, warnings };
  }

  /** `GET /telemetry/events`, oldest first, with the system user's periodic events filled in. */
  telemetryEvents(): Record<string, unknown>[] {
    this.tickSystemEvents();
    return this.telemetry.map((e) => ({ category: e.category, timestamp: new Date(e.at).toISOString(), data: e.data }));
  }

  labEvents(id: string): Record<string, unknown>[] {
    this.requireLab(id);
    return (this.labEventLog.get(id) ?? []).map((e) => ({
      lab_id: e.labId,
      event: e.event,
      element_type: e.elementType,
      element_id: e.elementId,
      data: e.data,
      previous: e.previous,
      timestamp: new Date(e.at).toISOString(),
    }));
  }

  /** The user a valid token was issued to. */
  userNamed(username: string): SimUser {
    const user = this.users.get(username);
    if (!user) throw new CmlApiError(401, 'Invalid authorization token.');
    return user;
  }

  /** Labs the user owns (`GET /labs` without `show_all`). */
  labIdsOwnedBy(user: SimUser): string[] {
    return [...this.labs.values()].filter((l) => l.ownerId === user.id).map((l) => l.id);
  }

  // ---------------------------------------------------------------- internals

  private requireLab(id: string): SimLab {
    const lab = this.labs.get(id);
    if (!lab) throw new CmlApiError(404, `Lab not found: ${id}`);
    return lab;
  }

  private ownerFor(username: string | undefined): LabOwner {
    const name = username ?? [...this.users.keys()][0] ?? 'admin';
    let user = this.users.get(name);
    if (!user) {
      // An owner that was not seeded as a user exists but cannot sign in.
      user = { id: userIdFor(this.id, name), username: name, password: null, fullname: name };
      this.users.set(name, user);
    }
    return { id: user.id, username: user.username, fullname: user.fullname };
  }

  private nodeState(lab: SimLab): string {
    return lab.state === 'STARTED' ? 'BOOTED' : lab.state;
  }

  private allocatedNodes(): { lab: SimLab; node: SimLab['nodes'][number] }[] {
    return [...this.labs.values()].filter((l) => l.state !== 'DEFINED_ON_CORE').flatMap((lab) => lab.nodes.map((node) => ({ lab, node })));
  }

  private runningNodes(): SimLab['nodes'] {
    return [...this.labs.values()].filter((l) => l.state === 'STARTED').flatMap((l) => l.nodes);
  }

  /** Allocates the lab's nodes to the least loaded computes, as CML does when a lab first starts. */
  private place(lab: SimLab): void {
    const load = new Map(this.computes.map((c) => [c.id, 0]));
    for (const { node } of this.allocatedNodes()) if (node.computeId) load.set(node.computeId, (load.get(node.computeId) ?? 0) + 1);
    for (const node of lab.nodes) {
      const target = [...load.entries()].sort((a, b) => a[1] - b[1])[0];
      if (!target) break;
      node.computeId = target[0];
      load.set(target[0], target[1] + 1);
    }
  }

  private transition(lab: SimLab, to: SimLabState): void {
    const from = lab.state;
    lab.state = to;
    lab.modifiedAt = this.now();
    this.labEvent(lab, 'STATE_CHANGED', 'LAB', lab.id, { state: to }, { state: from });
    const nodeState = (s: SimLabState): string => (s === 'STARTED' ? 'BOOTED' : s);
    for (const node of lab.nodes) this.labEvent(lab, 'STATE_CHANGED', 'NODE', node.id, { state: nodeState(to) }, { state: nodeState(from) });
  }

  private labEvent(lab: SimLab, event: LabEventRecord['event'], elementType: LabEventRecord['elementType'], elementId: string, data: Record<string, unknown>, previous: Record<string, unknown>, at = this.now()): void {
    const log = this.labEventLog.get(lab.id) ?? [];
    log.push({ labId: lab.id, event, elementType, elementId, data, previous, at });
    if (log.length > MAX_LAB_EVENTS) log.splice(0, log.length - MAX_LAB_EVENTS);
    this.labEventLog.set(lab.id, log);
  }

  private record(category: TelemetryCategory, userId: string, data: Record<string, unknown>, at = this.now()): TelemetryRecord {
    const event: TelemetryRecord = { category, at, data: { user_id: userId, ...data } };
    // Kept in time order so consumers can rely on the order of the list.
    let index = this.telemetry.length;
    while (index > 0 && (this.telemetry[index - 1] as TelemetryRecord).at > at) index--;
    this.telemetry.splice(index, 0, event);
    if (this.telemetry.length > MAX_TELEMETRY) this.telemetry.splice(0, this.telemetry.length - MAX_TELEMETRY);
    return event;
  }

  private tickSystemEvents(): void {
    const now = this.now();
    const due = Math.floor((now - this.lastSystemTick) / this.systemEventIntervalMs);
    if (due <= 0) return;
    // Only the latest few intervals matter to readers; a long idle simulator does not flood the log.
    const first = Math.max(1, due - 24);
    for (let k = first; k <= due; k++) {
      const at = this.lastSystemTick + k * this.systemEventIntervalMs;
      this.record('system_stats', SYSTEM_USER_ID, { running_nodes: this.runningNodes().length }, at);
      this.record('user_activity', SYSTEM_USER_ID, { action: 'api_call' }, at);
    }
    this.lastSystemTick += due * this.systemEventIntervalMs;
  }
}
