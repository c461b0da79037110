import { Clock } from '#kernel';
import { loadConfig } from '../../../../config/app-config.js';
import { MemoryKeyValueStore } from '../../../../platform/kv/memory-key-value.store.js';
import { IdentityProvider, type ProviderTokens } from '../ports/identity-provider.port.js';
import { randomToken, SessionService } from './session.service.js';

class ManualClock extends Clock {
  constructor(public t = Date.parse('2026-11-25T10:00:00Z')) {
    super();
  }
  now(): Date {
    return new Date(this.t);
  }
  advance(minutes: number): void {
    this.t += minutes * 60_000;
  }
}

function tokens(clock: ManualClock, roles: string[], lifetimeMinutes = 5): ProviderTokens {
  return {
    accessToken: `at-${Math.random()}`,
    refreshToken: `rt-${Math.random()}`,
    idToken: 'id',
    accessTokenExpiresAt: clock.t + lifetimeMinutes * 60_000,
    claims: { sub: 'u1', preferred_username: 'ada', realm_access: { roles } },
  };
}

class FakeProvider extends IdentityProvider {
  refreshes = 0;
  refuse = false;
  roles = ['admin'];
  constructor(private readonly clock: ManualClock) {
    super();
  }
  async refresh(): Promise<ProviderTokens> {
    this.refreshes++;
    await new Promise((r) => setTimeout(r, 5));
    if (this.refuse) throw new Error('invalid_grant');
    return tokens(this.clock, this.roles);
  }
  newSignInChecks = () => Promise.reject(new Error('unused'));
  authorizationUrl = () => Promise.reject(new Error('unused'));
  exchangeCode = () => Promise.reject(new Error('unused'));
  endSessionUrl = () => Promise.resolve(undefined);
  jwksUri = () => Promise.resolve('');
  authorizationEndpoint = () => Promise.resolve('');
  tokenEndpoint = () => Promise.resolve('');
}

describe('SessionService', () => {
  const config = loadConfig({ MONGODB_URI: 'mongodb://x/y', OIDC_ISSUER_URL: 'http://idp', SESSION_IDLE_TIMEOUT_MINUTES: '30', SESSION_MAX_LIFETIME_MINUTES: '120' });
  let clock: ManualClock;
  let provider: FakeProvider;
  let sessions: SessionService;

  beforeEach(() => {
    clock = new ManualClock();
    provider = new FakeProvider(clock);
    sessions = new SessionService(new MemoryKeyValueStore(() => clock.t), provider, config, clock);
  });

  it('creates a session with the roles of the access token and a CSRF token', async () => {
    const { cookie, record, expiresAt } = await sessions.create(tokens(clock, ['manager', 'offline_access']));
    expect(cookie).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(record.user).toMatchObject({ username: 'ada', roles: ['manager'], kind: 'user' });
    expect(record.csrfToken).toBeTruthy();
    expect(expiresAt).toBe(clock.t + 30 * 60_000);
  });

  it('ends a session after the idle timeout', async () => {
    const { cookie } = await sessions.create(tokens(clock, ['user'], 60));
    clock.advance(29);
    expect(await sessions.resume(cookie, true)).toBeDefined();
    clock.advance(29);
    expect(await sessions.resume(cookie, true)).toBeDefined();
    clock.advance(31);
    expect(await sessions.resume(cookie, true)).toBeUndefined();
  });

  it('does not slide the idle timeout for status checks', async () => {
    const { cookie } = await sessions.create(tokens(clock, ['user'], 60));
    clock.advance(20);
    await sessions.resume(cookie, false);
    clock.advance(11);
    expect(await sessions.resume(cookie, false)).toBeUndefined();
  });

  it('ends a session at its absolute lifetime even when active', async () => {
    const { cookie } = await sessions.create(tokens(clock, ['user'], 600));
    for (let i = 0; i < 4; i++) {
      clock.advance(25);
      expect(await sessions.resume(cookie, true)).toBeDefined();
    }
    clock.advance(25); // 125 minutes > 120
    expect(await sessions.resume(cookie, true)).toBeUndefined();
  });

  it('refreshes the access token shortly before it expires and picks up changed roles', async () => {
    const { cookie } = await sessions.create(tokens(clock, ['user'], 5));
    provider.roles = ['admin'];
    clock.advance(4.5);
    const s = await sessions.resume(cookie, true);
    expect(provider.refreshes).toBe(1);
    expect(s?.record.user.roles).toEqual(['admin']);
  });

  it('shares one refresh between concurrent requests', async () => {
    const { cookie } = await sessions.create(tokens(clock, ['user'], 5));
    clock.advance(4.5);
    await Promise.all([sessions.resume(cookie, true), sessions.resume(cookie, true), sessions.resume(cookie, true)]);
    expect(provider.refreshes).toBe(1);
  });

  it('ends the session when the provider refuses to refresh', async () => {
    const { cookie } = await sessions.create(tokens(clock, ['user'], 5));
    provider.refuse = true;
    clock.advance(4.5);
    expect(await sessions.resume(cookie, true)).toBeUndefined();
    provider.refuse = false;
    expect(await sessions.resume(cookie, true)).toBeUndefined();
  });

  it('forgets a destroyed session', async () => {
    const { cookie } = await sessions.create(tokens(clock, ['user']));
    await sessions.destroy(cookie);
    expect(await sessions.resume(cookie, true)).toBeUndefined();
  });

  it('does not find a session by a guessed or altered cookie', async () => {
    const { cookie } = await sessions.create(tokens(clock, ['user']));
    // Flip the first character to another one from the alphabet: the result always differs.
    const altered = `${cookie[0] === 'A' ? 'B' : 'A'}${cookie.slice(1)}`;
    expect(altered).not.toBe(cookie);
    expect(await sessions.resume(altered, true)).toBeUndefined();
    expect(await sessions.resume(randomToken(), true)).toBeUndefined();
  });
});
