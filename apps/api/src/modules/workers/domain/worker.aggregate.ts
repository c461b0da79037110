import { type Actor, AggregateRoot, type ChangeContext, DomainError, type EventMap, formatUtc, type EventType, type StatusTrigger } from '#kernel';
import type { CmlSuitability } from './cml-instance-type.rule.js';
import { type ActivitySource, type IdleDecision, idleDecisionKey, type IdleReasonCode } from './idle.rule.js';
import { workerNameProblem } from './worker-name.rule.js';
import { workerNameInvalid } from './worker.errors.js';
import { type EndpointSource, resolveEndpoint } from './worker-endpoint.rule.js';
import { type Decision, type Operation, type ServiceStatus, statusForInstanceState, TRANSITIONS, type WorkerStatus } from './worker-status.js';

/** An EC2 instance as the domain sees it (mapped from the EC2 port by the application layer). */
export interface ObservedInstance {
  instanceId: string;
  state: string;
  instanceType: string;
  imageId: string;
  name?: string;
  tags: Record<string, string>;
  publicIp?: string;
  privateIp?: string;
  launchTime?: string;
}

/** One CML compute (controller or compute node) as last seen. */
export interface ComputeView {
  id: string;
  hostname: string;
  isController: boolean;
  cpuPercent?: number;
  memoryPercent?: number;
  diskPercent?: number;
  runningNodes?: number;
  totalNodes?: number;
  valid?: boolean | null;
  admissionState?: string;
}

/** What a sync read from the worker's CML controller. */
export interface CmlObservation {
  serviceStatus: ServiceStatus;
  /** Why the controller is not available (when it is not). */
  reason?: string;
  version?: string;
  ready?: boolean;
  licensed?: boolean;
  licenseStatus?: string;
  telemetry?: WorkerState['telemetry'];
  computes?: ComputeView[];
}

export interface WorkerLifecycle {
  createdAt: string;
  createdBy: Actor;
  importedAt?: string;
  importedBy?: Actor;
  startRequestedAt?: string;
  startRequestedBy?: Actor;
  stopRequestedAt?: string;
  stopRequestedBy?: Actor;
  terminateRequestedAt?: string;
  terminateRequestedBy?: Actor;
  terminatedAt?: string;
  unregisteredAt?: string;
  unregisteredBy?: Actor;
  updatedAt: string;
}

export interface WorkerState {
  name: string;
  region: string;
  instanceId?: string;
  instanceType: string;
  ami: { id?: string; name?: string; description?: string };
  status: WorkerStatus;
  statusReason?: string;
  /** When the status last changed (a changing instance is followed closely for a while after). */
  statusChangedAt?: string;
  serviceStatus: ServiceStatus;
  endpoint?: string;
  endpointSource: EndpointSource;
  /** Why the worker has no endpoint although one was given (an invalid `cml-endpoint` tag). */
  endpointProblem?: string;
  endpointOverride?: string;
  publicIp?: string;
  privateIp?: string;
  launchedAt?: string;
  tags: Record<string, string>;
  statusChecks?: { instance: string; system: string; checkedAt: string };
  cml: {
    version?: string;
    ready?: boolean;
    licenseStatus?: string;
    licensed?: boolean;
    lastSyncedAt?: string;
    /** When the controller last answered: the facts here are from then. */
    lastReadAt?: string;
    error?: string;
    computes?: ComputeView[];
    /** Lab id -> state at the last collection, to see state changes (activity). */
    labStates?: Record<string, string>;
  };
  telemetry: {
    /** CloudWatch `AWS/EC2 CPUUtilization`, percent. */
    ec2CpuPercent?: number;
    /** CloudWatch agent `CWAgent mem_used_percent`, percent. */
    ec2MemoryPercent?: number;
    /** CML `system_stats` (all computes), percent. */
    cpuPercent?: number;
    memoryPercent?: number;
    diskPercent?: number;
    runningNodes?: number;
    totalNodes?: number;
    labs?: number;
    collectedAt?: string;
  };
  idleDetectionEnabled: boolean;
  idle: {
    /** Per-worker override of IDLE_TIMEOUT_MINUTES. */
    timeoutMinutes?: number;
    lastActivityAt?: string;
    lastActivitySource?: ActivitySource;
    lastActivityCheckAt?: string;
    snoozedUntil?: string;
    warning?: { issuedAt: string; plannedStopAt: string };
    /**
     * The latest evaluation (`at`) and the decision it took; `since` is when that decision (same
     * `key`, see idleDecisionKey) was first taken. Stored before 2026-12 without since, code and key.
     */
    lastDecision?: { at: string; outcome: string; reason: string; since?: string; code?: IdleReasonCode; key?: string };
  };
  provisioning?: { subnetId?: string; securityGroupIds?: string[]; keyName?: string; failureReason?: string };
  lifecycle: WorkerLifecycle;
  /** False once unregistered: the record and its history stay, the instance is no longer managed. */
  managed: boolean;
}

export interface ProvisioningRequest {
  name: string;
  region: string;
  instanceType: string;
  /** How the type can run CML, as EC2 described it when asked; `nested-virtualization` is enabled at launch. */
  cmlSuitability?: CmlSuitability;
  ami: { id: string; name?: string; description?: string };
  subnetId?: string;
  securityGroupIds?: string[];
  keyName?: string;
}

export interface EndpointPolicy {
  usePrivateIp: boolean;
}

/** A CML controller host on EC2, as the product manages it. */
export class Worker extends AggregateRoot<WorkerState> {
  readonly aggregateType = 'worker';

  constructor(id: string, state: WorkerState, version: number) {
    super(id, state, version);
  }

  /** A new worker waiting for its instance; provisioning continues in the background. */
  static requestProvisioning(id: string, request: ProvisioningRequest, ctx: ChangeContext): Worker {
    const nameProblem = workerNameProblem(request.name);
    if (nameProblem) throw workerNameInvalid(nameProblem);
    const now = ctx.now.toISOString();
    const worker = new Worker(
      id,
      {
        name: request.name.trim(),
        region: request.region,
        instanceType: request.instanceType,
        ami: { ...request.ami },
        status: 'pending',
        statusReason: 'Provisioning requested',
        statusChangedAt: now,
        serviceStatus: 'unavailable',
        endpointSource: 'none',
        tags: {},
        cml: {},
        telemetry: {},
        idleDetectionEnabled: true,
        idle: {},
        provisioning: { subnetId: request.subnetId, securityGroupIds: request.securityGroupIds, keyName: request.keyName },
        lifecycle: { createdAt: now, createdBy: ctx.actor, updatedAt: now },
        managed: true,
      },
      0,
    );
    worker.raise(
      'worker.provisioning-requested',
      {
        name: request.name.trim(),
        region: request.region,
        instanceType: request.instanceType,
        ...(request.cmlSuitability ? { cmlSuitability: request.cmlSuitability } : {}),
        amiId: request.ami.id,
        amiName: request.ami.name,
        subnetId: request.subnetId,
        securityGroupIds: request.securityGroupIds,
        keyName: request.keyName,
      },
      ctx,
    );
    return worker;
  }

  /** Takes an existing instance under management. Terminated or terminating instances are refused. */
  static import(
    id: string,
    input: { region: string; instance: ObservedInstance; name?: string; ami?: { name?: string; description?: string }; source: 'api' | 'auto-import' },
    policy: EndpointPolicy,
    ctx: ChangeContext,
  ): Worker {
    const { instance } = input;
    const status = statusForInstanceState(instance.state);
    if (status === 'terminated' || status === 'shutting-down') {
      throw new DomainError('IMPORT.INSTANCE_TERMINATED', 'conflict', `Instance ${instance.instanceId} is ${instance.state} and cannot be imported.`, { instanceId: instance.instanceId, state: instance.state });
    }
    const now = ctx.now.toISOString();
    const name = input.name?.trim() || instance.name?.trim() || `worker-${instance.instanceId}`;
    const endpoint = resolveEndpoint({ tags: instance.tags, publicIp: instance.publicIp, privateIp: instance.privateIp, usePrivateIp: policy.usePrivateIp });
    const worker = new Worker(
      id,
      {
        name,
        region: input.region,
        instanceId: instance.instanceId,
        instanceType: instance.instanceType,
        ami: { id: instance.imageId, ...input.ami },
        status,
        statusReason: `Imported while ${instance.state}`,
        statusChangedAt: now,
        serviceStatus: 'unavailable',
        endpoint: endpoint.url,
        endpointSource: endpoint.source,
        endpointProblem: endpoint.problem,
        publicIp: instance.publicIp,
        privateIp: instance.privateIp,
        launchedAt: instance.launchTime,
        tags: { ...instance.tags },
        cml: {},
        telemetry: {},
        idleDetectionEnabled: true,
        idle: { lastActivityAt: now, lastActivitySource: 'import' },
        lifecycle: { createdAt: now, createdBy: ctx.actor, importedAt: now, importedBy: ctx.actor, updatedAt: now },
        managed: true,
      },
      0,
    );
    worker.raise(
      'worker.imported',
      { name, region: input.region, instanceId: instance.instanceId, instanceType: instance.instanceType, amiId: instance.imageId, status, source: input.source },
      ctx,
    );
    return worker;
  }

  get name(): string {
    return this.state.name;
  }
  get region(): string {
    return this.state.region;
  }
  get instanceId(): string | undefined {
    return this.state.instanceId;
  }
  get status(): WorkerStatus {
    return this.state.status;
  }
  get managed(): boolean {
    return this.state.managed;
  }
  get tags(): Readonly<Record<string, string>> {
    return this.state.tags;
  }
  get provisioning(): WorkerState['provisioning'] {
    return this.state.provisioning;
  }
  get ami(): WorkerState['ami'] {
    return this.state.ami;
  }
  get instanceType(): string {
    return this.state.instanceType;
  }

  /** What an operator action would do now, without doing it. */
  decide(operation: Operation): Decision {
    if (!this.state.managed) return { outcome: 'refuse', message: 'The worker is no longer managed (it was unregistered).' };
    const decision = TRANSITIONS[operation][this.state.status];
    if (decision.outcome === 'proceed' && operation !== 'terminate' && !this.state.instanceId) {
      return { outcome: 'refuse', message: 'The worker has no EC2 instance yet.' };
    }
    return decision;
  }

  /** Like `decide`, but a refusal is the WORKER.INVALID_TRANSITION error that names the status. */
  ensureAllowed(operation: Operation): Decision {
    const decision = this.decide(operation);
    if (decision.outcome === 'refuse') {
      throw new DomainError('WORKER.INVALID_TRANSITION', 'conflict', `Cannot ${operation} worker ${this.state.name} while it is ${this.state.status}: ${decision.message}`, {
        status: this.state.status,
        operation,
      });
    }
    return decision;
  }

  /** Records an accepted start/stop/terminate (EC2 has been asked). */
  recordRequested(operation: Operation, ctx: ChangeContext, reason?: string, trigger: StatusTrigger = 'user'): void {
    const decision = this.ensureAllowed(operation);
    if (decision.outcome !== 'proceed') return;
    const now = ctx.now.toISOString();
    if (operation === 'start') {
      Object.assign(this.state.lifecycle, { startRequestedAt: now, startRequestedBy: ctx.actor });
      // A start is activity, and a fresh start forgets an old warning or snooze.
      this.state.idle = { ...this.state.idle, lastActivityAt: now, lastActivitySource: 'start', warning: undefined };
    }
    if (operation === 'stop') Object.assign(this.state.lifecycle, { stopRequestedAt: now, stopRequestedBy: ctx.actor });
    if (operation === 'terminate') Object.assign(this.state.lifecycle, { terminateRequestedAt: now, terminateRequestedBy: ctx.actor });
    this.changeStatus(decision.to, trigger, reason ?? `${operation} requested by ${ctx.actor.name}`, ctx);
    if (decision.to === 'terminated') this.markTerminated(ctx);
  }

  /** Provisioning launched the instance. */
  assignInstance(instance: ObservedInstance, policy: EndpointPolicy, ctx: ChangeContext): void {
    if (this.state.instanceId) throw new DomainError('WORKER.INSTANCE_ALREADY_ASSIGNED', 'conflict', `Worker ${this.state.name} already has instance ${this.state.instanceId}.`);
    this.state.instanceId = instance.instanceId;
    this.raise('worker.instance-assigned', { instanceId: instance.instanceId, instanceType: instance.instanceType, amiId: instance.imageId }, ctx);
    this.observe(instance, policy, ctx, 'provisioning');
  }

  failProvisioning(reason: string, ctx: ChangeContext): void {
    this.state.provisioning = { ...this.state.provisioning, failureReason: reason };
    this.raise('worker.provisioning-failed', { reason }, ctx);
    this.changeStatus('failed', 'provisioning', reason, ctx);
  }

  /**
   * Applies what EC2 reports. Only real changes become events. An instance EC2 no longer knows
   * (`missing`) is terminated. A terminated worker stays terminated.
   */
  observe(instance: ObservedInstance | 'missing', policy: EndpointPolicy, ctx: ChangeContext, trigger: StatusTrigger = 'ec2'): void {
    if (this.state.status === 'terminated') return;
    if (instance === 'missing') {
      this.changeStatus('terminated', trigger, 'EC2 no longer knows the instance', ctx);
      this.markTerminated(ctx);
      return;
    }
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    const track = <K extends 'publicIp' | 'privateIp' | 'instanceType' | 'launchedAt'>(key: K, value: WorkerState[K]) => {
      if (this.state[key] !== value) {
        changes[key] = { from: this.state[key], to: value };
        this.state[key] = value;
      }
    };
    track('publicIp', instance.publicIp);
    track('privateIp', instance.privateIp);
    track('instanceType', instance.instanceType);
    track('launchedAt', instance.launchTime);
    if (this.state.ami.id !== instance.imageId) {
      changes.amiId = { from: this.state.ami.id, to: instance.imageId };
      this.state.ami = { id: instance.imageId };
    }
    if (Object.keys(changes).length) this.raise('worker.instance-updated', { changes }, ctx);

    this.applyTags(instance.tags, ctx);
    this.refreshEndpoint(policy, ctx);

    const status = statusForInstanceState(instance.state);
    if (status !== this.state.status) this.changeStatus(status, trigger, `EC2 reports the instance ${instance.state}`, ctx);
    if (status === 'terminated') this.markTerminated(ctx);
  }

  observeStatusChecks(checks: { instance: string; system: string }, ctx: ChangeContext): void {
    const prev = this.state.statusChecks;
    const checkedAt = ctx.now.toISOString();
    const changed = !prev || prev.instance !== checks.instance || prev.system !== checks.system;
    this.state.statusChecks = { ...checks, checkedAt };
    if (changed) this.raise('worker.status-checks-changed', { ...checks, checkedAt }, ctx);
  }

  /** Records the instance's tags as EC2 now has them (after an edit, or as observed). */
  applyTags(tags: Record<string, string>, ctx: ChangeContext): void {
    const before = this.state.tags;
    const set = Object.fromEntries(Object.entries(tags).filter(([k, v]) => before[k] !== v));
    const removed = Object.keys(before).filter((k) => !(k in tags));
    if (Object.keys(set).length === 0 && removed.length === 0) return;
    this.state.tags = { ...tags };
    this.raise('worker.tags-changed', { set, removed }, ctx);
  }

  rename(name: string, ctx: ChangeContext): void {
    const to = name.trim();
    if (!to) throw DomainError.invalid('WORKER.NAME_INVALID', 'A worker name cannot be empty.');
    if (to === this.state.name) return;
    this.raise('worker.renamed', { from: this.state.name, to }, ctx);
    this.state.name = to;
  }

  /** Sets (or with `undefined` clears) the endpoint override. */
  overrideEndpoint(url: string | undefined, policy: EndpointPolicy, ctx: ChangeContext): void {
    this.state.endpointOverride = url?.replace(/\/$/, '') || undefined;
    this.refreshEndpoint(policy, ctx);
  }

  setIdleDetection(enabled: boolean, ctx: ChangeContext): void {
    if (this.state.idleDetectionEnabled === enabled) return;
    this.state.idleDetectionEnabled = enabled;
    this.raise('worker.idle-detection-changed', { enabled }, ctx);
  }

  /**
   * Applies what the CML controller reported. Service status and CML facts are events when they
   * change; telemetry is an event only when it moves by at least `thresholdPercent` points (or a
   * count changes), otherwise it is stored silently.
   */
  observeCml(observation: CmlObservation, thresholdPercent: number, ctx: ChangeContext): void {
    const cml = this.state.cml;
    if (observation.serviceStatus !== this.state.serviceStatus) {
      const reason = observation.reason ?? `CML controller is ${observation.serviceStatus}`;
      this.raise('worker.service-status-changed', { from: this.state.serviceStatus, to: observation.serviceStatus, reason }, ctx);
      this.state.serviceStatus = observation.serviceStatus;
    }
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    for (const key of ['version', 'ready', 'licensed', 'licenseStatus'] as const) {
      const next = observation[key];
      if (next !== undefined && cml[key] !== next) {
        changes[key] = { from: cml[key], to: next };
        (cml as Record<string, unknown>)[key] = next;
      }
    }
    if (Object.keys(changes).length) this.raise('worker.cml-info-changed', { changes }, ctx);

    if (observation.telemetry) this.observeTelemetry(observation.telemetry, thresholdPercent, ctx);
    if (observation.computes) cml.computes = observation.computes;
    cml.error = observation.serviceStatus === 'available' ? undefined : observation.reason;
    cml.lastSyncedAt = ctx.now.toISOString();
    if (observation.serviceStatus === 'available') cml.lastReadAt = cml.lastSyncedAt;
    this.touch();
  }

  /** Stores new telemetry; an event only when a percentage moved by the threshold or a count changed. */
  observeTelemetry(figures: WorkerState['telemetry'], thresholdPercent: number, ctx: ChangeContext): void {
    const before = this.state.telemetry;
    const defined = Object.fromEntries(Object.entries(figures).filter(([, v]) => v !== undefined));
    const after = { ...before, ...defined, collectedAt: ctx.now.toISOString() };
    const moved = (['ec2CpuPercent', 'ec2MemoryPercent', 'cpuPercent', 'memoryPercent', 'diskPercent'] as const).some(
      (k) => after[k] !== undefined && (before[k] === undefined || Math.abs((after[k] ?? 0) - (before[k] ?? 0)) >= thresholdPercent),
    );
    const counted = (['runningNodes', 'totalNodes', 'labs'] as const).some((k) => after[k] !== undefined && after[k] !== before[k]);
    this.state.telemetry = after;
    if (moved || counted) {
      const { collectedAt: _at, ...changed } = after;
      this.raise('worker.telemetry-changed', changed, ctx);
    }
    this.touch();
  }

  /**
   * Records human activity seen on the controller (the newest wins) and lab state changes (which
   * count as activity). Stored silently: activity is frequent and is reported through idle decisions.
   */
  observeActivity(input: { latest?: { at: string; source: ActivitySource }; labStates?: Record<string, string> }, ctx: ChangeContext): void {
    const idle = this.state.idle;
    const candidates = input.latest ? [input.latest] : [];
    if (input.labStates) {
      const before = this.state.cml.labStates;
      const changed = before !== undefined && Object.entries(input.labStates).some(([id, st]) => before[id] !== undefined && before[id] !== st);
      if (changed) candidates.push({ at: ctx.now.toISOString(), source: 'lab-state' });
      this.state.cml.labStates = input.labStates;
      this.state.telemetry.labs = Object.keys(input.labStates).length;
    }
    for (const c of candidates) {
      if (!idle.lastActivityAt || c.at > idle.lastActivityAt) {
        idle.lastActivityAt = c.at;
        idle.lastActivitySource = c.source;
      }
    }
    idle.lastActivityCheckAt = ctx.now.toISOString();
    this.touch();
  }

  /**
   * Applies an idle decision: a warning is an event; a lifted warning too; the rest is stored quietly.
   * Returns whether this is a new decision (another reason, or the same reason resting on another
   * fact) rather than the previous one again: only those are worth a line in the decision log.
   */
  applyIdleDecision(decision: IdleDecision, timeoutMinutes: number, ctx: ChangeContext): boolean {
    const idle = this.state.idle;
    if (decision.clearsWarning && idle.warning) {
      idle.warning = undefined;
      this.raise('worker.idle-warning-cleared', { reason: decision.reason }, ctx);
    }
    if (decision.outcome === 'warn' && decision.plannedStopAt) {
      idle.warning = { issuedAt: ctx.now.toISOString(), plannedStopAt: decision.plannedStopAt };
      this.raise(
        'worker.idle-warning-issued',
        { plannedStopAt: decision.plannedStopAt, idleMinutes: decision.idleMinutes ?? 0, timeoutMinutes, lastActivityAt: decision.lastActivityAt, lastActivitySource: decision.lastActivitySource, reason: decision.reason },
        ctx,
      );
    }
    if (decision.outcome === 'stop' || decision.outcome === 'skipped') idle.warning = undefined;
    const at = ctx.now.toISOString();
    const key = idleDecisionKey(decision);
    const previous = idle.lastDecision;
    const changed = previous?.key !== key;
    idle.lastDecision = { at, outcome: decision.outcome, reason: decision.reason, since: changed ? at : (previous.since ?? previous.at), code: decision.code, key };
    this.touch();
    return changed;
  }

  /** Keeps the worker running until `until`, whatever its activity (lifts a pending warning). */
  snooze(until: Date, ctx: ChangeContext): void {
    if (this.state.status !== 'running') {
      throw new DomainError('WORKER.INVALID_TRANSITION', 'conflict', `Worker ${this.state.name} is ${this.state.status}; only a running worker can be snoozed.`, { status: this.state.status });
    }
    if (until <= ctx.now) throw DomainError.invalid('IDLE.SNOOZE_IN_PAST', 'The snooze must end in the future.');
    this.state.idle.snoozedUntil = until.toISOString();
    this.raise('worker.idle-snoozed', { until: until.toISOString() }, ctx);
    if (this.state.idle.warning) {
      this.state.idle.warning = undefined;
      this.raise('worker.idle-warning-cleared', { reason: `Snoozed by ${ctx.actor.name} until ${formatUtc(until, ctx.now)}.` }, ctx);
    }
  }

  setIdleTimeout(minutes: number | undefined, ctx: ChangeContext): void {
    if (this.state.idle.timeoutMinutes === minutes) return;
    this.raise('worker.idle-timeout-changed', { from: this.state.idle.timeoutMinutes, to: minutes }, ctx);
    this.state.idle.timeoutMinutes = minutes;
  }

  get idle(): Readonly<WorkerState['idle']> {
    return this.state.idle;
  }

  get telemetry(): Readonly<WorkerState['telemetry']> {
    return this.state.telemetry;
  }

  get idleDetectionEnabled(): boolean {
    return this.state.idleDetectionEnabled;
  }

  get lifecycle(): Readonly<WorkerLifecycle> {
    return this.state.lifecycle;
  }

  get endpoint(): string | undefined {
    return this.state.endpoint;
  }

  get endpointProblem(): string | undefined {
    return this.state.endpointProblem;
  }

  get serviceStatus(): ServiceStatus {
    return this.state.serviceStatus;
  }

  /** Records who asked for a license change (the token never enters the aggregate or its events). */
  recordLicenseRequest(kind: 'registration' | 'deregistration', operationId: string, reregister: boolean, ctx: ChangeContext): void {
    if (this.state.status !== 'running') {
      throw new DomainError('WORKER.NOT_RUNNING', 'conflict', `Worker ${this.state.name} is ${this.state.status}; start it before changing its license.`, { status: this.state.status });
    }
    if (kind === 'registration') this.raise('worker.license-registration-requested', { operationId, reregister }, ctx);
    else this.raise('worker.license-deregistration-requested', { operationId }, ctx);
  }

  recordLicenseOutcome(
    kind: 'registration' | 'deregistration',
    outcome: { operationId: string; succeeded: boolean; registrationStatus?: string; result?: string; error?: string },
    ctx: ChangeContext,
  ): void {
    if (kind === 'registration') {
      this.raise('worker.license-registration-finished', { operationId: outcome.operationId, succeeded: outcome.succeeded, registrationStatus: outcome.registrationStatus, error: outcome.error }, ctx);
    } else {
      this.raise('worker.license-deregistration-finished', { operationId: outcome.operationId, succeeded: outcome.succeeded, outcome: outcome.result, error: outcome.error }, ctx);
    }
  }

  /** Stops managing the worker; its record and history stay. */
  unregister(terminateInstance: boolean, ctx: ChangeContext): void {
    if (!this.state.managed) throw DomainError.conflict('WORKER.NOT_MANAGED', `Worker ${this.state.name} is already unregistered.`);
    this.state.managed = false;
    this.state.lifecycle.unregisteredAt = ctx.now.toISOString();
    this.state.lifecycle.unregisteredBy = ctx.actor;
    this.raise('worker.unregistered', { instanceId: this.state.instanceId, terminateInstance }, ctx);
  }

  private refreshEndpoint(policy: EndpointPolicy, ctx: ChangeContext): void {
    const next = resolveEndpoint({
      override: this.state.endpointOverride,
      tags: this.state.tags,
      publicIp: this.state.publicIp,
      privateIp: this.state.privateIp,
      usePrivateIp: policy.usePrivateIp,
    });
    if (next.url === this.state.endpoint && next.source === this.state.endpointSource && next.problem === this.state.endpointProblem) return;
    this.raise('worker.endpoint-changed', { from: this.state.endpoint, to: next.url, source: next.source, problem: next.problem }, ctx);
    this.state.endpoint = next.url;
    this.state.endpointSource = next.source;
    this.state.endpointProblem = next.problem;
  }

  private changeStatus(to: WorkerStatus, trigger: StatusTrigger, reason: string, ctx: ChangeContext): void {
    const from = this.state.status;
    if (from === to) return;
    this.state.status = to;
    this.state.statusReason = reason;
    this.state.statusChangedAt = ctx.now.toISOString();
    this.state.lifecycle.updatedAt = ctx.now.toISOString();
    if (to !== 'running') this.state.serviceStatus = 'unavailable';
    this.raise('worker.status-changed', { from, to, trigger, reason }, ctx);
  }

  private markTerminated(ctx: ChangeContext): void {
    if (this.state.lifecycle.terminatedAt) return;
    this.state.lifecycle.terminatedAt = ctx.now.toISOString();
    this.raise('worker.terminated', { instanceId: this.state.instanceId }, ctx);
  }

  protected override raise<T extends EventType>(type: T, data: EventMap[T], ctx: ChangeContext): void {
    this.state.lifecycle.updatedAt = ctx.now.toISOString();
    super.raise(type, data, ctx);
  }
}
