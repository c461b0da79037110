import { setTimeout as sleep } from 'node:timers/promises';
import { Logger, type OnModuleDestroy } from '@nestjs/common';
import { EventsHandler, type IEventHandler } from '@nestjs/cqrs';
import { Clock, defineEvent, DomainError, type DomainEvent, retryOnConflict, systemActor } from '#kernel';
import { AppConfig } from '../../../../config/app-config.js';
import { WorkerRepository } from '../../domain/worker.repository.port.js';
import { endpointPolicy } from '../worker-config.policy.js';
import { observed } from '../ec2-instance.mapper.js';
import { CapacityFallbackService } from '../capacity-fallback.service.js';
import { type Ec2Instance, Ec2Port } from '../ports/ec2.port.js';

export const WorkerProvisioningRequested = defineEvent('worker.provisioning-requested');

/**
 * Launches the EC2 instance of a newly requested worker. Events arrive at least once, so this is
 * idempotent: a worker that already has an instance (or failed) is left alone, and RunInstances
 * carries the worker id as its client token so AWS launches one instance per worker.
 */
@EventsHandler(WorkerProvisioningRequested)
export class LaunchInstanceWhenProvisioningRequested implements IEventHandler<DomainEvent<'worker.provisioning-requested'>>, OnModuleDestroy {
  private readonly logger = new Logger('Provisioning');
  // Ends the follow-up loops when the app shuts down; they would otherwise poll a closed EC2 client
  // until WORKER_PROVISION_TIMEOUT_MINUTES and keep the process alive.
  private readonly stopping = new AbortController();

  constructor(
    private readonly workers: WorkerRepository,
    private readonly ec2: Ec2Port,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly capacity: CapacityFallbackService,
  ) {}

  async handle(event: DomainEvent<'worker.provisioning-requested'>): Promise<void> {
    const actor = systemActor('provisioning');
    const first = await this.workers.findById(event.aggregateId);
    if (!first || first.instanceId || first.status !== 'pending') return;
    const request = event.data;
    // A fallback under way (a redelivered event) is the capacity-fallback job's to carry on.
    if (first.capacityFallback?.action === 'provision') return;
    try {
      // Off by default on the virtualised types that support it; CML's nodes need it.
      const nested = request.cmlSuitability === 'nested-virtualization';
      let launched: Ec2Instance | undefined;
      await retryOnConflict(async () => {
        const worker = await this.workers.get(event.aggregateId);
        if (worker.instanceId || worker.capacityFallback) return;
        const result = await this.capacity.firstLaunch(worker, { instanceType: request.instanceType, ...(request.subnetId ? { subnetId: request.subnetId } : {}) }, actor, nested);
        if (result.kind === 'launched') {
          launched = result.instance;
          worker.assignInstance(observed(result.instance), endpointPolicy(this.config), { actor, now: this.clock.now() });
        }
        await this.workers.save(worker);
        worker.commit();
      });
      // No capacity: the capacity-fallback job makes the next tries (or the worker failed already).
      if (!launched) return;
      const instance = launched;
      this.logger.log(`Worker ${request.name} got instance ${instance.instanceId}`);
      if (instance.state === 'pending') await this.followUntilBooted(event.aggregateId, request.region, instance.instanceId);
    } catch (err) {
      const reason = err instanceof DomainError ? err.message : `Launching the instance failed: ${(err as Error).message}`;
      this.logger.warn(`Provisioning worker ${request.name} failed: ${reason}`);
      await retryOnConflict(async () => {
        const worker = await this.workers.get(event.aggregateId);
        // The instance came after all, or the worker moved on: nothing failed any more.
        if (worker.decide('fail-provisioning').outcome !== 'proceed') return;
        worker.failProvisioning(reason, { actor, now: this.clock.now() });
        await this.workers.save(worker);
        worker.commit();
      });
    }
  }

  onModuleDestroy(): void {
    this.stopping.abort();
  }

  /**
   * Reads the instance until it leaves `pending`, so provisioning ends in `running` (or whatever EC2
   * says) without waiting for the next fleet sync; past the timeout, or when the app shuts down, the
   * periodic sync takes over.
   */
  private async followUntilBooted(workerId: string, region: string, instanceId: string): Promise<void> {
    const { provisionPollSeconds, provisionTimeoutMinutes } = this.config.workers;
    const deadline = this.clock.now().getTime() + provisionTimeoutMinutes * 60_000;
    while (this.clock.now().getTime() < deadline) {
      try {
        await sleep(provisionPollSeconds * 1000, undefined, { signal: this.stopping.signal });
      } catch {
        return;
      }
      try {
        const [instance] = await this.ec2.describeInstances(region, { instanceIds: [instanceId] });
        if (!instance || instance.state === 'pending') continue;
        await retryOnConflict(async () => {
          const worker = await this.workers.get(workerId);
          worker.observe(observed(instance), endpointPolicy(this.config), { actor: systemActor('provisioning'), now: this.clock.now() }, 'provisioning');
          await this.workers.save(worker);
          worker.commit();
        });
        return;
      } catch (err) {
        this.logger.warn(`Reading the state of ${instanceId} failed; retrying: ${(err as Error).message}`);
      }
    }
  }
}
