import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { type Actor, Clock, DomainError, retryOnConflict, type StatusTrigger, systemActor } from '#kernel';
import { AppConfig } from '../../../../config/app-config.js';
import { type Operation, OperationTracker, type OperationStep } from '../../../system/system.public.js';
import { actionOfKind, POWER_OPERATION_KIND, POWER_OPERATION_KINDS, planPowerSteps, type PowerOperationAction, type PowerStepName } from '../../domain/power-operation.rule.js';
import type { Worker } from '../../domain/worker.aggregate.js';
import { WorkerErrors } from '../../domain/worker.errors.js';
import { WorkerRepository } from '../../domain/worker.repository.port.js';
import { Ec2Port } from '../ports/ec2.port.js';
import { observed } from '../ec2-instance.mapper.js';
import { endpointPolicy } from '../worker-config.policy.js';
import { PowerStepExecutor, type StepOutcome } from './power-step.executor.js';

export interface PowerRequest {
  actor: Actor;
  reason?: string;
  trigger?: StatusTrigger;
  /** Terminate without waiting for an unreachable controller (the licence may stay held). */
  force?: boolean;
}

export type PowerBegin = { kind: 'started'; operation: Operation; worker: Worker } | { kind: 'gone'; worker: Worker };

/** Steps before EC2 is asked: a failure there leaves the instance as it was. */
const EC2_STEPS: readonly PowerStepName[] = ['ec2-stop', 'ec2-terminate'];

/**
 * Runs choreographed stops and terminates (docs/stop-and-start.md, ADR 0038) as resumable
 * operations: each step is recorded on the operation before and after it runs, a heartbeat says
 * this process still drives it, and the `power-operations` job hands an operation whose heartbeat
 * stopped to another process, which repeats the step it was in (every step is safe to repeat).
 */
@Injectable()
export class PowerOperationRunner implements OnApplicationShutdown {
  private readonly logger = new Logger('PowerOperations');
  private readonly driving = new Set<string>();
  /** Set on shutdown: no further step starts here; another process resumes the operation. */
  private closing = false;

  constructor(
    private readonly workers: WorkerRepository,
    private readonly ec2: Ec2Port,
    private readonly operations: OperationTracker,
    private readonly steps: PowerStepExecutor,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /** When an operation counts as abandoned: no heartbeat for four polls or job intervals. */
  get staleMs(): number {
    const { pollSeconds, resumeIntervalSeconds } = this.config.workers.powerOperations;
    return 4 * Math.max(pollSeconds, resumeIntervalSeconds) * 1000;
  }

  /**
   * Starts a stop or terminate of `worker` (the transition table allowed it). When no step before EC2
   * needs the controller, EC2 is asked within this call, so its refusal is the caller's answer and
   * nothing changes; otherwise the worker is `stopping` (`shutting-down`) at once and the steps run
   * in the background. A second operation on the worker is WORKER.OPERATION_IN_PROGRESS (409).
   */
  async begin(worker: Worker, action: PowerOperationAction, request: PowerRequest): Promise<PowerBegin> {
    const policy = this.config.workers.powerOperations;
    const planned = planPowerSteps({
      action,
      status: worker.status,
      controllerAnswered: worker.serviceStatus === 'available',
      wipeLabs: wipesLabs(worker.tags[policy.wipeTag], policy.wipeLabs),
      exportBucket: policy.exportBucket,
    });
    const started = await this.operations.startExclusive({
      kind: POWER_OPERATION_KIND[action],
      subject: { type: 'worker', id: worker.id },
      requestedBy: request.actor,
      steps: planned,
      options: { force: request.force === true, reason: request.reason, trigger: request.trigger ?? 'user' },
      resumable: true,
    });
    if ('conflict' in started) throw WorkerErrors.operationInProgress(worker.name, describeOperation(started.conflict));
    const op = started.started;
    const ctx = { actor: request.actor, now: this.clock.now() };
    const ec2Step = planned.find((s) => EC2_STEPS.includes(s.name))!;
    const inline = planned.every((s) => s.status === 'skipped' || EC2_STEPS.includes(s.name) || s.name.startsWith('wait-'));
    try {
      if (inline) {
        // Nothing to do before EC2: ask it now, and record the stop only once it said yes.
        const outcome = await this.steps.run(ec2Step.name, { op, worker, action, closing: () => false });
        if (outcome.gone) {
          await this.operations.step(op.id, ec2Step.name, 'succeeded', outcome.detail);
          await this.operations.succeed(op.id, { summary: outcome.detail });
          return { kind: 'gone', worker };
        }
        worker.beginPowerOperation(action, op.id, ctx, request.reason, request.trigger);
        await this.save(worker);
        await this.operations.step(op.id, ec2Step.name, 'succeeded', outcome.detail);
      } else {
        worker.beginPowerOperation(action, op.id, ctx, request.reason, request.trigger);
        await this.save(worker);
      }
    } catch (err) {
      // EC2 refused, or the worker changed meanwhile (the command runs again on the fresh state).
      await this.operations.fail(op.id, err instanceof Error ? err.message : String(err));
      throw err;
    }
    this.drive(op.id);
    return { kind: 'started', operation: (await this.operations.get(op.id)) ?? op, worker };
  }

  /**
   * A stop or terminate whose only steps left wait for EC2 ends here when the worker is already
   * observed where it waits to be (a refresh or the status-follow job read it before the
   * operation's next poll), so it does not hold the worker against what follows. True when it ended
   * (the worker changed: read it again).
   */
  async settleIfReached(op: Operation, worker: Worker): Promise<boolean> {
    const action = actionOfKind(op.kind);
    const open = (op.steps ?? []).filter((s) => s.status === 'pending' || s.status === 'running');
    if (!action || op.status !== 'running' || !open.length || !open.every((s) => s.name.startsWith('wait-'))) return false;
    if (worker.status !== (action === 'stop' ? 'stopped' : 'terminated') && worker.status !== 'terminated') return false;
    const asked = Date.parse(op.steps?.find((s) => EC2_STEPS.includes(s.name as PowerStepName))?.finishedAt ?? op.startedAt);
    const seconds = Math.max(0, Math.round((this.clock.now().getTime() - asked) / 1000));
    for (const s of open) await this.operations.step(op.id, s.name, 'succeeded', `EC2 reports the instance ${worker.status} (${seconds} s after it was asked)`);
    await this.end((await this.operations.get(op.id)) ?? op, { succeeded: true });
    return true;
  }

  /** A terminate under way stops waiting for an unreachable controller. False when there is none to force. */
  async force(op: Operation, actor: Actor): Promise<boolean> {
    if (op.kind !== POWER_OPERATION_KIND.terminate) return false;
    return this.operations.setOptions(op.id, { force: true, forcedBy: actor.name });
  }

  /** Whether a stop or terminate waits to be taken over (its process stopped renewing it). */
  hasAbandoned(): Promise<boolean> {
    return this.operations.hasStale(POWER_OPERATION_KINDS, this.staleMs);
  }

  /** Takes over one abandoned operation and drives it in the background (the `power-operations` job); undefined when there is none. */
  async resumeOne(): Promise<Operation | undefined> {
    const op = await this.operations.claimStale(POWER_OPERATION_KINDS, this.staleMs);
    if (!op) return undefined;
    this.logger.log(`Resuming ${op.kind} ${op.id} of worker ${op.subject.id} (its process stopped renewing it)`);
    this.drive(op.id);
    return op;
  }

  /** Drives the operation in the background (errors are logged and end it failed). */
  drive(opId: string): void {
    void this.driveNow(opId).catch((err: unknown) => this.logger.error(`Operation ${opId} crashed: ${(err as Error).message}`));
  }

  /** Whether this process drives the operation now (tests, shutdown). */
  isDriving(opId: string): boolean {
    return this.driving.has(opId);
  }

  private async driveNow(opId: string): Promise<void> {
    if (this.driving.has(opId)) return;
    this.driving.add(opId);
    const beat = setInterval(() => void this.operations.heartbeat(opId).catch(() => undefined), (this.staleMs / 4) | 0);
    beat.unref();
    try {
      await this.runSteps(opId);
    } catch (err) {
      const op = await this.operations.get(opId);
      if (op?.status === 'running') await this.end(op, { succeeded: false, error: `Unexpected failure: ${(err as Error).message}` });
      throw err;
    } finally {
      clearInterval(beat);
      this.driving.delete(opId);
    }
  }

  onApplicationShutdown(): void {
    this.closing = true;
  }

  private async runSteps(opId: string): Promise<void> {
    for (;;) {
      if (this.closing) return;
      const op = await this.operations.get(opId);
      if (!op || op.status !== 'running') return;
      const action = actionOfKind(op.kind);
      const next = op.steps?.find((s) => s.status === 'pending' || s.status === 'running');
      if (!action || !next) return this.end(op, { succeeded: true });
      const worker = await this.workers.get(op.subject.id);
      await this.operations.step(op.id, next.name, 'running');
      let outcome: StepOutcome;
      try {
        outcome = await this.steps.run(next.name as PowerStepName, { op, worker, action, closing: () => this.closing });
      } catch (err) {
        // Shutting down: the step is left as it is, for the process that resumes the operation.
        if (this.closing) return;
        const message = err instanceof DomainError ? err.message : `Unexpected failure: ${(err as Error).message}`;
        outcome = { status: 'failed', detail: message, abort: `${next.title} failed: ${message}` };
      }
      if (this.closing) return;
      await this.operations.step(op.id, next.name, outcome.status, outcome.detail);
      if (outcome.licenseNotReleased) await this.onWorker(op, (w, ctx) => w.recordLicenseReleaseFailed(op.id, outcome.licenseNotReleased!.reason, outcome.licenseNotReleased!.forced, ctx));
      if (outcome.abort) return this.end((await this.operations.get(op.id)) ?? op, { succeeded: false, error: outcome.abort });
      if (outcome.gone) {
        await this.skipRest(op.id, 'EC2 no longer knows the instance');
        return this.end((await this.operations.get(op.id)) ?? op, { succeeded: true });
      }
    }
  }

  private async skipRest(opId: string, why: string): Promise<void> {
    const op = await this.operations.get(opId);
    for (const s of op?.steps ?? []) if (s.status === 'pending') await this.operations.step(opId, s.name, 'skipped', `Not run: ${why}.`);
  }

  /** Ends the operation and records it on the worker; a stop abandoned before EC2 was asked gives the status back to EC2's word. */
  private async end(op: Operation, outcome: { succeeded: true } | { succeeded: false; error: string }): Promise<void> {
    if (!outcome.succeeded) await this.skipRest(op.id, 'the operation ended');
    const fresh = (await this.operations.get(op.id)) ?? op;
    const summary = summarize(fresh.steps ?? [], outcome.succeeded ? undefined : outcome.error);
    const askedEc2 = (fresh.steps ?? []).some((s) => EC2_STEPS.includes(s.name as PowerStepName) && s.status === 'succeeded');
    // The worker first: a process that dies in between leaves the operation running, to be ended again.
    await this.onWorker(op, async (w, ctx) => {
      w.finishPowerOperation(op.id, { succeeded: outcome.succeeded, summary }, ctx);
      if (!outcome.succeeded && !askedEc2 && w.instanceId) {
        const [instance] = await this.ec2.describeInstances(w.region, { instanceIds: [w.instanceId] }).catch(() => []);
        if (instance) w.observe(observed(instance), endpointPolicy(this.config), ctx);
      }
    });
    if (outcome.succeeded) await this.operations.succeed(op.id, { summary });
    else await this.operations.fail(op.id, outcome.error);
  }

  private async onWorker(op: Operation, change: (w: Worker, ctx: { actor: Actor; now: Date }) => void | Promise<void>): Promise<void> {
    await retryOnConflict(async () => {
      const w = await this.workers.get(op.subject.id);
      await change(w, { actor: systemActor('power-operations'), now: this.clock.now() });
      await this.save(w);
    });
  }

  private async save(worker: Worker): Promise<void> {
    await this.workers.save(worker);
    worker.commit();
  }
}

/** The worker's tag decides when it says true or false; otherwise the fleet default. */
export function wipesLabs(tag: string | undefined, fleetDefault: boolean): boolean {
  const value = tag?.trim().toLowerCase();
  if (value === 'true') return true;
  if (value === 'false') return false;
  return fleetDefault;
}

/** "stop (operation …, started by ada at 10:02 UTC, now: Stop the running labs)", for a 409. */
export function describeOperation(op: Operation): { id: string; kind: string; text: string } {
  const current = op.steps?.find((s) => s.status === 'running') ?? op.steps?.find((s) => s.status === 'pending');
  const what = actionOfKind(op.kind) ?? op.kind;
  const at = `${op.startedAt.slice(11, 16)} UTC`;
  return { id: op.id, kind: op.kind, text: `a ${what} (operation ${op.id}, started by ${op.requestedBy.name} at ${at}${current ? `, now: ${current.title}` : ''})` };
}

/** What the operation did, in one line: the details of the steps that ran. */
export function summarize(steps: readonly OperationStep[], error?: string): string {
  const done = steps.filter((s) => (s.status === 'succeeded' || s.status === 'failed') && s.detail).map((s) => s.detail!.replace(/\.$/, ''));
  const line = done.length ? `${done.join('; ')}.` : 'Nothing to do.';
  return error ? `${line} Failed: ${error}` : line;
}

