import { afterEach, describe, expect, it, vi } from 'vitest';
import { mockApi, problem } from '../test/mock-api';
import { USER_IDLE_AFTER_MS } from '../config/console';
import { api, BACKGROUND_HEADER, errorMessage, onUnauthorized } from './api-client';
import { isUserIdle, noteUserInput, watchUserInput } from './user-activity';

let mock: ReturnType<typeof mockApi>;
afterEach(() => {
  mock.restore();
  document.cookie = 'ccm_csrf=; expires=Thu, 01 Jan 1970 00:00:00 GMT';
});

describe('the API client', () => {
  it('sends the session’s CSRF token (the ccm_csrf cookie) with every write, and not with reads', async () => {
    document.cookie = 'ccm_csrf=abc123';
    mock = mockApi({ 'GET /workers': { data: {} }, 'POST /workers/:id/stop': { data: {} }, 'DELETE /workers/:id': { data: {} }, 'PATCH /workers/:id/tags': { data: {} } });
    await api.get('/workers');
    await api.post('/workers/w1/stop');
    await api.delete('/workers/w1');
    await api.patch('/workers/w1/tags', { set: {} });
    expect(mock.calls.map((c) => [c.method, c.headers['X-CSRF-Token']])).toEqual([
      ['get', undefined],
      ['post', 'abc123'],
      ['delete', 'abc123'],
      ['patch', 'abc123'],
    ]);
  });

  it('sends the token of the __Host-ccm_csrf cookie, the name the server uses behind https', async () => {
    // jsdom's page is plain http, where a browser refuses to store a __Host- cookie: read it as a browser on https would.
    const cookie = vi.spyOn(document, 'cookie', 'get').mockReturnValue('ccm_csrf=stale; __Host-ccm_csrf=host456');
    mock = mockApi({ 'POST /workers/:id/stop': { data: {} } });
    try {
      await api.post('/workers/w1/stop');
    } finally {
      cookie.mockRestore();
    }
    expect(mock.calls.map((c) => c.headers['X-CSRF-Token'])).toEqual(['host456']);
  });

  it('announces a 401 from any call (the session ended), but not from asking who is signed in', async () => {
    const heard: string[] = [];
    const stop = onUnauthorized((d) => heard.push(d));
    mock = mockApi({ 'GET /auth/me': problem(401, 'AUTH.UNAUTHENTICATED', 'Sign in.'), 'GET /workers': problem(401, 'AUTH.UNAUTHENTICATED', 'Your session has ended; sign in again.') });
    await expect(api.get('/auth/me')).rejects.toThrow();
    await expect(api.get('/workers')).rejects.toThrow();
    stop();
    expect(heard).toEqual(['Your session has ended; sign in again.']);
  });

  it('tells the user what the server said (the problem’s detail)', async () => {
    mock = mockApi({ 'POST /workers/:id/start': problem(409, 'WORKER.INVALID_TRANSITION', 'The worker is stopping; start it once it has stopped.') });
    const err = await api.post('/workers/w1/start').catch((e: unknown) => e);
    expect(errorMessage(err)).toBe('The worker is stopping; start it once it has stopped.');
  });
});

describe('reads made while nobody uses the console', () => {
  it('are marked as background, so they do not keep the session alive; writes and active reads are not', async () => {
    noteUserInput(Date.now() - USER_IDLE_AFTER_MS - 1000);
    mock = mockApi({ 'GET /workers': { data: {} }, 'POST /workers/:id/stop': { data: {} } });
    await api.get('/workers');
    await api.post('/workers/w1/stop');
    noteUserInput();
    await api.get('/workers');
    expect(mock.calls.map((c) => [c.method, c.headers[BACKGROUND_HEADER]])).toEqual([
      ['get', '1'],
      ['post', undefined],
      ['get', undefined],
    ]);
  });

  it('counts keys, pointers, wheels and touches as use', () => {
    noteUserInput(0);
    expect(isUserIdle(USER_IDLE_AFTER_MS + 1)).toBe(true);
    const stop = watchUserInput(window);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
    expect(isUserIdle()).toBe(false);
    stop();
  });
});
