import { DomainError } from '#kernel';
import { anInstanceType } from '../../../../../../../../test/support/fake-ec2.js';
import { ADA, newTestHandler } from '../../../../../../../../test/support/unit/handler-factory.js';
import { ProvisionWorkerCommand } from './provision-worker.command.js';
import { ProvisionWorkerHandler } from './provision-worker.handler.js';

const AMI = { imageId: 'ami-0123456789abcdef0', name: 'cml-2.9.1-build-4', creationDate: '2026-11-01T00:00:00.000Z' };

function setup(env: Record<string, string> = {}) {
  const t = newTestHandler(ProvisionWorkerHandler, { now: '2026-12-02T10:00:00.000Z', env: { AWS_REGIONS: 'us-east-1,eu-north-1', WORKER_DEFAULT_AMI_IDS: `us-east-1=${AMI.imageId}`, ...env } });
  t.ec2
    .offer('us-east-1', anInstanceType('m5zn.metal', { vcpus: 48 }), anInstanceType('m8i.4xlarge', { nestedVirtualization: true }), anInstanceType('c5.2xlarge'), anInstanceType('m7g.metal', { architectures: ['arm64'] }))
    .offer('eu-north-1', anInstanceType('m5.metal'));
  t.ec2.images.set('us-east-1', [AMI]);
  const provision = (input: Partial<ProvisionWorkerCommand['input']>) => t.handler.execute(new ProvisionWorkerCommand({ name: 'lab-east-1', region: 'us-east-1', ...input }, ADA));
  const requested = () => t.workers.saved.at(-1)!;
  return { ...t, provision, requested };
}

async function refusal(promise: Promise<unknown>): Promise<DomainError> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(DomainError);
  return err as DomainError;
}

describe('ProvisionWorkerHandler', () => {
  it('records a pending worker for a bare-metal type the region offers, with the resolved AMI', async () => {
    const { provision, workers, requested } = setup();
    await expect(provision({ instanceType: 'm5zn.metal' })).resolves.toBe('w-1');
    expect(workers.state('w-1')).toMatchObject({ name: 'lab-east-1', status: 'pending', instanceType: 'm5zn.metal', ami: { id: AMI.imageId, name: AMI.name } });
    expect(requested()).toMatchObject({ type: 'worker.provisioning-requested', data: { instanceType: 'm5zn.metal', cmlSuitability: 'bare-metal', amiId: AMI.imageId } });
  });

  it('uses WORKER_DEFAULT_INSTANCE_TYPE, m5zn.metal unless configured, when no type is given', async () => {
    const { provision, requested } = setup();
    await provision({});
    expect(requested().data).toMatchObject({ instanceType: 'm5zn.metal', cmlSuitability: 'bare-metal' });
  });

  it('refuses a type the region does not offer with a 400 that names it and points at the picker; nothing is recorded', async () => {
    const { provision, workers } = setup();
    const err = await refusal(provision({ instanceType: 'banana.huge' }));
    expect(err).toMatchObject({ code: 'WORKER.INSTANCE_TYPE_NOT_OFFERED', kind: 'invalid', details: { region: 'us-east-1', instanceType: 'banana.huge' } });
    expect(err.message).toBe(
      "Instance type banana.huge is not offered in us-east-1. Pick one the region offers: GET /api/workers/instance-types?region=us-east-1 lists them (the console's instance type picker shows the same list).",
    );
    expect(workers.docs.size).toBe(0);
  });

  it('says so when the default type is what the region does not offer', async () => {
    const { provision } = setup({ WORKER_DEFAULT_AMI_IDS: `eu-north-1=${AMI.imageId}` });
    const err = await refusal(provision({ region: 'eu-north-1' }));
    expect(err.code).toBe('WORKER.INSTANCE_TYPE_NOT_OFFERED');
    expect(err.message).toMatch(/^The default instance type m5zn\.metal \(WORKER_DEFAULT_INSTANCE_TYPE\) is not offered in eu-north-1\./);
  });

  it.each([
    ['c5.2xlarge', 'it is neither bare metal nor supports nested virtualisation, so CML cannot start its nodes'],
    ['m7g.metal', 'its processor architecture is arm64; CML needs x86_64'],
  ])('refuses %s, which cannot run CML, unless told to launch it anyway', async (instanceType, reason) => {
    const { provision, workers } = setup();
    const err = await refusal(provision({ instanceType }));
    expect(err).toMatchObject({ code: 'WORKER.INSTANCE_TYPE_UNSUITABLE', kind: 'invalid', details: { instanceType, reason } });
    expect(err.message).toContain(`Instance type ${instanceType} cannot run CML: ${reason}.`);
    expect(err.message).toContain('send allowUnsuitableInstanceType: true to launch it anyway');
    expect(workers.docs.size).toBe(0);
  });

  it('launches an unsuitable type when told to, and says so in the event', async () => {
    const { provision, requested } = setup();
    await provision({ instanceType: 'c5.2xlarge', allowUnsuitableInstanceType: true });
    expect(requested().data).toMatchObject({ instanceType: 'c5.2xlarge', cmlSuitability: 'unsuitable' });
  });

  it('takes a type with nested virtualisation and asks for it to be enabled at launch', async () => {
    const { provision, requested } = setup();
    await provision({ instanceType: 'm8i.4xlarge' });
    expect(requested().data).toMatchObject({ instanceType: 'm8i.4xlarge', cmlSuitability: 'nested-virtualization' });
  });

  it('checks the region before asking EC2 anything', async () => {
    const { provision, ec2 } = setup();
    const err = await refusal(provision({ region: 'ap-south-1', instanceType: 'm5zn.metal' }));
    expect(err.code).toBe('WORKER.REGION_NOT_MANAGED');
    expect(ec2.calls).toEqual([]);
  });

  it('checks the instance type before the AMI', async () => {
    const { provision, ec2 } = setup();
    await refusal(provision({ instanceType: 'banana.huge', amiId: 'ami-0000000000000dead' }));
    expect(ec2.calls.some((c) => c.startsWith('DescribeImages'))).toBe(false);
  });

  it('still refuses an AMI that does not exist (422) and a region without one (400)', async () => {
    const { provision } = setup();
    expect((await refusal(provision({ amiId: 'ami-0000000000000dead' }))).code).toBe('WORKER.AMI_NOT_FOUND');
    const noAmi = setup({ WORKER_DEFAULT_AMI_IDS: '' });
    expect((await refusal(noAmi.provision({}))).code).toBe('WORKER.NO_AMI');
  });

  it('refuses a name the naming rule does not allow, whoever calls', async () => {
    const { provision } = setup();
    expect((await refusal(provision({ name: 'lab#1' }))).code).toBe('WORKER.NAME_INVALID');
  });
});
