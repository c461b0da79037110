import { Logger } from '@nestjs/common';
import { DomainError, type DomainEvent } from '#kernel';
import { newTestHandler } from '../../../../../../../test/support/unit/handler-factory.js';
import type { CmlSuitability } from '../../domain/cml-instance-type.rule.js';
import { Worker } from '../../domain/worker.aggregate.js';
import type { RunInstanceInput } from '../ports/ec2.port.js';
import { LaunchInstanceWhenProvisioningRequested } from './launch-instance-when-provisioning-requested.handler.js';

function setup(cmlSuitability?: CmlSuitability, launchState: 'running' | 'pending' = 'running') {
  const t = newTestHandler(LaunchInstanceWhenProvisioningRequested, { now: '2026-12-02T10:00:00.000Z' });
  const ctx = { actor: { kind: 'user' as const, id: 'u1', name: 'ada' }, now: t.clock.now() };
  const worker = Worker.requestProvisioning('w-1', { name: 'lab', region: 'us-east-1', instanceType: 'm8i.4xlarge', cmlSuitability, ami: { id: 'ami-1' } }, ctx);
  const event = worker.getUncommittedEvents()[0] as DomainEvent<'worker.provisioning-requested'>;
  t.workers.seed(worker);
  t.ec2.launchState = launchState;
  return { ...t, event };
}

async function launch(cmlSuitability?: CmlSuitability): Promise<RunInstanceInput> {
  const t = setup(cmlSuitability);
  await t.handler.handle(t.event);
  expect(t.workers.state('w-1')).toMatchObject({ instanceId: 'i-00000000000000001', status: 'running' });
  return t.ec2.launches[0]!;
}

describe('LaunchInstanceWhenProvisioningRequested', () => {
  beforeAll(() => Logger.overrideLogger(false));

  it('enables nested virtualisation for a type that was chosen for it', async () => {
    expect((await launch('nested-virtualization')).nestedVirtualization).toBe(true);
  });

  it.each([['bare-metal'], ['unsuitable'], [undefined]] as const)('leaves the CPU options alone for %s (events from before it was recorded included)', async (suitability) => {
    expect((await launch(suitability)).nestedVirtualization).toBe(false);
  });

  it('launches one instance per worker: the worker id is the client token, and a repeated event launches nothing', async () => {
    const t = setup('bare-metal');
    await t.handler.handle(t.event);
    await t.handler.handle(t.event);
    expect(t.ec2.launches).toHaveLength(1);
    expect(t.ec2.launches[0]).toMatchObject({ clientToken: 'w-1', tags: { ManagedBy: 'cml-cloud-manager', 'cml-worker-id': 'w-1' } });
  });

  it('marks the worker failed, with what EC2 said, when the launch is refused', async () => {
    const t = setup('bare-metal');
    t.ec2.failures.set('RunInstances', new DomainError('AWS.INSUFFICIENT_CAPACITY', 'upstream', 'There is not enough m8i.4xlarge capacity in us-east-1.'));
    await t.handler.handle(t.event);
    expect(t.workers.state('w-1')).toMatchObject({ status: 'failed', statusReason: expect.stringContaining('not enough m8i.4xlarge capacity') });
  });

  it('begins the capacity fallback, instead of failing, when EC2 has no capacity for the type; a repeated event leaves it to the job', async () => {
    const t = setup('bare-metal');
    t.ec2.noCapacity.add('m8i.4xlarge');
    await t.handler.handle(t.event);
    await t.handler.handle(t.event);
    expect(t.ec2.launches).toHaveLength(1);
    expect(t.workers.state('w-1')).toMatchObject({ status: 'pending', capacityFallback: { action: 'provision', originalInstanceType: 'm8i.4xlarge', next: { option: { instanceType: 'm8i.4xlarge' } } } });
    expect(t.workers.publishedTypes('w-1')).toEqual(['worker.capacity-attempted']);
  });

  it('stops following a pending instance when the app shuts down, instead of polling until the timeout', async () => {
    // The clock never moves, so without the shutdown this would poll (every 10 s) for ever.
    const t = setup('bare-metal', 'pending');
    const handled = t.handler.handle(t.event);
    while (t.ec2.launches.length === 0) await new Promise((r) => setImmediate(r));
    t.handler.onModuleDestroy();
    await expect(handled).resolves.toBeUndefined();
    expect(t.ec2.calls.filter((c) => c.startsWith('DescribeInstances'))).toEqual([]);
  });
});
