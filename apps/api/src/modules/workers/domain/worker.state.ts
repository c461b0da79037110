import type { ChangeContext, ServiceStatus, WorkerStatus } from '#kernel';
import type { CapacityFallbackState } from './capacity-fallback.value-object.js';
import type { CmlFacts } from './cml-observation.value-object.js';
import type { IdleState } from './idle-state.value-object.js';
import type { InstanceTypeRestore } from './instance-type-restore.rule.js';
import { importedWorkerName } from './import.rule.js';
import type { ObservedInstance } from './observed-instance.value-object.js';
import type { PowerOverride } from './power-override.rule.js';
import { sortedVolumes, type WorkerVolume } from './worker-volume.value-object.js';
import type { PowerAttempts, StoredDesiredPower, StoredStopWarning } from './power-record.value-object.js';
import type { ProvisioningFacts, ProvisioningRequest } from './provisioning.value-object.js';
import type { Telemetry } from './telemetry.value-object.js';
import { type EndpointPolicy, type EndpointSource, resolveEndpoint } from './worker-endpoint.rule.js';
import { newLifecycle, type WorkerLifecycle } from './worker-lifecycle.value-object.js';
import { statusForInstanceState } from './worker-status.value-object.js';

/**
 * What a Worker aggregate keeps, stored as one document (ADR 0007). Grouped facts are value objects
 * with their own rules beside this file; only the aggregate changes them.
 */
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
  /** The EBS volumes attached to the instance, sorted by id (worker-volumes.rule.ts); absent: never read. */
  volumes?: WorkerVolume[];
  /** When the volumes above were read (a later read that finds the same set writes nothing). */
  volumesReadAt?: string;
  cml: CmlFacts;
  telemetry: Telemetry;
  idleDetectionEnabled: boolean;
  idle: IdleState;
  provisioning?: ProvisioningFacts;
  lifecycle: WorkerLifecycle;
  /** False once unregistered: the record and its history stay, the instance is no longer managed. */
  managed: boolean;
  /** A username or `group:<name>` (worker-owner.rule.ts); absent: nobody owns it. */
  owner?: string;
  override?: PowerOverride;
  /** The last start or stop a person asked for (not one the product made). */
  lastManualChange?: { action: 'start' | 'stop'; at: string; by: string };
  /** When the product last asked EC2 to start it, until the controller answered (then a boot-to-ready sample). */
  bootStartedAt?: string;
  /** Seconds from a start asked to the CML controller available, the last few, newest last. */
  bootToReadySeconds: number[];
  /** What the power reconciler last decided (scheduling module). */
  desiredPower?: StoredDesiredPower;
  /** How the reconciler's starts and stops went (its backoff). */
  powerAttempts?: PowerAttempts;
  /** The last warning of a stop the reconciler will make (once per planned stop). */
  stopWarning?: StoredStopWarning;
  /** The last start or launch that had to look for EC2 capacity; `next` while it still does. */
  capacityFallback?: CapacityFallbackState;
  /** Set while a start's fallback left the instance on another type and the policy wants its own back at the next stop. */
  instanceTypeRestore?: InstanceTypeRestore;
  /** The last choreographed stop or terminate (its steps are in the operation); `running` while it runs. */
  powerOperation?: PowerOperationRef;
}

/** A choreographed stop or terminate of the worker (docs/stop-and-start.md). */
export interface PowerOperationRef {
  id: string;
  action: 'stop' | 'terminate';
  status: 'running' | 'succeeded' | 'failed';
  startedAt: string;
  finishedAt?: string;
  summary?: string;
}

/** What a new worker starts with besides where it runs (new objects each time: state is changed in place). */
const fresh = () => ({ serviceStatus: 'unavailable' as const, cml: {}, telemetry: {}, idleDetectionEnabled: true, managed: true, bootToReadySeconds: [] as number[] });

/** The state of a worker whose instance is still to be launched. */
export function provisionedState(request: ProvisioningRequest, ctx: ChangeContext): WorkerState {
  const now = ctx.now.toISOString();
  const { region, instanceType, subnetId, securityGroupIds, keyName } = request;
  return {
    ...fresh(),
    name: request.name.trim(),
    region,
    instanceType,
    ami: { ...request.ami },
    status: 'pending',
    statusReason: 'Provisioning requested',
    statusChangedAt: now,
    endpointSource: 'none',
    tags: {},
    idle: {},
    provisioning: { subnetId, securityGroupIds, keyName },
    lifecycle: newLifecycle(now, ctx.actor, false),
    // Whoever provisioned it owns it: a person, or the API client (service account) that asked; the product itself owns nothing.
    owner: ctx.actor.kind === 'system' ? undefined : ctx.actor.name,
  };
}

/** An existing instance taken under management, and by what. */
export interface ImportInput {
  region: string;
  instance: ObservedInstance;
  name?: string;
  ami?: { name?: string; description?: string };
  source: 'api' | 'auto-import';
  /** The owner its tags name (WORKER_OWNER_TAG), if any. */
  owner?: string;
  /** The EBS volumes attached, when they could be read (worker-volume.value-object.ts). */
  volumes?: readonly WorkerVolume[];
}

/** The state of a worker imported now: EC2's facts, the endpoint they give, and the import as its first activity. */
export function importedState(input: ImportInput, policy: EndpointPolicy, ctx: ChangeContext): WorkerState {
  const { instance } = input;
  const now = ctx.now.toISOString();
  const endpoint = resolveEndpoint({ tags: instance.tags, publicIp: instance.publicIp, privateIp: instance.privateIp, usePrivateIp: policy.usePrivateIp });
  return {
    ...fresh(),
    name: importedWorkerName(instance, input.name),
    region: input.region,
    instanceId: instance.instanceId,
    instanceType: instance.instanceType,
    ami: { id: instance.imageId, ...input.ami },
    status: statusForInstanceState(instance.state),
    statusReason: `Imported while ${instance.state}`,
    statusChangedAt: now,
    endpoint: endpoint.url,
    endpointSource: endpoint.source,
    endpointProblem: endpoint.problem,
    publicIp: instance.publicIp,
    privateIp: instance.privateIp,
    launchedAt: instance.launchTime,
    tags: { ...instance.tags },
    idle: { lastActivityAt: now, lastActivitySource: 'import' },
    lifecycle: newLifecycle(now, ctx.actor, true),
    owner: input.owner,
    ...(input.volumes ? { volumes: sortedVolumes(input.volumes), volumesReadAt: now } : {}),
  };
}
