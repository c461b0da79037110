import 'reflect-metadata';
import { CommandBus } from '@nestjs/cqrs';
import { type Actor, Clock, KeyValueStore } from '#kernel';
import { AppConfig, loadConfig } from '../../../apps/api/src/config/app-config.js';
import { ControllerReadThrottle } from '../../../apps/api/src/modules/labs/application/controller-read-throttle.js';
import { LabRecordWriter } from '../../../apps/api/src/modules/labs/application/lab-record-writer.js';
import { LabControllerPort } from '../../../apps/api/src/modules/labs/application/ports/lab-controller.port.js';
import { WorkerDirectory } from '../../../apps/api/src/modules/labs/application/ports/worker-directory.port.js';
import { LabRecordRepository } from '../../../apps/api/src/modules/labs/domain/lab-record.repository.port.js';
import { OperationTracker } from '../../../apps/api/src/modules/system/application/operation.js';
import { observed } from '../../../apps/api/src/modules/workers/application/ec2-instance.mapper.js';
import { PowerOperationRunner } from '../../../apps/api/src/modules/workers/application/power-operations/power-operation.runner.js';
import { PowerStepExecutor } from '../../../apps/api/src/modules/workers/application/power-operations/power-step.executor.js';
import { CmlLabsPort } from '../../../apps/api/src/modules/workers/application/ports/cml-labs.port.js';
import { TopologyArchivePort } from '../../../apps/api/src/modules/workers/application/ports/topology-archive.port.js';
import { InstanceTypeCatalog } from '../../../apps/api/src/modules/workers/application/instance-type-catalog.service.js';
import { CapacityFallbackService } from '../../../apps/api/src/modules/workers/application/capacity-fallback.service.js';
import { LaunchAmiResolver } from '../../../apps/api/src/modules/workers/application/launch-ami-resolver.service.js';
import { LaunchNetwork } from '../../../apps/api/src/modules/workers/application/launch-network.service.js';
import { AwsCallRecorder } from '../../../apps/api/src/modules/workers/application/ports/aws-call-recorder.port.js';
import { CloudWatchPort } from '../../../apps/api/src/modules/workers/application/ports/cloudwatch.port.js';
import { CmlCallCounter } from '../../../apps/api/src/modules/workers/application/ports/cml-call-counter.port.js';
import { CmlControllerPort } from '../../../apps/api/src/modules/workers/application/ports/cml-controller.port.js';
import { CmlCyclePort } from '../../../apps/api/src/modules/workers/application/ports/cml-cycle.port.js';
import { CmlLicensingPort } from '../../../apps/api/src/modules/workers/application/ports/cml-licensing.port.js';
import type { Ec2Instance } from '../../../apps/api/src/modules/workers/application/ports/ec2.port.js';
import { Ec2Port } from '../../../apps/api/src/modules/workers/application/ports/ec2.port.js';
import { IdleDecisionLog } from '../../../apps/api/src/modules/workers/application/ports/idle-decision-log.port.js';
import { InstancePrices } from '../../../apps/api/src/modules/workers/application/ports/instance-prices.port.js';
import { MetricSamples } from '../../../apps/api/src/modules/workers/application/ports/metric-samples.port.js';
import { WorkerReadModel } from '../../../apps/api/src/modules/workers/application/ports/worker-read-model.port.js';
import { endpointPolicy } from '../../../apps/api/src/modules/workers/application/worker-config.policy.js';
import { Worker } from '../../../apps/api/src/modules/workers/domain/worker.aggregate.js';
import { WorkerRepository } from '../../../apps/api/src/modules/workers/domain/worker.repository.port.js';
import { MemoryKeyValueStore } from '../../../apps/api/src/platform/kv/memory-key-value.store.js';
import { anInstance, FakeEc2 } from '../fake-ec2.js';
import { RecordingAwsCallRecorder } from '../recording-aws-call-recorder.js';
import {
  CountingCmlCalls,
  FakeCloudWatch,
  FakeCmlController,
  FakeCmlCycle,
  FakeCmlLicensing,
  FakeInstancePrices,
  ManualClock,
  MemoryIdleDecisionLog,
  MemoryMetricSamples,
  MemoryOperations,
  FakeCmlLabs,
  MemoryTopologyArchive,
  RecordingCommandBus,
} from './fakes.js';
import { FakeLabController, FakeWorkerDirectory, MemoryLabRecordRepository } from './memory-labs.js';
import { MemoryWorkerReadModel, MemoryWorkerRepository } from './memory-workers.js';

/** Who acts in handler specs unless a spec says otherwise. */
export const ADA: Actor = { kind: 'user', id: 'u-ada', name: 'ada' };

/** The environment every handler spec starts from: two managed regions; nothing reachable. */
const BASE_ENV = {
  MONGODB_URI: 'mongodb://127.0.0.1:1/unused',
  OIDC_ISSUER_URL: 'http://127.0.0.1:1/realms/unused',
  AWS_REGIONS: 'us-east-1,us-west-2',
};

/** Every port an application handler may ask for, faked; and the real application services built on them. */
export interface TestBed {
  config: AppConfig;
  clock: ManualClock;
  commands: RecordingCommandBus;
  kv: MemoryKeyValueStore;
  workers: MemoryWorkerRepository;
  readModel: MemoryWorkerReadModel;
  ec2: FakeEc2;
  cloudwatch: FakeCloudWatch;
  awsCalls: RecordingAwsCallRecorder;
  cmlCalls: CountingCmlCalls;
  cmlCycle: FakeCmlCycle;
  cml: FakeCmlController;
  licensing: FakeCmlLicensing;
  samples: MemoryMetricSamples;
  idleLog: MemoryIdleDecisionLog;
  operations: MemoryOperations;
  cmlLabs: FakeCmlLabs;
  archive: MemoryTopologyArchive;
  prices: FakeInstancePrices;
  labRecords: MemoryLabRecordRepository;
  labController: FakeLabController;
  labWorkers: FakeWorkerDirectory;
}

export interface TestBedOptions {
  /** Configuration variables on top of the base (two regions, us-east-1 and us-west-2). */
  env?: Record<string, string>;
  /** Where the clock stands; 2026-11-25T10:00:00Z unless given. */
  now?: string;
}

/** What a seeded worker looks like; a running, managed, imported worker in us-east-1 unless said. */
export interface WorkerSeed {
  name?: string;
  region?: string;
  /** The instance's EC2 state; `provisioning` is a worker whose instance is not launched yet. */
  state?: Ec2Instance['state'] | 'provisioning';
  /** Facts of the instance (tags, addresses ...). A loopback public IP gives it an endpoint unless said. */
  instance?: Partial<Ec2Instance>;
  /** Whether EC2 knows the instance (true unless said). */
  inEc2?: boolean;
}

export interface HandlerTestBed<H> extends TestBed {
  handler: H;
  /** Stores a worker (as if imported earlier) and, unless said, its instance in EC2. */
  givenWorker(seed?: WorkerSeed): Worker;
}

type Constructor<T> = abstract new (...args: never[]) => T;

/** The fake (or the real application service built on fakes) for an injection token; undefined when there is none. */
function fakeFor(bed: TestBed, token: unknown): unknown {
  const services = new Map<unknown, () => unknown>([
    [InstanceTypeCatalog, () => new InstanceTypeCatalog(bed.ec2, bed.clock, bed.config)],
    [LaunchAmiResolver, () => new LaunchAmiResolver(bed.ec2, bed.config)],
    [LaunchNetwork, () => new LaunchNetwork(bed.ec2, bed.config)],
    [CapacityFallbackService, () => new CapacityFallbackService(bed.ec2, bed.config, bed.clock)],
    [LabRecordWriter, () => new LabRecordWriter(bed.labRecords, bed.labController, bed.clock, bed.config)],
    [ControllerReadThrottle, () => new ControllerReadThrottle(bed.kv, bed.config)],
    [PowerStepExecutor, () => stepExecutor(bed)],
    [PowerOperationRunner, () => new PowerOperationRunner(bed.workers, bed.ec2, bed.operations, stepExecutor(bed), bed.config, bed.clock)],
  ]);
  const ports = new Map<unknown, unknown>([
    [AppConfig, bed.config],
    [Clock, bed.clock],
    [CommandBus, bed.commands],
    [KeyValueStore, bed.kv],
    [WorkerRepository, bed.workers],
    [WorkerReadModel, bed.readModel],
    [Ec2Port, bed.ec2],
    [CloudWatchPort, bed.cloudwatch],
    [AwsCallRecorder, bed.awsCalls],
    [CmlCallCounter, bed.cmlCalls],
    [CmlCyclePort, bed.cmlCycle],
    [CmlControllerPort, bed.cml],
    [CmlLicensingPort, bed.licensing],
    [MetricSamples, bed.samples],
    [IdleDecisionLog, bed.idleLog],
    [OperationTracker, bed.operations],
    [CmlLabsPort, bed.cmlLabs],
    [TopologyArchivePort, bed.archive],
    [InstancePrices, bed.prices],
    [LabRecordRepository, bed.labRecords],
    [LabControllerPort, bed.labController],
    [WorkerDirectory, bed.labWorkers],
  ]);
  return ports.get(token) ?? services.get(token)?.();
}

function stepExecutor(bed: TestBed): PowerStepExecutor {
  return new PowerStepExecutor(bed.workers, bed.ec2, bed.cmlLabs, bed.licensing, bed.archive, bed.operations, bed.config, bed.clock);
}

/** A fresh set of fakes: in-memory repositories with the version check, a clock that stands still, recording adapters. */
export function newTestBed(options: TestBedOptions = {}): TestBed {
  const clock = new ManualClock(options.now);
  const cmlCalls = new CountingCmlCalls();
  const workers = new MemoryWorkerRepository();
  return {
    config: loadConfig({ ...BASE_ENV, ...options.env }),
    clock,
    commands: new RecordingCommandBus(),
    kv: new MemoryKeyValueStore(() => clock.now().getTime()),
    workers,
    readModel: new MemoryWorkerReadModel(workers),
    ec2: new FakeEc2(),
    cloudwatch: new FakeCloudWatch(),
    awsCalls: new RecordingAwsCallRecorder(),
    cmlCalls,
    cmlCycle: new FakeCmlCycle(cmlCalls),
    cml: new FakeCmlController(),
    licensing: new FakeCmlLicensing(),
    samples: new MemoryMetricSamples(),
    idleLog: new MemoryIdleDecisionLog(),
    operations: new MemoryOperations(clock),
    cmlLabs: new FakeCmlLabs(),
    archive: new MemoryTopologyArchive(),
    prices: new FakeInstancePrices(),
    labRecords: new MemoryLabRecordRepository(),
    labController: new FakeLabController(),
    labWorkers: new FakeWorkerDirectory(),
  };
}

/**
 * Builds an application handler (command, query or event handler, or an application service) with
 * every constructor parameter faked: the parameters are read from the class's decorator metadata,
 * as Nest reads them, and each is looked up in a fresh `TestBed`. A parameter without a fake is an
 * error that names it, so a handler that gains a port gets a fake here, once, for every spec.
 *
 *   const t = newTestHandler(ChangeWorkerStateHandler);
 *   const w = t.givenWorker({ state: 'running' });
 *   await t.handler.execute(new ChangeWorkerStateCommand(w.id, 'stop', ADA));
 *   expect(t.ec2.operations()).toEqual(['StopInstances']);
 */
export function newTestHandler<H>(Handler: Constructor<H>, options: TestBedOptions = {}): HandlerTestBed<H> {
  const bed = newTestBed(options);
  const handler = buildOn(bed, Handler);
  return { ...bed, handler, givenWorker: (seed) => givenWorker(bed, seed) };
}

/** Builds another handler on the same fakes (e.g. the command a facade sends, answered for real). */
export function buildOn<H>(bed: TestBed, Handler: Constructor<H>): H {
  const params = (Reflect.getMetadata('design:paramtypes', Handler) ?? []) as unknown[];
  const args = params.map((token, i) => {
    const fake = fakeFor(bed, token);
    if (fake === undefined) {
      const name = (token as { name?: string } | undefined)?.name ?? String(token);
      throw new Error(`newTestHandler: parameter ${i} of ${Handler.name} is a ${name}, which has no fake; add one to test/support/unit/handler-factory.ts`);
    }
    return fake;
  });
  return new (Handler as unknown as new (...a: unknown[]) => H)(...args);
}

function givenWorker(bed: TestBed, seed: WorkerSeed = {}): Worker {
  const id = bed.workers.newId();
  const ctx = { actor: ADA, now: bed.clock.now() };
  const region = seed.region ?? 'us-east-1';
  const name = seed.name ?? `lab-${id}`;
  if (seed.state === 'provisioning') {
    return bed.workers.seed(Worker.requestProvisioning(id, { name, region, instanceType: 'm5zn.metal', cmlSuitability: 'bare-metal', ami: { id: 'ami-0abc' } }, ctx));
  }
  const instance = anInstance(`i-0${id.replace(/\W/g, '')}`, { region, name, publicIp: '127.0.0.2', privateIp: '127.0.0.3', tags: { Name: name }, ...seed.instance, state: seed.state ?? 'running' });
  if (seed.inEc2 !== false) bed.ec2.add(instance);
  return bed.workers.seed(Worker.import(id, { region, instance: observed(instance), name, source: 'api' }, endpointPolicy(bed.config), ctx));
}
