import { TokenProvider } from './token-provider.js';
import { type CmlTokenStore, InMemoryCmlTokenStore } from './token-store.js';

describe('TokenProvider', () => {
  const clock = { now: 1_000_000 };
  const fresh = () => new TokenProvider(new InMemoryCmlTokenStore(() => clock.now), 60, () => clock.now);

  it('signs in once for concurrent callers and serves the cached token afterwards', async () => {
    const provider = fresh();
    let logins = 0;
    const login = async () => {
      logins += 1;
      await new Promise((r) => setTimeout(r, 10));
      return `token-${logins}`;
    };
    const tokens = await Promise.all([provider.current('k', login), provider.current('k', login), provider.current('k', login)]);
    expect(tokens).toEqual(['token-1', 'token-1', 'token-1']);
    expect(await provider.current('k', login)).toBe('token-1');
    expect(logins).toBe(1);
  });

  it('reads the store once for concurrent callers of one key', async () => {
    const store = new InMemoryCmlTokenStore(() => clock.now);
    await store.set('k', 'cached', 600);
    await store.set('other', 'cached-2', 600);
    let reads = 0;
    const counting: CmlTokenStore = { get: (key) => (reads++, store.get(key)), set: (k, t, s) => store.set(k, t, s), delete: (k) => store.delete(k) };
    const provider = new TokenProvider(counting, 60, () => clock.now);
    const login = () => Promise.reject(new Error('no sign-in expected'));
    expect(await Promise.all([provider.current('k', login), provider.current('k', login), provider.current('k', login), provider.current('other', login)])).toEqual(['cached', 'cached', 'cached', 'cached-2']);
    expect(reads).toBe(2);
    // Later calls are served from this process's memory: a collection cycle costs no Redis round trip per controller.
    await provider.current('k', login);
    expect(reads).toBe(2);
  });

  it('asks the store again once the remembered token is due, and after a 401 takes the token another replica stored', async () => {
    const store = new InMemoryCmlTokenStore(() => clock.now);
    let reads = 0;
    const counting: CmlTokenStore = { get: (key) => (reads++, store.get(key)), set: (k, t, s) => store.set(k, t, s), delete: (k) => store.delete(k) };
    const provider = new TokenProvider(counting, 60, () => clock.now);
    let logins = 0;
    const login = async () => `token-${++logins}`;
    expect(await provider.current('k', login)).toBe('token-1');
    expect(reads).toBe(1);
    // Another replica signed in again and stored its token; this one holds token-1 until it earns a 401.
    await store.set('k', 'token-from-elsewhere', 600);
    expect(await provider.current('k', login)).toBe('token-1');
    expect(await provider.replace('k', 'token-1', login)).toBe('token-from-elsewhere');
    expect(logins).toBe(1);
    // Remembered no longer than the store would keep it (the fallback TTL of an opaque token).
    clock.now += 61_000;
    await store.set('k', 'token-later', 600);
    expect(await provider.current('k', login)).toBe('token-later');
  });

  it('replaces a rejected token by signing in, but reuses a newer one another caller stored', async () => {
    const provider = fresh();
    let logins = 0;
    const login = async () => `token-${++logins}`;
    const first = await provider.current('k', login);
    const second = await provider.replace('k', first, login);
    expect(second).toBe('token-2');
    expect(await provider.replace('k', first, login)).toBe('token-2');
    expect(logins).toBe(2);
  });

  it('expires cached tokens after the fallback TTL of opaque tokens', async () => {
    const provider = fresh();
    let logins = 0;
    const login = async () => `token-${++logins}`;
    await provider.current('k', login);
    clock.now += 61_000;
    expect(await provider.current('k', login)).toBe('token-2');
  });

  it('keeps working when the store fails', async () => {
    const broken: CmlTokenStore = {
      get: () => Promise.reject(new Error('down')),
      set: () => Promise.reject(new Error('down')),
      delete: () => Promise.reject(new Error('down')),
    };
    const warnings: string[] = [];
    const provider = new TokenProvider(broken, 60, () => clock.now, { warn: (_d, m) => warnings.push(m) });
    expect(await provider.current('k', async () => 'token')).toBe('token');
    expect(warnings).toHaveLength(2);
  });
});
