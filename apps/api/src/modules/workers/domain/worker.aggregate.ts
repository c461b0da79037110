import { type ChangeContext, type EventMap, type EventType, formatUtc, type InstanceTypeRestoreMoment, type StatusTrigger, type WorkerStatus } from '#kernel';
import type { FallbackOption, NextAttempt } from './capacity-fallback.rule.js';
import { capacityAttemptRecorded, capacityFallbackCancelled, type CapacityFallbackState } from './capacity-fallback.value-object.js';
import { applyCmlObservation, type CmlObservation, serviceStatusObserved } from './cml-observation.value-object.js';
import type { IdleDecision } from './idle.rule.js';
import { activityObserved, type Activity, afterStart, applyIdleDecision, snoozed } from './idle-state.value-object.js';
import { importability } from './import.rule.js';
import { restoreRecorded, restoreSettled } from './instance-type-restore.rule.js';
import { type LicenseChangeKind, licenseFinished, type LicenseOutcome, licenseRequested } from './license.rule.js';
import { instanceChanges, type ObservedInstance } from './observed-instance.value-object.js';
import { provisioningRequested, type ProvisioningRequest } from './provisioning.value-object.js';
import { figuresOf, mergeTelemetry, type TelemetryFigures } from './telemetry.value-object.js';
import { telemetryMoved } from './telemetry-threshold.rule.js';
import { type EndpointPolicy, resolveEndpoint } from './worker-endpoint.rule.js';
import { withRequest } from './worker-lifecycle.value-object.js';
import type { PowerOverride } from './power-override.rule.js';
import type { DesiredPowerRecord, StopWarningRecord } from './power-record.value-object.js';
import { attemptRecorded, desiredRecorded, ownerChange, overrideCleared, overrideSet, powerHeld, stopWarningRecorded } from './worker-power.rule.js';
import { workerNameProblem } from './worker-name.rule.js';
import { type ImportInput, importedState, provisionedState, type WorkerState } from './worker.state.js';
import { statusForInstanceState } from './worker-status.value-object.js';
import { type Decision, decide, type PowerAction, type WorkerAction } from './worker-transitions.rule.js';
import { WorkerErrors } from './worker.errors.js';
import { WorkerFacts } from './worker-facts.js';
import { idleDetectionSet, idleTimeoutSet, renamed, tagsApplied, type WorkerChange } from './worker-settings.rule.js';
import type { WorkerVolume } from './worker-volume.value-object.js';
import { volumesObserved } from './worker-volumes.rule.js';

/**
 * A CML controller host on EC2, as the product manages it. Every change goes through a method that
 * checks its rule (the transition table for anything that depends on the status) and raises the
 * event that records it; the rules themselves live in the value objects and rules beside this file,
 * and what may be read of it in WorkerFacts.
 */
export class Worker extends WorkerFacts {
  readonly aggregateType = 'worker';

  constructor(id: string, state: WorkerState, version: number) {
    super(id, state, version);
  }

  /** A new worker waiting for its instance; provisioning continues in the background. */
  static requestProvisioning(id: string, request: ProvisioningRequest, ctx: ChangeContext): Worker {
    const nameProblem = workerNameProblem(request.name);
    if (nameProblem) throw WorkerErrors.nameInvalid(nameProblem);
    const worker = new Worker(id, provisionedState(request, ctx), 0);
    worker.raise('worker.provisioning-requested', { ...provisioningRequested(request), owner: worker.state.owner }, ctx);
    return worker;
  }

  /** Takes an existing instance under management. Terminated or terminating instances are refused. */
  static import(id: string, input: ImportInput, policy: EndpointPolicy, ctx: ChangeContext): Worker {
    const { instance } = input;
    if (!importability(instance).importable) throw WorkerErrors.instanceNotImportable(instance.instanceId, instance.state);
    const worker = new Worker(id, importedState(input, policy, ctx), 0);
    const { name, region, status } = worker.state;
    const { instanceId, instanceType, imageId: amiId } = instance;
    const { owner, volumes } = worker.state;
    worker.raise('worker.imported', { name, region, instanceId, instanceType, amiId, status, source: input.source, owner, ...(volumes ? { volumes: [...volumes] } : {}) }, ctx);
    return worker;
  }

  /** What an action would do now, without doing it (the transition table, ADR 0010). */
  decide(action: WorkerAction): Decision {
    return decide(action, { status: this.state.status, managed: this.state.managed, hasInstance: Boolean(this.state.instanceId) });
  }

  /** Like `decide`, but a refusal is the WORKER.INVALID_TRANSITION error that names the status. */
  ensureAllowed(action: WorkerAction): Decision {
    const decision = this.decide(action);
    if (decision.outcome === 'refuse') throw WorkerErrors.invalidTransition(this.state, action, decision.message);
    return decision;
  }

  /** Records an accepted start/stop/terminate (EC2 has been asked). */
  recordRequested(action: PowerAction, ctx: ChangeContext, reason?: string, trigger: StatusTrigger = 'user'): void {
    const decision = this.ensureAllowed(action);
    if (decision.outcome !== 'proceed') return;
    const now = ctx.now.toISOString();
    this.state.lifecycle = withRequest(this.state.lifecycle, action, now, ctx.actor);
    if (action === 'start') Object.assign(this.state, { idle: afterStart(this.state.idle, now), bootStartedAt: now });
    if (trigger === 'user' && action !== 'terminate') this.state.lastManualChange = { action, at: now, by: ctx.actor.name };
    this.changeStatus(decision.to, trigger, reason ?? `${action} requested by ${ctx.actor.name}`, ctx);
  }

  /**
   * A choreographed stop or terminate begins: the worker is `stopping` (`shutting-down`) from now,
   * while its labs are stopped and its licence released, and stays so until EC2 reports otherwise
   * after the EC2 step (observations of a still running instance do not undo it meanwhile).
   */
  beginPowerOperation(action: 'stop' | 'terminate', operationId: string, ctx: ChangeContext, reason?: string, trigger: StatusTrigger = 'user'): void {
    this.recordRequested(action, ctx, reason, trigger);
    this.state.powerOperation = { id: operationId, action, status: 'running', startedAt: ctx.now.toISOString() };
  }

  /** The stop or terminate ended; one that failed before EC2 was asked lets observations restore the status. */
  finishPowerOperation(operationId: string, outcome: { succeeded: boolean; summary: string }, ctx: ChangeContext): void {
    const op = this.state.powerOperation;
    if (!op || op.id !== operationId || op.status !== 'running') return;
    this.state.powerOperation = { ...op, status: outcome.succeeded ? 'succeeded' : 'failed', finishedAt: ctx.now.toISOString(), summary: outcome.summary };
    this.raise('worker.power-operation-finished', { operationId, action: op.action, succeeded: outcome.succeeded, summary: outcome.summary }, ctx);
  }

  /** A terminate could not release the licence: it may still be held. */
  recordLicenseReleaseFailed(operationId: string, reason: string, forced: boolean, ctx: ChangeContext): void {
    this.raise('worker.license-release-failed', { workerId: this.id, name: this.state.name, operationId, reason, forced }, ctx);
  }

  /** Provisioning launched the instance. */
  assignInstance(instance: ObservedInstance, policy: EndpointPolicy, ctx: ChangeContext): void {
    if (this.state.instanceId) throw WorkerErrors.instanceAlreadyAssigned(this.state.name, this.state.instanceId);
    this.state.instanceId = instance.instanceId;
    this.raise('worker.instance-assigned', { instanceId: instance.instanceId, instanceType: instance.instanceType, amiId: instance.imageId }, ctx);
    this.observe(instance, policy, ctx, 'provisioning');
  }

  /** The launch failed: the worker ends `failed`, with the reason. A late report changes nothing. */
  failProvisioning(reason: string, ctx: ChangeContext): void {
    const decision = this.ensureAllowed('fail-provisioning');
    if (decision.outcome !== 'proceed') return;
    this.state.provisioning = { ...this.state.provisioning, failureReason: reason };
    this.raise('worker.provisioning-failed', { reason }, ctx);
    this.changeStatus(decision.to, 'provisioning', reason, ctx);
  }

  /** Records one try of a start's or launch's capacity fallback (`begin`: its first) and says what comes next; a launch that gives up fails. */
  recordCapacityAttempt(option: FallbackOption, error: { code: string; message: string } | undefined, ctx: ChangeContext, begin?: Omit<CapacityFallbackState, 'attempts' | 'next'>): NextAttempt {
    const recorded = capacityAttemptRecorded(this.state, option, error, ctx.now, begin);
    this.applyChange(recorded.change, ctx);
    if (recorded.failLaunch) this.failProvisioning(recorded.failLaunch, ctx);
    return recorded.next;
  }

  /** Ends a fallback that is waiting (a stop or terminate was asked for meanwhile). */
  cancelCapacityFallback(reason: string, ctx: ChangeContext): void { this.applyChange(capacityFallbackCancelled(this.state.capacityFallback, reason), ctx); }

  /** Records a try to change the stopped instance back to its own type after a fallback (`error` absent: done; instance-type-restore.rule.ts). */
  recordInstanceTypeRestore(moment: InstanceTypeRestoreMoment, error: string | undefined, ctx: ChangeContext): void { this.applyChange(restoreRecorded(this.state, moment, error, ctx.now), ctx); }

  /** Applies what EC2 reports; only real changes are events. An instance EC2 no longer knows is terminated, for good. */
  observe(instance: ObservedInstance | 'missing', policy: EndpointPolicy, ctx: ChangeContext, trigger: StatusTrigger = 'ec2'): void {
    if (this.state.status === 'terminated') return;
    if (instance === 'missing') return this.changeStatus('terminated', trigger, 'EC2 no longer knows the instance', ctx);
    const s = this.state;
    const changes = instanceChanges({ ...s, amiId: s.ami.id }, instance);
    if (Object.keys(changes).length) {
      Object.assign(s, { publicIp: instance.publicIp, privateIp: instance.privateIp, instanceType: instance.instanceType, launchedAt: instance.launchTime });
      if (changes.amiId) s.ami = { id: instance.imageId };
      this.raise('worker.instance-updated', { changes }, ctx);
    }
    this.applyTags(instance.tags, ctx);
    this.refreshEndpoint(policy, ctx);
    const status = statusForInstanceState(instance.state);
    // A stop or terminate under way keeps its status while the instance still runs (labs first, then EC2).
    const held = this.state.powerOperation?.status === 'running' && (status === 'running' || status === 'pending');
    if (!held) this.changeStatus(status, trigger, `EC2 reports the instance ${instance.state}`, ctx);
    // A type changed back (or elsewhere) by other means leaves no restore to make.
    this.applyChange(restoreSettled(this.state), ctx);
  }

  /** Stores the EC2 status checks; an event when they change. */
  observeStatusChecks(checks: { instance: string; system: string }, ctx: ChangeContext): void {
    const prev = this.state.statusChecks;
    this.state.statusChecks = { ...checks, checkedAt: ctx.now.toISOString() };
    if (!prev || prev.instance !== checks.instance || prev.system !== checks.system) this.raise('worker.status-checks-changed', { ...this.state.statusChecks }, ctx);
  }

  /** Records the EBS volumes EC2 reports attached; an event only when the set differs (worker-volumes.rule.ts). False when nothing changed. */
  observeVolumes(volumes: readonly WorkerVolume[], ctx: ChangeContext): boolean { return this.applyChange(volumesObserved(this.state, volumes, ctx.now), ctx); }

  /** Records the instance's tags as EC2 now has them (after an edit, or as observed). */
  applyTags(tags: Record<string, string>, ctx: ChangeContext): void { this.applyChange(tagsApplied(this.state, tags), ctx); }
  rename(name: string, ctx: ChangeContext): void { this.applyChange(renamed(this.state, name), ctx); }

  /** Sets (or with `undefined` clears) the endpoint override. */
  overrideEndpoint(url: string | undefined, policy: EndpointPolicy, ctx: ChangeContext): void {
    this.state.endpointOverride = url?.replace(/\/$/, '') || undefined;
    this.refreshEndpoint(policy, ctx);
  }

  setIdleDetection(enabled: boolean, ctx: ChangeContext): void { this.applyChange(idleDetectionSet(this.state, enabled), ctx); }
  setIdleTimeout(minutes: number | undefined, ctx: ChangeContext): void { this.applyChange(idleTimeoutSet(this.state, minutes), ctx); }

  /** Applies what the controller reported: service status and CML facts are events when they change; telemetry see below. */
  observeCml(observation: CmlObservation, thresholdPercent: number, ctx: ChangeContext): void {
    this.applyChange(serviceStatusObserved(this.state, observation, ctx.now), ctx);
    const { facts, changes } = applyCmlObservation(this.state.cml, observation, ctx.now.toISOString());
    this.state.cml = facts;
    if (Object.keys(changes).length) this.raise('worker.cml-info-changed', { changes }, ctx);
    if (observation.telemetry) this.observeTelemetry(observation.telemetry, thresholdPercent, ctx);
    this.touch();
  }

  /** Stores new telemetry; an event only when a percentage moved by the threshold or a count changed. */
  observeTelemetry(figures: TelemetryFigures, thresholdPercent: number, ctx: ChangeContext): void {
    const before = this.state.telemetry;
    const after = mergeTelemetry(before, figures, ctx.now.toISOString());
    this.state.telemetry = after;
    if (telemetryMoved(before, after, thresholdPercent)) this.raise('worker.telemetry-changed', figuresOf(after), ctx);
    this.touch();
  }

  /** Records activity seen on the controller, lab state changes included; silently (idle decisions report it). */
  observeActivity(input: { latest?: Activity; labStates?: Record<string, string> }, ctx: ChangeContext): void { this.applyChange(activityObserved(this.state, input, ctx.now.toISOString()), ctx); }

  /** Applies an idle decision (issued and lifted warnings are events); true when it is a new decision, worth a log line. */
  applyIdleDecision(decision: IdleDecision, timeoutMinutes: number, ctx: ChangeContext): boolean {
    const applied = applyIdleDecision(this.state.idle, decision, timeoutMinutes, ctx.now.toISOString());
    this.state.idle = applied.idle;
    if (applied.cleared) this.raise('worker.idle-warning-cleared', { reason: decision.reason }, ctx);
    if (applied.issued) this.raise('worker.idle-warning-issued', applied.issued, ctx);
    this.touch();
    return applied.changed;
  }

  /** Keeps the worker running until `until`, whatever its activity (lifts a pending warning). */
  snooze(until: Date, ctx: ChangeContext): void {
    this.ensureAllowed('snooze');
    if (until <= ctx.now) throw WorkerErrors.snoozeInPast();
    const { idle, liftedWarning } = snoozed(this.state.idle, until);
    this.state.idle = idle;
    this.raise('worker.idle-snoozed', { until: until.toISOString() }, ctx);
    if (liftedWarning) this.raise('worker.idle-warning-cleared', { reason: `Snoozed by ${ctx.actor.name} until ${formatUtc(until, ctx.now)}.` }, ctx);
  }

  /** Records who asked for a license change (the token never enters the aggregate or its events). */
  recordLicenseRequest(kind: LicenseChangeKind, operationId: string, reregister: boolean, ctx: ChangeContext): void {
    this.ensureAllowed('change-license');
    this.record(licenseRequested(kind, operationId, reregister), ctx);
  }

  /** Records how a license change ended, as the controller answered it. */
  recordLicenseOutcome(kind: LicenseChangeKind, outcome: LicenseOutcome, ctx: ChangeContext): void {
    this.ensureAllowed('record-license-outcome');
    this.record(licenseFinished(kind, outcome), ctx);
  }

  /** Stops managing the worker; its record and history stay. */
  unregister(terminateInstance: boolean, ctx: ChangeContext): void {
    if (!this.state.managed) throw WorkerErrors.notManaged(this.state.name);
    this.state.managed = false;
    this.state.lifecycle = { ...this.state.lifecycle, unregisteredAt: ctx.now.toISOString(), unregisteredBy: ctx.actor };
    this.raise('worker.unregistered', { instanceId: this.state.instanceId, terminateInstance }, ctx);
  }

  /** Owner, override and the power reconciler's records, each decided by worker-power.rule.ts. Empty clears the owner. */
  changeOwner(owner: string, ctx: ChangeContext): void { this.applyChange(ownerChange(this.state, this.id, owner), ctx); }
  /** Keeps the worker running (or stopped) until `until` whatever its schedules; replaces an override in force. */
  setOverride(kind: PowerOverride['kind'], until: Date, ctx: ChangeContext): void { this.applyChange(overrideSet(this.state, this.id, kind, until, ctx), ctx); }
  /** Ends the override (a person, or `expired` once its time ran out); false when there was none to end. */
  clearOverride(reason: 'cleared' | 'expired', ctx: ChangeContext): boolean { return this.applyChange(overrideCleared(this.state, this.id, reason, ctx.now), ctx); }
  recordDesiredPower(record: DesiredPowerRecord, ctx: ChangeContext): void { this.applyChange(desiredRecorded(this.state, this.id, record, ctx.now), ctx); }
  recordPowerHeld(reason: string, ctx: ChangeContext): void { this.applyChange(powerHeld(this.state, this.id, reason), ctx); }
  /** Warns of a stop the reconciler will make, once per planned stop; false when already warned. */
  recordStopWarning(warning: StopWarningRecord, ctx: ChangeContext): boolean { return this.applyChange(stopWarningRecorded(this.state, this.id, warning, ctx.now), ctx); }
  recordPowerAttempt(outcome: { ok: true } | { ok: false; error: string }, ctx: ChangeContext): void { this.applyChange(attemptRecorded(this.state, outcome, ctx.now), ctx); }

  /** Applies a change a rule decided (worker-settings.rule.ts, worker-power.rule.ts); false when there was none. */
  private applyChange(change: WorkerChange | undefined, ctx: ChangeContext): boolean {
    if (!change) return false;
    Object.assign(this.state, change.set);
    const events = [...(change.event ? [change.event] : []), ...(change.events ?? [])];
    for (const event of events) this.record(event, ctx);
    if (events.length === 0) this.touch();
    return true;
  }

  private refreshEndpoint(policy: EndpointPolicy, ctx: ChangeContext): void {
    const s = this.state;
    const next = resolveEndpoint({ override: s.endpointOverride, tags: s.tags, publicIp: s.publicIp, privateIp: s.privateIp, usePrivateIp: policy.usePrivateIp });
    if (next.url === s.endpoint && next.source === s.endpointSource && next.problem === s.endpointProblem) return;
    this.raise('worker.endpoint-changed', { from: s.endpoint, to: next.url, source: next.source, problem: next.problem }, ctx);
    Object.assign(s, { endpoint: next.url, endpointSource: next.source, endpointProblem: next.problem });
  }

  /** Moves to another status; reaching `terminated` is recorded once more as the end (`worker.terminated`). */
  private changeStatus(to: WorkerStatus, trigger: StatusTrigger, reason: string, ctx: ChangeContext): void {
    const from = this.state.status;
    if (from === to) return;
    Object.assign(this.state, { status: to, statusReason: reason, statusChangedAt: ctx.now.toISOString() });
    // Only a running instance has a controller to answer; a boot that ends before it answers is no sample.
    if (to !== 'running') this.state.serviceStatus = 'unavailable';
    if (to !== 'running' && to !== 'pending') this.state.bootStartedAt = undefined;
    this.raise('worker.status-changed', { from, to, trigger, reason }, ctx);
    if (to !== 'terminated' || this.state.lifecycle.terminatedAt) return;
    this.state.lifecycle.terminatedAt = ctx.now.toISOString();
    this.raise('worker.terminated', { instanceId: this.state.instanceId }, ctx);
  }

  /** Raises an event built by a rule as `{ type, data }`. */
  private record<T extends EventType>(event: { type: T; data: EventMap[T] }, ctx: ChangeContext): void {
    this.raise(event.type, event.data, ctx);
  }

  /** Every event also marks the worker updated. */
  protected override raise<T extends EventType>(type: T, data: EventMap[T], ctx: ChangeContext): void {
    this.state.lifecycle.updatedAt = ctx.now.toISOString();
    super.raise(type, data, ctx);
  }
}
