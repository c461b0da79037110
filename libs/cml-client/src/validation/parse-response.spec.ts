import { DomainError } from '#kernel';
import { systemStatsSchema, tokenSchema } from '../schemas/cml-responses.schema.js';
import { errorDescription, parseJsonBody, parseTextBody } from './parse-response.js';

const ctx = { controller: 'https://cml.example', operation: 'systemStats', method: 'GET', path: '/system_stats' };

function thrown(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (error) {
    return error as DomainError;
  }
  throw new Error('expected an error');
}

describe('response validation', () => {
  it('accepts a valid answer and keeps unknown fields', () => {
    const stats = parseJsonBody(ctx, JSON.stringify({ computes: {}, extra: 1 }), systemStatsSchema);
    expect(stats).toEqual({ computes: {}, extra: 1 });
  });

  it('defaults computes to {} when a controller omits them (the spec makes them optional)', () => {
    expect(parseJsonBody(ctx, '{}', systemStatsSchema).computes).toEqual({});
  });

  it('names the endpoint and the wrong fields for an unexpected shape', () => {
    const error = thrown(() => parseJsonBody(ctx, JSON.stringify({ all: { cpu: {}, memory: { total: '1', free: 0, used: 0 }, disk: { total: 1, free: 1, used: 0 } } }), systemStatsSchema));
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: 'CML.INVALID_RESPONSE', kind: 'upstream', details: { controller: 'https://cml.example', operation: 'systemStats', issues: [{ path: 'all.memory.total' }] } });
    expect(error.message).toContain('GET /system_stats');
    expect(error.message).toContain('all.memory.total');
  });

  it('reports a body that is not JSON', () => {
    expect(thrown(() => parseJsonBody(ctx, '{"truncated": [1', systemStatsSchema)).message).toContain('not JSON');
  });

  it('never puts the received value in the error (it could be a token)', () => {
    const error = thrown(() => parseJsonBody({ ...ctx, operation: 'authenticate' }, JSON.stringify({ token: 'secret-token-value' }), tokenSchema));
    expect(JSON.stringify({ message: error.message, details: error.details })).not.toContain('secret-token-value');
  });

  it('reads YAML text, unwraps a JSON string, and refuses JSON that is not a string', () => {
    expect(parseTextBody(ctx, 'lab:\n  title: x\n', 'text/plain')).toBe('lab:\n  title: x\n');
    expect(parseTextBody(ctx, JSON.stringify('lab: {}\n'), 'application/json')).toBe('lab: {}\n');
    expect(thrown(() => parseTextBody(ctx, '{"a":1}', 'application/json')).code).toBe('CML.INVALID_RESPONSE');
  });

  it('extracts CML descriptions and strips HTML from other error pages', () => {
    expect(errorDescription('{"code":400,"description":"Lab is running"}')).toBe('Lab is running');
    expect(errorDescription('<html><title>502 Bad Gateway</title></html>')).toBe('502 Bad Gateway');
  });

  it('redacts what the request carried, and anything token-like, from an echoed error', () => {
    const password = 'pa55/"word"';
    const body = JSON.stringify({ code: 403, description: `Authentication failed! (got ${JSON.stringify({ username: 'u', password })}, ${encodeURIComponent(password)})` });
    expect(errorDescription(body, [password])).toBe('Authentication failed! (got {"username":"u","password":"[redacted]"}, [redacted])');
    const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJlLW9mLWEtdG9rZW4';
    expect(errorDescription(JSON.stringify({ code: 500, description: `failed: authorization=Bearer opaque-token-0123456789abcdef; old ${jwt}` }))).toBe('failed: authorization=Bearer [redacted]; old [redacted]');
    expect(errorDescription('{"code":400,"description":"Bearer tokens are required"}')).toBe('Bearer tokens are required');
  });

  it('redacts before cutting a long error page, so no piece of a secret is left at the cut', () => {
    const secret = 'secret-value-cut-in-two-0123456789';
    const page = `<html>${'x'.repeat(180)} ${secret}</html>`;
    const described = errorDescription(page, [secret]);
    expect(described).toContain('[redacted]');
    expect(described).not.toContain(secret.slice(0, 6));
  });
});
