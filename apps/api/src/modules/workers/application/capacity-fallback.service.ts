import { Injectable } from '@nestjs/common';
import { type Actor, Clock, DomainError, type InstanceTypeRestoreMoment, type StatusTrigger, systemActor } from '#kernel';
import { AppConfig } from '../../../config/app-config.js';
import type { FallbackOption, NextAttempt } from '../domain/capacity-fallback.rule.js';
import { type RestoreDecision, restoreDecision } from '../domain/instance-type-restore.rule.js';
import { MANAGED_BY_TAG, MANAGED_BY_VALUE, WORKER_ID_TAG } from '../domain/worker-tags.rule.js';
import type { Worker } from '../domain/worker.aggregate.js';
import { observed } from './ec2-instance.mapper.js';
import { capacityErrorOf, type Ec2Instance, Ec2Port } from './ports/ec2.port.js';
import { capacityPolicy, endpointPolicy } from './worker-config.policy.js';

/** What a first try of a start asks for: who asked, and why. */
export interface StartRequest {
  actor: Actor;
  reason?: string;
  trigger: StatusTrigger;
}

/** What a look at a waiting restore of the instance type did: the rule's decision, or how the change went. */
export type RestoreResult = Exclude<RestoreDecision, { kind: 'restore' }> | { kind: 'restored'; from: string; to: string } | { kind: 'failed'; error: string };

/** What one try did to the worker: `started`/`launched` when EC2 took it, else what comes next. */
export type TryResult = { kind: 'started' } | { kind: 'launched'; instance: Ec2Instance } | { kind: 'waiting'; next: NextAttempt & { kind: 'try' } } | { kind: 'ended'; next: NextAttempt };

const FALLBACK_ACTOR = systemActor('capacity-fallback');
const RESTORE_ACTOR = systemActor('instance-type-restore');

/**
 * Makes one try for EC2 capacity on a loaded worker and records it there (the caller saves): the
 * first start or launch (which begins a fallback only when EC2 has no capacity), or the next try of
 * a fallback under way. A stopped instance is changed to the try's type first (ModifyInstanceAttribute,
 * only while stopped); a launch names the try's type and subnet. EC2 calls are idempotent, so a
 * caller that loses a write race may run the try again on the fresh worker.
 */
@Injectable()
export class CapacityFallbackService {
  constructor(
    private readonly ec2: Ec2Port,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /**
   * The first StartInstances of a stopped worker; other errors than capacity are thrown as they were.
   * A worker still waiting to go back to its own type after a fallback is changed back first (the
   * stop was not seen yet, or the change failed then), so the start asks for its own type and a
   * fallback, if one is needed, tries that first; a change that fails does not hold the start up.
   */
  async firstStart(worker: Worker, request: StartRequest): Promise<TryResult> {
    await this.restoreInstanceType(worker, 'before-start');
    const option = { instanceType: worker.instanceType };
    try {
      await this.ec2.startInstances(worker.region, [worker.instanceId!]);
      return { kind: 'started' };
    } catch (err) {
      const shortage = capacityErrorOf(err);
      if (!shortage) throw err;
      const { restoreType } = this.config.workers.capacityFallback;
      const begin = { action: 'start' as const, originalInstanceType: worker.instanceType, policy: capacityPolicy(this.config, 'start', option), restoreType, requestedBy: request.actor, reason: request.reason, trigger: request.trigger };
      return this.outcome(worker.recordCapacityAttempt(option, shortage, this.ctx(), begin));
    }
  }

  /** The first RunInstances of a new worker, with what it was asked for. */
  async firstLaunch(worker: Worker, asked: FallbackOption, actor: Actor, nestedVirtualization: boolean): Promise<TryResult> {
    try {
      return { kind: 'launched', instance: await this.launch(worker, asked, worker.id, nestedVirtualization) };
    } catch (err) {
      const shortage = capacityErrorOf(err);
      if (!shortage) throw err;
      const begin = { action: 'provision' as const, originalInstanceType: asked.instanceType, policy: capacityPolicy(this.config, 'provision', asked), requestedBy: actor, trigger: 'provisioning' as const };
      return this.outcome(worker.recordCapacityAttempt(asked, shortage, this.ctx(), begin));
    }
  }

  /** The next try of the worker's fallback, when it is due; undefined when there is none to make. */
  async nextTry(worker: Worker): Promise<TryResult | undefined> {
    const fallback = worker.capacityFallback;
    if (!fallback?.next || new Date(fallback.next.at) > this.clock.now()) return undefined;
    const { option } = fallback.next;
    if (fallback.action === 'start' && worker.status !== 'stopped') {
      worker.cancelCapacityFallback(`The instance is ${worker.status} now: the fallback ended without another try.`, this.ctx());
      return { kind: 'ended', next: { kind: 'give-up', summary: 'moved on' } };
    }
    if (fallback.action === 'provision' && (worker.instanceId || worker.status !== 'pending')) {
      worker.cancelCapacityFallback(`The worker is ${worker.status} now: the fallback ended without another try.`, this.ctx());
      return { kind: 'ended', next: { kind: 'give-up', summary: 'moved on' } };
    }
    try {
      if (fallback.action === 'provision') {
        const instance = await this.launch(worker, option, `${worker.id}-${fallback.attempts.length + 1}`);
        worker.recordCapacityAttempt(option, undefined, this.ctx());
        return { kind: 'launched', instance };
      }
      // Each try changed the stopped instance to its type first: EC2 has the last one tried.
      const current = fallback.attempts.at(-1)?.instanceType ?? worker.instanceType;
      if (option.instanceType !== current) await this.ec2.modifyInstanceType(worker.region, worker.instanceId!, option.instanceType);
      await this.ec2.startInstances(worker.region, [worker.instanceId!]);
      worker.recordCapacityAttempt(option, undefined, this.ctx());
      return { kind: 'started' };
    } catch (err) {
      const error = capacityErrorOf(err) ?? { code: (err as { code?: string }).code ?? 'Error', message: (err as Error).message };
      const result = this.outcome(worker.recordCapacityAttempt(option, error, this.ctx()));
      if (result.kind === 'ended' && fallback.action === 'start') await this.changeBack(worker, fallback.originalInstanceType);
      return result;
    }
  }

  /** A start that gave up leaves the stopped instance with the type it had, not the last one tried. */
  private async changeBack(worker: Worker, instanceType: string): Promise<void> {
    try {
      const [instance] = await this.ec2.describeInstances(worker.region, { instanceIds: [worker.instanceId!] });
      if (instance && instance.state === 'stopped' && instance.instanceType !== instanceType) await this.ec2.modifyInstanceType(worker.region, worker.instanceId!, instanceType);
    } catch {
      // The collection cycle reports the type EC2 has; the timeline already says what was tried.
    }
  }

  /**
   * Changes the stopped instance back to the worker's own type when a restore waits and the rule
   * says now (instance-type-restore.rule.ts), and records how it went on the worker (the caller
   * saves). ModifyInstanceAttribute is idempotent, so a caller that loses a write race may run it
   * again on the fresh worker. Never throws: a failed change waits on the worker for the next look.
   */
  async restoreInstanceType(worker: Worker, moment: InstanceTypeRestoreMoment): Promise<RestoreResult> {
    const decision = restoreDecision(worker);
    if (decision.kind !== 'restore') return decision;
    const ctx = { actor: RESTORE_ACTOR, now: this.clock.now() };
    try {
      await this.ec2.modifyInstanceType(worker.region, worker.instanceId!, decision.to);
    } catch (err) {
      const awsCode = err instanceof DomainError ? err.details?.awsCode : undefined;
      const error = typeof awsCode === 'string' && !(err as Error).message.includes(awsCode) ? `${(err as Error).message} (${awsCode})` : (err as Error).message;
      worker.recordInstanceTypeRestore(moment, error, ctx);
      return { kind: 'failed', error };
    }
    worker.recordInstanceTypeRestore(moment, undefined, ctx);
    return { kind: 'restored', from: decision.from, to: decision.to };
  }

  /** After a fallback's try started the instance: the start recorded as asked by whoever asked for it. */
  recordStarted(worker: Worker): void {
    const fallback = worker.capacityFallback;
    worker.recordRequested('start', { actor: fallback?.requestedBy ?? FALLBACK_ACTOR, now: this.clock.now() }, fallback?.reason, fallback?.trigger);
  }

  /** After a fallback's try launched the instance: the worker gets it. */
  recordLaunched(worker: Worker, instance: Ec2Instance): void {
    if (!worker.instanceId) worker.assignInstance(observed(instance), endpointPolicy(this.config), { actor: systemActor('provisioning'), now: this.clock.now() });
  }

  private launch(worker: Worker, option: FallbackOption, clientToken: string, nestedVirtualization = false): Promise<Ec2Instance> {
    const p = worker.provisioning ?? {};
    // Off by default on the virtualised types that support it; only the type asked for is known to need it.
    return this.ec2.runInstance(worker.region, {
      name: worker.name,
      instanceType: option.instanceType,
      imageId: worker.ami.id!,
      subnetId: option.subnetId,
      securityGroupIds: p.securityGroupIds,
      keyName: p.keyName,
      tags: { [MANAGED_BY_TAG]: MANAGED_BY_VALUE, [WORKER_ID_TAG]: worker.id },
      detailedMonitoring: true,
      clientToken,
      nestedVirtualization,
    });
  }

  private outcome(next: NextAttempt): TryResult {
    return next.kind === 'try' ? { kind: 'waiting', next } : { kind: 'ended', next };
  }

  private ctx() {
    return { actor: FALLBACK_ACTOR, now: this.clock.now() };
  }
}
