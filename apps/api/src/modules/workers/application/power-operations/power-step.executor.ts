import { Injectable } from '@nestjs/common';
import { Clock, DomainError, retryOnConflict, systemActor } from '#kernel';
import { AppConfig } from '../../../../config/app-config.js';
import { type Operation, OperationTracker } from '../../../system/system.public.js';
import { afterLabsNotStopped, labNeedsStop, labNeedsWipe, licenseReleased, type PowerOperationAction, type PowerStepName, topologyKey } from '../../domain/power-operation.rule.js';
import type { Worker } from '../../domain/worker.aggregate.js';
import { WorkerRepository } from '../../domain/worker.repository.port.js';
import { observed } from '../ec2-instance.mapper.js';
import type { CmlTarget } from '../ports/cml-controller.port.js';
import { CmlLabsPort, type WorkerLab } from '../ports/cml-labs.port.js';
import { CmlLicensingPort } from '../ports/cml-licensing.port.js';
import { Ec2Port, isInstanceNotFound } from '../ports/ec2.port.js';
import { TopologyArchivePort } from '../ports/topology-archive.port.js';
import { endpointPolicy } from '../worker-config.policy.js';

export interface StepContext {
  op: Operation;
  worker: Worker;
  action: PowerOperationAction;
  /** The process is shutting down: waits end (the operation is resumed elsewhere). */
  closing: () => boolean;
}

export interface StepOutcome {
  status: 'succeeded' | 'failed' | 'skipped';
  detail: string;
  /** The operation ends here, failed, with this reason. */
  abort?: string;
  /** EC2 no longer knows the instance: the worker is terminated, nothing more to do. */
  gone?: boolean;
  /** The licence could not be released (it may still be held). */
  licenseNotReleased?: { reason: string; forced: boolean };
}

/** Controller trouble that waiting may cure, as opposed to a refusal. */
class ControllerAway extends Error {}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const names = (labs: readonly WorkerLab[]) => labs.map((l) => l.title).join(', ');

/**
 * What each step of a stop or terminate does. Every step can run again after an interruption:
 * labs already stopped or wiped are left alone, an export writes the same keys, a deregistered
 * licence is "already deregistered", and EC2's stop and terminate are idempotent.
 */
@Injectable()
export class PowerStepExecutor {
  constructor(
    private readonly workers: WorkerRepository,
    private readonly ec2: Ec2Port,
    private readonly labs: CmlLabsPort,
    private readonly licensing: CmlLicensingPort,
    private readonly archive: TopologyArchivePort,
    private readonly operations: OperationTracker,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  private get policy() {
    return this.config.workers.powerOperations;
  }

  run(step: PowerStepName, ctx: StepContext): Promise<StepOutcome> {
    switch (step) {
      case 'stop-labs':
        return this.withController(ctx, step, () => this.stopLabs(ctx));
      case 'wipe-labs':
        return this.withController(ctx, step, () => this.wipeLabs(ctx));
      case 'export-topologies':
        return this.withController(ctx, step, () => this.exportTopologies(ctx));
      case 'release-license':
        return this.withController(ctx, step, () => this.releaseLicense(ctx));
      case 'ec2-stop':
      case 'ec2-terminate':
        return this.askEc2(ctx);
      case 'wait-stopped':
      case 'wait-terminated':
        return this.waitForEc2(ctx, step === 'wait-stopped' ? 'stopped' : 'terminated');
    }
  }

  private target(worker: Worker): CmlTarget {
    return { name: worker.name, instanceId: worker.instanceId, endpoint: worker.endpoint, endpointProblem: worker.endpointProblem };
  }

  /**
   * Runs a step that needs the controller. When it cannot be reached: a stop goes on or ends by
   * WORKER_STOP_LAB_FAILURE; a terminate waits (up to WORKER_CONTROLLER_WAIT_MINUTES) unless the
   * operator forces it, which skips the step (and says the licence may still be held).
   */
  private async withController(ctx: StepContext, step: PowerStepName, body: () => Promise<StepOutcome>): Promise<StepOutcome> {
    const waitUntil = this.clock.now().getTime() + this.policy.controllerWaitMinutes * 60_000;
    for (;;) {
      try {
        return await body();
      } catch (err) {
        if (!(err instanceof ControllerAway) && !isControllerTrouble(err)) throw err;
        const why = `the controller could not be reached (${err instanceof DomainError ? err.code : 'no answer'}: ${(err as Error).message})`;
        if (ctx.action === 'stop') {
          if (this.policy.labFailure === 'abort') return { status: 'failed', detail: `Not done: ${why}`, abort: `Stopping the labs first failed: ${why}; the stop was abandoned (WORKER_STOP_LAB_FAILURE=abort).` };
          return { status: 'skipped', detail: `Not done: ${why}; the labs stop with the instance` };
        }
        const op = (await this.operations.get(ctx.op.id)) ?? ctx.op;
        if (op.options?.force === true) {
          const by = typeof op.options.forcedBy === 'string' ? op.options.forcedBy : op.requestedBy.name;
          const skipped: StepOutcome = { status: 'skipped', detail: `Not done: ${why}; the terminate was forced by ${by}` };
          if (step === 'release-license') skipped.licenseNotReleased = { reason: `The licence was not released: ${why}; the terminate was forced by ${by}. It may still be held in Smart Software Manager.`, forced: true };
          return skipped;
        }
        if (this.clock.now().getTime() >= waitUntil) {
          return {
            status: 'failed',
            detail: `Gave up after ${this.policy.controllerWaitMinutes} min: ${why}`,
            abort: `The controller could not be reached for ${this.policy.controllerWaitMinutes} min, so the instance was not terminated. Terminate again with force (the licence may then stay held) once you accept that, or bring the controller back.`,
            licenseNotReleased: step === 'release-license' ? { reason: `The licence was not released: ${why}; the terminate gave up waiting.`, forced: false } : undefined,
          };
        }
        if (ctx.closing()) throw new Error('shutting down', { cause: err });
        const left = Math.ceil((waitUntil - this.clock.now().getTime()) / 60_000);
        await this.operations.step(ctx.op.id, step, 'running', `Waiting for the controller: ${why}. Waits up to ${plural(left, 'more minute')}; force the terminate to go on without it`);
        await this.sleep(ctx.closing);
      }
    }
  }

  private async stopLabs({ worker, action, closing }: StepContext): Promise<StepOutcome> {
    const target = this.target(worker);
    const running = (await this.labs.labs(target)).filter((l) => labNeedsStop(l.state));
    if (running.length === 0) return { status: 'succeeded', detail: 'No lab was running' };
    const refused: string[] = [];
    for (const lab of running) {
      try {
        await this.labs.stop(target, lab.id);
      } catch (err) {
        if (isControllerTrouble(err)) throw err;
        refused.push(`${lab.title} (${(err as Error).message})`);
      }
    }
    const deadline = this.clock.now().getTime() + this.policy.labsTimeoutSeconds * 1000;
    let pending = running;
    while (pending.length && this.clock.now().getTime() < deadline) {
      const states = await Promise.all(pending.map(async (l) => ({ lab: l, state: await this.labs.labState(target, l.id) })));
      pending = states.filter((s) => labNeedsStop(s.state)).map((s) => s.lab);
      if (pending.length) await this.sleep(closing);
    }
    const stopped = running.filter((l) => !pending.includes(l));
    const done = `Stopped ${plural(stopped.length, 'lab')}${stopped.length ? `: ${names(stopped)}` : ''}`;
    if (pending.length === 0) return { status: 'succeeded', detail: done };
    const notStopped = [...pending.map((l) => l.title), ...refused];
    if (action === 'terminate') return { status: 'failed', detail: `${done}; did not stop in ${this.policy.labsTimeoutSeconds} s: ${notStopped.join(', ')} (they end with the instance)` };
    const next = afterLabsNotStopped(this.policy.labFailure, notStopped);
    return { status: 'failed', detail: `${done}; ${next.detail}`, abort: next.proceed ? undefined : next.detail };
  }

  private async wipeLabs({ worker }: StepContext): Promise<StepOutcome> {
    const target = this.target(worker);
    const stopped = (await this.labs.labs(target)).filter((l) => labNeedsWipe(l.state));
    if (stopped.length === 0) return { status: 'succeeded', detail: 'No lab had anything to wipe' };
    const failed: string[] = [];
    for (const lab of stopped) {
      try {
        await this.labs.wipe(target, lab.id);
      } catch (err) {
        if (isControllerTrouble(err)) throw err;
        failed.push(`${lab.title} (${(err as Error).message})`);
      }
    }
    const wiped = stopped.length - failed.length;
    return failed.length ? { status: 'failed', detail: `Wiped ${plural(wiped, 'lab')}; not wiped: ${failed.join(', ')}` } : { status: 'succeeded', detail: `Wiped ${plural(wiped, 'lab')}: ${names(stopped)}` };
  }

  private async exportTopologies({ op, worker }: StepContext): Promise<StepOutcome> {
    const { exportBucket, exportPrefix, exportRegion } = this.policy;
    if (!exportBucket) return { status: 'skipped', detail: 'No export bucket is configured (WORKER_TOPOLOGY_EXPORT_BUCKET)' };
    const target = this.target(worker);
    const labs = await this.labs.labs(target);
    if (labs.length === 0) return { status: 'succeeded', detail: 'The controller had no lab to export' };
    const stored: string[] = [];
    for (const [i, lab] of labs.entries()) {
      const yaml = await this.labs.download(target, lab.id);
      const key = topologyKey(exportPrefix, { id: worker.id, name: worker.name }, op.id, lab);
      try {
        stored.push(await this.archive.put(exportRegion, exportBucket, key, yaml));
      } catch (err) {
        const why = `${(err as { name?: string }).name ?? 'Error'}: ${(err as Error).message}`;
        return { status: 'failed', detail: `Exported ${stored.length} of ${plural(labs.length, 'lab')}; ${lab.title} could not be stored (${why})`, abort: `Lab ${lab.title} could not be exported to s3://${exportBucket} (${why}), so the instance was not terminated and nothing was lost. Fix the bucket or its permissions and terminate again.` };
      }
      await this.operations.step(op.id, 'export-topologies', 'running', `Exported ${i + 1} of ${plural(labs.length, 'lab')}`);
    }
    return { status: 'succeeded', detail: `Exported ${plural(stored.length, 'lab topology').replace('topologys', 'topologies')} to s3://${exportBucket}/${stored[0].split('/').slice(3, -1).join('/')}/` };
  }

  private async releaseLicense({ worker, closing }: StepContext): Promise<StepOutcome> {
    const target = this.target(worker);
    const before = await this.licensing.registrationStatus(target);
    if (licenseReleased(before.status)) return { status: 'succeeded', detail: 'The controller held no licence (not registered)' };
    const answer = await this.licensing.deregister(target);
    const deadline = this.clock.now().getTime() + this.policy.licenseReleaseTimeoutSeconds * 1000;
    for (;;) {
      const { status } = await this.licensing.registrationStatus(target);
      if (licenseReleased(status)) {
        if (answer === 'local-only') {
          return { status: 'succeeded', detail: 'Deregistered on the controller only: Smart Licensing could not be told', licenseNotReleased: { reason: 'The controller deregistered locally but could not reach Cisco Smart Licensing; the licence may still be held there.', forced: false } };
        }
        return { status: 'succeeded', detail: 'Released the licence (deregistered from Smart Licensing)' };
      }
      if (this.clock.now().getTime() >= deadline) {
        const why = `the controller still reports ${status ?? 'an unknown status'} after ${this.policy.licenseReleaseTimeoutSeconds} s`;
        return { status: 'failed', detail: `Not released: ${why}`, abort: `The licence was not released (${why}), so the instance was not terminated. Terminate again to retry, or with force to terminate anyway.`, licenseNotReleased: { reason: `The licence was not released: ${why}.`, forced: false } };
      }
      await this.sleep(closing);
    }
  }

  private async askEc2({ worker, action }: StepContext): Promise<StepOutcome> {
    const ids = [worker.instanceId!];
    try {
      if (action === 'stop') await this.ec2.stopInstances(worker.region, ids);
      else await this.ec2.terminateInstances(worker.region, ids);
    } catch (err) {
      if (!isInstanceNotFound(err)) throw err;
      await this.observeMissing(worker.id);
      return { status: 'succeeded', detail: `EC2 no longer knows instance ${worker.instanceId}; the worker is terminated`, gone: true };
    }
    return { status: 'succeeded', detail: action === 'stop' ? `EC2 is stopping ${worker.instanceId}` : `EC2 is terminating ${worker.instanceId}` };
  }

  /**
   * Until the worker's record says stopped (terminated): the status-follow job reads EC2 for it, and
   * after each pause this step reads EC2 itself too, so it also ends in a process without that job.
   */
  private async waitForEc2({ op, worker, closing }: StepContext, want: 'stopped' | 'terminated'): Promise<StepOutcome> {
    const started = Date.parse(op.steps?.find((s) => s.name.startsWith('ec2-'))?.finishedAt ?? op.startedAt);
    const deadline = this.clock.now().getTime() + this.policy.powerWaitMinutes * 60_000;
    for (;;) {
      const status = (await this.workers.get(worker.id)).status;
      if (status === want || status === 'terminated') {
        const seconds = Math.max(0, Math.round((this.clock.now().getTime() - started) / 1000));
        return { status: 'succeeded', detail: `EC2 reports the instance ${status} (${seconds} s after it was asked)` };
      }
      if (this.clock.now().getTime() >= deadline) {
        return { status: 'failed', detail: `EC2 still reports it ${status} after ${this.policy.powerWaitMinutes} min; the status-follow job keeps watching` };
      }
      if (closing()) throw new Error('shutting down');
      await this.sleep(closing);
      const found = await this.ec2.describeInstances(worker.region, { instanceIds: [worker.instanceId!] }).then(
        ([instance]) => instance ?? ('missing' as const),
        (err: unknown) => (isInstanceNotFound(err) ? ('missing' as const) : undefined),
      );
      if (found) await this.observe(worker.id, found === 'missing' ? undefined : found);
    }
  }

  private async observe(workerId: string, instance: Parameters<typeof observed>[0] | undefined): Promise<string> {
    return retryOnConflict(async () => {
      const w = await this.workers.get(workerId);
      w.observe(instance ? observed(instance) : 'missing', endpointPolicy(this.config), { actor: systemActor('power-operations'), now: this.clock.now() });
      await this.workers.save(w);
      w.commit();
      return w.status;
    });
  }

  private observeMissing(workerId: string): Promise<string> {
    return this.observe(workerId, undefined);
  }

  /** Pauses one poll; a process that began shutting down meanwhile goes no further (the operation is resumed elsewhere). */
  private async sleep(closing: () => boolean): Promise<void> {
    // Unref'd: a pause never keeps a stopping process alive.
    await new Promise((r) => setTimeout(r, this.policy.pollSeconds * 1000).unref());
    if (closing()) throw new Error('shutting down');
  }
}

/** A CML failure that says the controller is not there (rather than that it refused). */
function isControllerTrouble(err: unknown): boolean {
  if (!(err instanceof DomainError)) return false;
  return ['CML.UNREACHABLE', 'CML.TIMEOUT', 'CML.CIRCUIT_OPEN', 'CML.BOOTING', 'CML.ERROR', 'CML.NO_ENDPOINT', 'CML.ENDPOINT_NOT_ALLOWED', 'CML.TLS_UNTRUSTED'].includes(err.code);
}
