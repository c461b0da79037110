import { CreateBucketCommand, GetObjectCommand } from '@aws-sdk/client-s3';
import { closeMotoClients, motoConfig, motoS3, uniqueRunId } from '../../../../../../../test/support/moto.js';
import { S3TopologyArchive } from './s3-topology-archive.adapter.js';

describe('S3TopologyArchive against moto', () => {
  let archive: S3TopologyArchive;
  let bucket: string;

  beforeAll(async () => {
    archive = new S3TopologyArchive(motoConfig(['us-east-1']));
    bucket = uniqueRunId('topo').toLowerCase();
    await motoS3().send(new CreateBucketCommand({ Bucket: bucket }));
  });

  afterAll(() => {
    archive.onApplicationShutdown();
    closeMotoClients();
  });

  it('stores a topology under its key and says where; storing it again replaces it', async () => {
    const key = 'cml-topologies/cml-a-w1/op1/BGP-lab1.yaml';
    await expect(archive.put('us-east-1', bucket, key, 'lab:\n  title: BGP\n')).resolves.toBe(`s3://${bucket}/${key}`);
    await archive.put('us-east-1', bucket, key, 'lab:\n  title: BGP v2\n');
    const stored = await motoS3().send(new GetObjectCommand({ Bucket: bucket, Key: key }));
    expect(await stored.Body!.transformToString()).toBe('lab:\n  title: BGP v2\n');
    expect(stored.ContentType).toBe('application/x-yaml');
  });

  it('fails with S3\'s own error for a bucket that does not exist', async () => {
    await expect(archive.put('us-east-1', `${bucket}-missing`, 'k.yaml', 'x')).rejects.toMatchObject({ name: 'NoSuchBucket' });
  });
});
