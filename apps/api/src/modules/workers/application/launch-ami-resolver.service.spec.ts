import { FakeEc2 } from '../../../../../../test/support/fake-ec2.js';
import { loadConfig } from '../../../config/app-config.js';
import { LaunchAmiResolver } from './launch-ami-resolver.service.js';

const OLD = { imageId: 'ami-00000000000000001', name: 'cml-2.9.0-build-3', creationDate: '2026-10-01T00:00:00.000Z' };
const NEW = { imageId: 'ami-00000000000000002', name: 'cml-2.9.1-build-4', creationDate: '2026-11-01T00:00:00.000Z' };
const OTHER = { imageId: 'ami-00000000000000003', name: 'ubuntu-24.04', creationDate: '2026-11-20T00:00:00.000Z' };

function resolver(env: Record<string, string> = {}) {
  const config = loadConfig({ MONGODB_URI: 'mongodb://127.0.0.1:1/x', OIDC_ISSUER_URL: 'http://127.0.0.1:1/realms/x', AWS_REGIONS: 'us-east-1,us-west-2', ...env });
  const ec2 = new FakeEc2();
  ec2.images.set('us-east-1', [OLD, NEW, OTHER]);
  ec2.images.set('us-west-2', [OLD]);
  return new LaunchAmiResolver(ec2, config);
}

describe('LaunchAmiResolver', () => {
  it.each([
    ['the AMI id asked for', {}, { amiId: OLD.imageId }, OLD, 'ami-id', undefined],
    ['the newest AMI named like the pattern asked for', {}, { amiName: 'cml-2.9*' }, NEW, 'ami-name', 'cml-2.9*'],
    ['the region default id', { WORKER_DEFAULT_AMI_IDS: `us-east-1=${OLD.imageId}`, WORKER_DEFAULT_AMI_NAME: 'cml-*' }, {}, OLD, 'region-default-id', undefined],
    ['the newest AMI named like the default pattern', { WORKER_DEFAULT_AMI_IDS: `us-west-2=${OLD.imageId}`, WORKER_DEFAULT_AMI_NAME: 'cml-*' }, {}, NEW, 'default-name', 'cml-*'],
    ['the asked-for name over the region default id', { WORKER_DEFAULT_AMI_IDS: `us-east-1=${OLD.imageId}` }, { amiName: 'cml-2.9.1*' }, NEW, 'ami-name', 'cml-2.9.1*'],
  ])('takes %s', async (_label, env, criteria, image, chosenBy, namePattern) => {
    const resolved = await resolver(env).resolve('us-east-1', criteria);
    expect(resolved).toEqual({ image, chosenBy, ...(namePattern ? { namePattern } : {}) });
  });

  it('refuses a region without any default with WORKER.NO_AMI (400)', async () => {
    await expect(resolver().resolve('us-east-1')).rejects.toMatchObject({ code: 'WORKER.NO_AMI', kind: 'invalid' });
  });

  it('refuses an AMI that does not exist, or a pattern nothing matches, with WORKER.AMI_NOT_FOUND (422)', async () => {
    await expect(resolver().resolve('us-east-1', { amiId: 'ami-0000000000000dead' })).rejects.toMatchObject({ code: 'WORKER.AMI_NOT_FOUND', kind: 'unprocessable', message: 'AMI ami-0000000000000dead does not exist in us-east-1.' });
    await expect(resolver().resolve('us-west-2', { amiName: 'cml-3*' })).rejects.toMatchObject({ code: 'WORKER.AMI_NOT_FOUND', message: 'No AMI named like "cml-3*" is visible in us-west-2 (owners: self).' });
  });
});
