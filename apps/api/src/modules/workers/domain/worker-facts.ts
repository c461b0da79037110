import { AggregateRoot, type ServiceStatus, type WorkerStatus } from '#kernel';
import type { CapacityFallbackState } from './capacity-fallback.value-object.js';
import type { IdleState } from './idle-state.value-object.js';
import type { InstanceTypeRestore } from './instance-type-restore.rule.js';
import type { PowerOverride } from './power-override.rule.js';
import type { StoredDesiredPower } from './power-record.value-object.js';
import type { Telemetry } from './telemetry.value-object.js';
import type { WorkerLifecycle } from './worker-lifecycle.value-object.js';
import type { WorkerVolume } from './worker-volume.value-object.js';
import type { PowerOperationRef, WorkerState } from './worker.state.js';

/**
 * What anyone may read of a worker, and nothing they may change: the Worker aggregate
 * (worker.aggregate.ts) extends this with the operations, so that file holds only behaviour.
 */
export abstract class WorkerFacts extends AggregateRoot<WorkerState> {
  get name(): string { return this.state.name; }
  get region(): string { return this.state.region; }
  get instanceId(): string | undefined { return this.state.instanceId; }
  get instanceType(): string { return this.state.instanceType; }
  get ami(): WorkerState['ami'] { return this.state.ami; }
  get status(): WorkerStatus { return this.state.status; }
  get serviceStatus(): ServiceStatus { return this.state.serviceStatus; }
  get managed(): boolean { return this.state.managed; }
  get tags(): Readonly<Record<string, string>> { return this.state.tags; }
  get endpoint(): string | undefined { return this.state.endpoint; }
  get endpointProblem(): string | undefined { return this.state.endpointProblem; }
  get provisioning(): WorkerState['provisioning'] { return this.state.provisioning; }
  get lifecycle(): Readonly<WorkerLifecycle> { return this.state.lifecycle; }
  get telemetry(): Readonly<Telemetry> { return this.state.telemetry; }
  /** The EBS volumes attached to the instance as last read (undefined: never read). */
  get volumes(): readonly Readonly<WorkerVolume>[] | undefined { return this.state.volumes; }
  get idle(): Readonly<IdleState> { return this.state.idle; }
  get idleDetectionEnabled(): boolean { return this.state.idleDetectionEnabled; }
  get owner(): string | undefined { return this.state.owner; }
  get override(): Readonly<PowerOverride> | undefined { return this.state.override; }
  get desiredPower(): Readonly<StoredDesiredPower> | undefined { return this.state.desiredPower; }
  /** The last start or launch that looked for EC2 capacity; its `next` is set while it still does. */
  get capacityFallback(): Readonly<CapacityFallbackState> | undefined { return this.state.capacityFallback; }
  /** The last choreographed stop or terminate; `status: running` while it runs. */
  get powerOperation(): Readonly<PowerOperationRef> | undefined { return this.state.powerOperation; }
  /** Whether the controller said it is licensed at the last check (undefined: never read). */
  get licensed(): boolean | undefined { return this.state.cml.licensed; }
  /** The change back to the worker's own type that waits for the instance to be stopped, if any. */
  get instanceTypeRestore(): Readonly<InstanceTypeRestore> | undefined { return this.state.instanceTypeRestore; }
}
