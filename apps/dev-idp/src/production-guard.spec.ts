import { assertMayStart, DevIdpRefusedError, envFlag } from './production-guard.js';

describe('assertMayStart', () => {
  it.each([undefined, '', 'development', 'test', 'prod'])('starts with NODE_ENV=%s', (env) => {
    expect(() => assertMayStart(env, false)).not.toThrow();
  });

  it.each(['production', 'Production', ' production '])('refuses NODE_ENV=%j with a message naming the way out', (env) => {
    expect(() => assertMayStart(env, false)).toThrow(DevIdpRefusedError);
    expect(() => assertMayStart(env, false)).toThrow(/DEV_IDP_ALLOW_PRODUCTION=true/);
  });

  it('starts in production when explicitly allowed', () => {
    expect(() => assertMayStart('production', true)).not.toThrow();
  });
});

describe('envFlag', () => {
  it.each([
    ['true', true],
    ['TRUE', true],
    ['1', true],
    ['yes', true],
    ['false', false],
    ['0', false],
    ['', false],
    [undefined, false],
    ['on', false],
  ])('%j -> %s', (value, expected) => {
    expect(envFlag(value)).toBe(expected);
  });
});
