import { Clock, type DomainEvent } from '#kernel';
import { FakeEc2 } from '../../../../../../../test/support/fake-ec2.js';
import { loadConfig } from '../../../../config/app-config.js';
import type { CmlSuitability } from '../../domain/cml-instance-type.rule.js';
import { Worker } from '../../domain/worker.aggregate.js';
import { WorkerRepository } from '../../domain/worker.repository.port.js';
import type { Ec2Instance, RunInstanceInput } from '../ports/ec2.port.js';
import { LaunchInstanceWhenProvisioningRequested } from './launch-instance-when-provisioning-requested.handler.js';

class FixedClock extends Clock {
  now(): Date {
    return new Date('2026-12-02T10:00:00.000Z');
  }
}

/** Launches into `running` at once (nothing to follow), or `pending` for ever, and remembers what it was asked. */
class LaunchingEc2 extends FakeEc2 {
  readonly launches: RunInstanceInput[] = [];
  constructor(private readonly state: 'running' | 'pending' = 'running') {
    super();
  }
  override async runInstance(region: string, input: RunInstanceInput): Promise<Ec2Instance> {
    this.launches.push(input);
    return { instanceId: 'i-0123456789abcdef0', region, state: this.state, instanceType: input.instanceType, imageId: input.imageId, name: input.name, tags: input.tags, monitoring: 'enabled', securityGroupIds: [] };
  }
}

class OneWorker extends WorkerRepository {
  constructor(public worker: Worker) {
    super();
  }
  newId = () => 'unused';
  findById = async () => this.worker;
  get = async () => this.worker;
  getMany = () => Promise.reject(new Error('not used'));
  async save(worker: Worker): Promise<void> {
    worker.markPersisted();
  }
}

function setup(cmlSuitability?: CmlSuitability, state: 'running' | 'pending' = 'running') {
  const ctx = { actor: { kind: 'user' as const, id: 'u1', name: 'ada' }, now: new Date('2026-12-02T10:00:00.000Z') };
  const worker = Worker.requestProvisioning('w-1', { name: 'lab', region: 'us-east-1', instanceType: 'm8i.4xlarge', cmlSuitability, ami: { id: 'ami-1' } }, ctx);
  const event = worker.getUncommittedEvents()[0] as DomainEvent<'worker.provisioning-requested'>;
  worker.markPersisted();
  worker.uncommit();
  const ec2 = new LaunchingEc2(state);
  const config = loadConfig({ MONGODB_URI: 'mongodb://127.0.0.1:1/x', OIDC_ISSUER_URL: 'http://127.0.0.1:1/realms/x', AWS_REGIONS: 'us-east-1' });
  const handler = new LaunchInstanceWhenProvisioningRequested(new OneWorker(worker), ec2, config, new FixedClock());
  return { worker, event, ec2, handler };
}

async function launch(cmlSuitability?: CmlSuitability): Promise<RunInstanceInput> {
  const { worker, event, ec2, handler } = setup(cmlSuitability);
  await handler.handle(event);
  expect(worker.instanceId).toBe('i-0123456789abcdef0');
  return ec2.launches[0]!;
}

describe('LaunchInstanceWhenProvisioningRequested', () => {
  it('enables nested virtualisation for a type that was chosen for it', async () => {
    expect((await launch('nested-virtualization')).nestedVirtualization).toBe(true);
  });

  it('stops following a pending instance when the app shuts down, instead of polling until the timeout', async () => {
    // The clock never moves, so without the shutdown this would poll (every 10 s) for ever.
    const { event, ec2, handler } = setup('bare-metal', 'pending');
    const handled = handler.handle(event);
    while (ec2.launches.length === 0) await new Promise((r) => setImmediate(r));
    handler.onModuleDestroy();
    await expect(handled).resolves.toBeUndefined();
    expect(ec2.calls.filter((c) => c.startsWith('DescribeInstances'))).toEqual([]);
  });

  it.each([['bare-metal'], ['unsuitable'], [undefined]] as const)('leaves the CPU options alone for %s (events from before it was recorded included)', async (suitability) => {
    expect((await launch(suitability)).nestedVirtualization).toBe(false);
  });
});
