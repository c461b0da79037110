import { regionOfRequest } from './regional-moto.js';

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
