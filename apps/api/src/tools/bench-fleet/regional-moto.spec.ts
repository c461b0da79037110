import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRegionRouter, regionOfRequest } from './regional-moto.js';

describe('regionOfRequest', () => {
  it('reads the region from the SigV4 credential scope of the Authorization header', () => {
    const authorization = 'AWS4-HMAC-SHA256 Credential=ASIAEXAMPLE/20261125/us-west-2/ec2/aws4_request, SignedHeaders=host;x-amz-date, Signature=abc';
    expect(regionOfRequest({ authorization }, '/')).toBe('us-west-2');
  });

  it('reads it from a presigned query string', () => {
    expect(regionOfRequest({}, '/?X-Amz-Credential=AKID%2F20261125%2Feu-central-1%2Fsts%2Faws4_request')).toBe('eu-central-1');
  });

  it('says nothing for an unsigned request', () => {
    expect(regionOfRequest({}, '/moto-api/data.json')).toBeUndefined();
  });
});

describe('createRegionRouter', () => {
  const servers: Server[] = [];
  afterAll(async () => {
    for (const s of servers) await new Promise((done) => s.close(done));
  });

  async function listen(server: Server): Promise<string> {
    servers.push(server);
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  it("sends each signed request to its region's backend, the rest to the first region's", async () => {
    const backend = (name: string) => createServer((req, res) => res.end(`${name} ${req.method} ${req.url}`));
    const east = await listen(backend('east'));
    const west = await listen(backend('west'));
    const router = await listen(createRegionRouter(new Map([['us-east-1', east], ['us-west-2', west]])));
    const signed = (region: string) => ({ authorization: `AWS4-HMAC-SHA256 Credential=AKID/20261125/${region}/ec2/aws4_request, SignedHeaders=host, Signature=0` });
    expect(await (await fetch(`${router}/?Action=DescribeInstances`, { method: 'POST', headers: signed('us-west-2') })).text()).toBe('west POST /?Action=DescribeInstances');
    expect(await (await fetch(`${router}/`, { headers: signed('us-east-1') })).text()).toBe('east GET /');
    expect(await (await fetch(`${router}/moto-api/data.json`)).text()).toBe('east GET /moto-api/data.json');
  });
});
