import { createRootLogger, loggableUrl } from './logger.js';

function logged(write: (logger: ReturnType<typeof createRootLogger>) => void): Record<string, unknown> {
  const lines: string[] = [];
  write(createRootLogger('info', { write: (line: string) => void lines.push(line) }));
  return JSON.parse(lines[0] ?? '{}') as Record<string, unknown>;
}

describe('the root logger', () => {
  it('redacts secret fields at the top of a line and nested one or two levels deep', () => {
    const line = logged((l) =>
      l.warn({ password: 'top-pw', token: 'top-token', client_secret: 'top-cs', worker: { password: 'one-pw' }, err: { details: { licenseToken: 'two-lt', accessToken: 'two-at' } }, name: 'kept' }, 'msg'),
    );
    expect(JSON.stringify(line)).not.toMatch(/top-pw|top-token|top-cs|one-pw|two-lt|two-at/);
    expect(line).toMatchObject({ password: '[redacted]', token: '[redacted]', client_secret: '[redacted]', worker: { password: '[redacted]' }, err: { details: { licenseToken: '[redacted]', accessToken: '[redacted]' } }, name: 'kept', msg: 'msg' });
  });

  it('redacts request credentials', () => {
    const line = logged((l) => l.info({ req: { headers: { authorization: 'Bearer abc', cookie: 'ccm_session=s' } }, res: { headers: { 'set-cookie': 'ccm_session=s' } } }, 'request'));
    expect(JSON.stringify(line)).not.toMatch(/Bearer abc|ccm_session=s/);
  });
});

describe('loggableUrl', () => {
  it.each([
    ['/api/auth/callback?code=abc123&state=xyz&session_state=s1', '/api/auth/callback?code=[redacted]&state=[redacted]&session_state=s1'],
    ['/hook?access_token=t0k&client%5Fsecret=s3c&page=2', '/hook?access_token=[redacted]&client%5Fsecret=[redacted]&page=2'],
    ['/api/workers?status=running&page=1', '/api/workers?status=running&page=1'],
    ['/api/workers', '/api/workers'],
    ['/api/action-links/eyJ2IjoxfQ.c2lnbmF0dXJl', '/api/action-links/[redacted]'],
    ['/api/action-links/eyJ2IjoxfQ.c2lnbmF0dXJl?x=1', '/api/action-links/[redacted]?x=1'],
    ['/api/auth/login?returnTo=%2Fworkers', '/api/auth/login?returnTo=%2Fworkers'],
  ])('logs %s as %s', (url, expected) => {
    expect(loggableUrl(url)).toBe(expected);
  });
});
