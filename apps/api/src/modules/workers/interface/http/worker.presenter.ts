import { toOperationResponse } from '../../../system/system.public.js';
import type { Actor } from '#kernel';
import { lastPageOf } from '../../../../platform/http/paging.js';
import { type Presented, present } from '../../../../platform/http/presenter.js';
import { hasRole, type Identity, roleRefusal } from '../../../auth/auth.public.js';
import type { StateChangeResult } from '../../application/commands/change-worker-state/change-worker-state.command.js';
import type { FleetSummary, Page, WorkerView } from '../../application/worker.view.js';
import { type RoleCheck, WORKER_ACTIONS, type WorkerActions, workerActions } from '../../domain/worker-actions.rule.js';
import { ownedBy } from '../../domain/worker-owner.rule.js';
import type { PowerRuleRef } from '#kernel';
import type { ActorResponse, StateChangeResponse, WorkerActionsResponse, WorkerCostBriefResponse, WorkerListItemResponse, WorkerPageResponse, WorkerResponse } from './worker-response.dto.js';
import type { WorkerCost } from '../../../cost/cost.public.js';

/** Who is asking: the worker answer says what this caller may do. */
export type WorkerCaller = Pick<Identity, 'username' | 'roles' | 'groups'>;

/** The caller's answer for each role, worked out once per response (a list asks it for every item). */
function roleCheckOf(caller: WorkerCaller): RoleCheck {
  const answers = new Map<Parameters<RoleCheck>[0], string | undefined>();
  return (required) => {
    if (!answers.has(required)) answers.set(required, hasRole(caller.roles, required) ? undefined : roleRefusal(required, caller));
    return answers.get(required);
  };
}

function toWorkerActionsResponse(actions: WorkerActions): WorkerActionsResponse {
  const response = {} as Record<(typeof WORKER_ACTIONS)[number], WorkerActionsResponse[keyof WorkerActionsResponse]>;
  for (const name of WORKER_ACTIONS) {
    const { allowed, reason, refusedBy } = actions[name];
    response[name] = reason === undefined ? { allowed } : { allowed, reason, refusedBy };
  }
  return response as WorkerActionsResponse;
}

/*
 * What a worker shows over HTTP: the fields WorkerResponse declares, copied one by one. Left out
 * on purpose (the console has no use for them): `cml.labStates` (lab id -> state at the last
 * collection, bookkeeping for activity detection), `cml.computes` (per-compute figures, summed
 * into `telemetry`), and `idle.lastDecision`'s `since`, `code` and `key` (GET /workers/{id}/idle
 * answers the decision with its code and since when; `key` is idle detection's own), and
 * `bootStartedAt` (bookkeeping for the boot-to-ready samples; `startup.startedAt` shows it while a
 * boot is under way).
 */

const ruleOf = (r: PowerRuleRef) => ({ kind: r.kind, id: r.id, name: r.name });

export function toActorResponse(actor: Actor): ActorResponse {
  return { kind: actor.kind, id: actor.id, name: actor.name };
}

const actorOrNone = (actor: Actor | undefined) => actor && toActorResponse(actor);

const actionsOf = (w: WorkerView, roles: RoleCheck, caller: WorkerCaller): WorkerActionsResponse =>
  toWorkerActionsResponse(workerActions({ name: w.name, status: w.status, managed: w.managed, hasInstance: Boolean(w.instanceId) }, roles, ownedBy(w.owner, caller)));

/** A worker's own fields: everything WorkerResponse declares but `actions`. */
function workerFields(w: WorkerView): Omit<WorkerResponse, 'actions'> {
  const { cml, telemetry: t, idle, lifecycle: l } = w;
  return {
    id: w.id,
    name: w.name,
    region: w.region,
    instanceId: w.instanceId,
    instanceType: w.instanceType,
    ami: { id: w.ami.id, name: w.ami.name, description: w.ami.description },
    status: w.status,
    statusReason: w.statusReason,
    statusChangedAt: w.statusChangedAt,
    nextStatusCheck: w.nextStatusCheck ? { at: w.nextStatusCheck.at, intervalSeconds: w.nextStatusCheck.intervalSeconds, reason: w.nextStatusCheck.reason } : undefined,
    serviceStatus: w.serviceStatus,
    endpoint: w.endpoint,
    endpointSource: w.endpointSource,
    endpointProblem: w.endpointProblem,
    endpointOverride: w.endpointOverride,
    publicIp: w.publicIp,
    privateIp: w.privateIp,
    launchedAt: w.launchedAt,
    tags: { ...w.tags },
    statusChecks: w.statusChecks ? { instance: w.statusChecks.instance, system: w.statusChecks.system, checkedAt: w.statusChecks.checkedAt } : undefined,
    volumes: w.volumes?.map((v) => ({ volumeId: v.volumeId, sizeGiB: v.sizeGiB, volumeType: v.volumeType })),
    volumesReadAt: w.volumesReadAt,
    cml: {
      version: cml.version,
      ready: cml.ready,
      licenseStatus: cml.licenseStatus,
      licensed: cml.licensed,
      licenseExpiresAt: cml.licenseExpiresAt,
      license: cml.license
        ? {
            registrationStatus: cml.license.registrationStatus,
            registrationExpiresAt: cml.license.registrationExpiresAt,
            authorizationStatus: cml.license.authorizationStatus,
            authorizationExpiresAt: cml.license.authorizationExpiresAt,
            smartAccount: cml.license.smartAccount,
            virtualAccount: cml.license.virtualAccount,
            product: cml.license.product,
            features: cml.license.features.map((f) => ({ id: f.id, name: f.name, status: f.status, inUse: f.inUse, max: f.max })),
          }
        : undefined,
      lastSyncedAt: cml.lastSyncedAt,
      lastReadAt: cml.lastReadAt,
      healthy: cml.healthy,
      error: cml.error,
      freshness: cml.freshness ? { current: cml.freshness.current, asOf: cml.freshness.asOf, reason: cml.freshness.reason } : undefined,
    },
    telemetry: {
      ec2CpuPercent: t.ec2CpuPercent,
      ec2MemoryPercent: t.ec2MemoryPercent,
      cpuPercent: t.cpuPercent,
      memoryPercent: t.memoryPercent,
      diskPercent: t.diskPercent,
      runningNodes: t.runningNodes,
      totalNodes: t.totalNodes,
      labs: t.labs,
      collectedAt: t.collectedAt,
    },
    idleDetectionEnabled: w.idleDetectionEnabled,
    idle: {
      timeoutMinutes: idle.timeoutMinutes,
      lastActivityAt: idle.lastActivityAt,
      lastActivitySource: idle.lastActivitySource,
      lastActivityCheckAt: idle.lastActivityCheckAt,
      snoozedUntil: idle.snoozedUntil,
      warning: idle.warning ? { issuedAt: idle.warning.issuedAt, plannedStopAt: idle.warning.plannedStopAt } : undefined,
      lastDecision: idle.lastDecision ? { at: idle.lastDecision.at, outcome: idle.lastDecision.outcome, reason: idle.lastDecision.reason } : undefined,
    },
    provisioning: w.provisioning ? {
      subnetId: w.provisioning.subnetId,
      securityGroupIds: w.provisioning.securityGroupIds && [...w.provisioning.securityGroupIds],
      keyName: w.provisioning.keyName,
      failureReason: w.provisioning.failureReason,
    } : undefined,
    lifecycle: {
      createdAt: l.createdAt,
      createdBy: toActorResponse(l.createdBy),
      importedAt: l.importedAt,
      importedBy: actorOrNone(l.importedBy),
      startRequestedAt: l.startRequestedAt,
      startRequestedBy: actorOrNone(l.startRequestedBy),
      stopRequestedAt: l.stopRequestedAt,
      stopRequestedBy: actorOrNone(l.stopRequestedBy),
      terminateRequestedAt: l.terminateRequestedAt,
      terminateRequestedBy: actorOrNone(l.terminateRequestedBy),
      terminatedAt: l.terminatedAt,
      unregisteredAt: l.unregisteredAt,
      unregisteredBy: actorOrNone(l.unregisteredBy),
      updatedAt: l.updatedAt,
    },
    managed: w.managed,
    version: w.version,
    owner: w.owner,
    override: w.override ? { kind: w.override.kind, until: w.override.until, by: w.override.by, setAt: w.override.setAt } : undefined,
    desiredPower: w.desiredPower ? {
      state: w.desiredPower.state,
      rule: ruleOf(w.desiredPower.rule),
      reason: w.desiredPower.reason,
      until: w.desiredPower.until,
      next: w.desiredPower.next.map((t) => ({ at: t.at, state: t.state, rule: ruleOf(t.rule), reason: t.reason })),
      decidedAt: w.desiredPower.decidedAt,
      heldReason: w.desiredPower.heldReason,
    } : undefined,
    powerAttempts: w.powerAttempts ? { failures: w.powerAttempts.failures, lastAttemptAt: w.powerAttempts.lastAttemptAt, lastError: w.powerAttempts.lastError } : undefined,
    lastManualChange: w.lastManualChange ? { action: w.lastManualChange.action, at: w.lastManualChange.at, by: w.lastManualChange.by } : undefined,
    capacityFallback: w.capacityFallback ? {
      action: w.capacityFallback.action,
      originalInstanceType: w.capacityFallback.originalInstanceType,
      attempts: w.capacityFallback.attempts.length,
      tried: [...new Set(w.capacityFallback.attempts.map((a) => (a.subnetId ? `${a.instanceType} in ${a.subnetId}` : a.instanceType)))],
      next: w.capacityFallback.next && { at: w.capacityFallback.next.at, instanceType: w.capacityFallback.next.option.instanceType, subnetId: w.capacityFallback.next.option.subnetId },
    } : undefined,
    powerOperation: w.powerOperation ? {
      id: w.powerOperation.id,
      action: w.powerOperation.action,
      status: w.powerOperation.status,
      startedAt: w.powerOperation.startedAt,
      finishedAt: w.powerOperation.finishedAt,
      summary: w.powerOperation.summary,
    } : undefined,
    instanceTypeRestore: w.instanceTypeRestore ? {
      originalInstanceType: w.instanceTypeRestore.originalInstanceType,
      fallbackInstanceType: w.instanceTypeRestore.fallbackInstanceType,
      since: w.instanceTypeRestore.since,
      failures: w.instanceTypeRestore.failures,
      lastAttemptAt: w.instanceTypeRestore.lastAttemptAt,
      lastError: w.instanceTypeRestore.lastError,
    } : undefined,
    bootToReadySeconds: [...(w.bootToReadySeconds ?? [])],
    startup: w.startup ? {
      startedAt: w.startup.startedAt,
      expectedReadyAt: w.startup.expectedReadyAt,
      overdue: w.startup.overdue,
      typicalSeconds: w.startup.typicalSeconds,
      basis: w.startup.basis,
      samples: w.startup.samples,
    } : undefined,
  };
}

/** What the worker costs this month, in brief. */
export function toWorkerCostBriefResponse(c: WorkerCost): WorkerCostBriefResponse {
  return { month: c.month, usdPerHourNow: c.usdPerHourNow, monthToDateUsd: c.totalUsd, savedUsd: c.savedUsd, projectedUsd: c.projectedUsd };
}

/** One worker with what the caller may do to it (the single GET, the state changes), and what it costs when known. */
export function toWorkerResponse(w: WorkerView, caller: WorkerCaller, cost?: WorkerCost): Presented<WorkerResponse> {
  return present<WorkerResponse>({ ...workerFields(w), actions: actionsOf(w, roleCheckOf(caller), caller), ...(cost ? { cost: toWorkerCostBriefResponse(cost) } : {}) });
}

/** What the list adds to each worker on request (`?include=`). */
export interface WorkerListIncludes {
  actions?: boolean;
}

/**
 * A page of workers. Each item carries `actions` only when asked: deciding nine actions per worker
 * and sending their reasons is most of what a list answer costs beyond the database's work.
 */
export function toWorkerPageResponse(page: Page<WorkerView> & { summary: FleetSummary }, caller: WorkerCaller, include: WorkerListIncludes = {}, costs?: ReadonlyMap<string, WorkerCost>): Presented<WorkerPageResponse> {
  const { summary } = page;
  const roles = include.actions ? roleCheckOf(caller) : undefined;
  const item = (w: WorkerView): WorkerListItemResponse => {
    const fields: WorkerListItemResponse = workerFields(w);
    if (roles) fields.actions = actionsOf(w, roles, caller);
    const cost = costs?.get(w.id);
    if (cost) fields.cost = toWorkerCostBriefResponse(cost);
    return fields;
  };
  return present<WorkerPageResponse>({
    items: page.items.map(item),
    total: page.total,
    page: page.page,
    pageSize: page.pageSize,
    lastPage: lastPageOf(page),
    summary: { total: summary.total, byStatus: { ...summary.byStatus }, billable: summary.billable },
  });
}

export function toStateChangeResponse(result: StateChangeResult, worker: WorkerView, caller: WorkerCaller, cost?: WorkerCost): Presented<StateChangeResponse> {
  return present<StateChangeResponse>({ changed: result.changed, message: result.message, operation: result.operation && toOperationResponse(result.operation), worker: toWorkerResponse(worker, caller, cost) });
}
