import { signatureHeader, verifySignature } from './webhook-signature.js';

describe('webhook signatures', () => {
  const secret = 'a-secret-of-enough-length';
  const body = '{"kind":"stop-warning"}';

  it('is HMAC-SHA256 of "<timestamp>.<body>", hex, with the timestamp (a known vector)', () => {
    // echo -n '1764770100.{"kind":"stop-warning"}' | openssl dgst -sha256 -hmac a-secret-of-enough-length
    expect(signatureHeader(secret, 1764770100, body)).toBe('t=1764770100,v1=98578469ab12e7e0e0a9c263d14534cc10a5f3e1a3e06ee4ff62f00dd3c5b692');
  });

  it.each([
    ['the signature it made', (h: string) => h, body, secret, 1764770100 + 10, true],
    ['a changed body', (h: string) => h, '{"kind":"start-failed"}', secret, 1764770100, false],
    ['another secret', (h: string) => h, body, 'another-secret-entirely', 1764770100, false],
    ['a replay after the tolerance', (h: string) => h, body, secret, 1764770100 + 301, false],
    ['a changed timestamp', (h: string) => h.replace('t=1764770100', 't=1764770101'), body, secret, 1764770100, false],
    ['garbage', () => 'nonsense', body, secret, 1764770100, false],
  ])('verifies: %s -> %s', (_, tamper, b, s, now, expected) => {
    const header = tamper(signatureHeader(secret, 1764770100, body));
    expect(verifySignature(s, header, b, now)).toBe(expected);
  });
});
