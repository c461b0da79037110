import { DemoEc2 } from './demo-ec2.js';
import { DemoSeedError, isLoopbackUrl } from './http.js';

describe('isLoopbackUrl', () => {
  it.each([
    ['http://127.0.0.1:5055', true],
    ['http://localhost:5055/', true],
    ['https://127.1.2.3', true],
    ['http://[::1]:5055', true],
    ['https://ec2.us-east-1.amazonaws.com', false],
    ['http://10.0.0.5:5055', false],
    ['http://127.0.0.1.example.com', false],
    ['ftp://127.0.0.1', false],
    ['127.0.0.1:5055', false],
  ])('%s -> %s', (url, expected) => {
    expect(isLoopbackUrl(url)).toBe(expected);
  });
});

describe('DemoEc2', () => {
  it('refuses an endpoint that could be a real AWS account before any call', () => {
    expect(() => new DemoEc2('https://ec2.us-east-1.amazonaws.com')).toThrow(DemoSeedError);
    expect(() => new DemoEc2('https://ec2.us-east-1.amazonaws.com')).toThrow(/only writes to a local AWS stand-in/);
  });
});
