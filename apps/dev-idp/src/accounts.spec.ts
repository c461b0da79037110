import { Accounts } from './accounts.js';
import { parseRealm } from './realm.js';

const realm = parseRealm({
  realm: 'r',
  loginWithEmailAllowed: true,
  users: [
    { username: 'Alice', email: 'alice@example.test', credentials: [{ type: 'password', value: 'secret' }] },
    { username: 'bob', enabled: false, credentials: [{ type: 'password', value: 'bob' }] },
    { username: 'nopass' },
    { username: 'service-account-c', serviceAccountClientId: 'c' },
  ],
});
const accounts = new Accounts(realm);
const alice = realm.users[0];

describe('Accounts.signIn', () => {
  it.each([
    ['the username', 'alice', 'secret'],
    ['the username in another case and with spaces', '  ALICE ', 'secret'],
    ['the e-mail address', 'Alice@Example.test', 'secret'],
  ])('accepts %s with the right password', (_case, login, password) => {
    expect(accounts.signIn(login, password)).toEqual({ ok: true, user: alice });
  });

  it.each([
    ['a wrong password', 'alice', 'Secret'],
    ['an empty password', 'alice', ''],
    ['an unknown user', 'carol', 'secret'],
    ['a user without password credential', 'nopass', ''],
    ['a service account', 'service-account-c', ''],
  ])('refuses %s as invalid credentials', (_case, login, password) => {
    expect(accounts.signIn(login, password)).toEqual({ ok: false, reason: 'invalid-credentials' });
  });

  it('tells a disabled user so only after the right password', () => {
    expect(accounts.signIn('bob', 'wrong')).toEqual({ ok: false, reason: 'invalid-credentials' });
    expect(accounts.signIn('bob', 'bob')).toEqual({ ok: false, reason: 'disabled' });
  });

  it('does not accept e-mail addresses when the realm forbids them', () => {
    const strict = new Accounts(parseRealm({ realm: 'r', loginWithEmailAllowed: false, users: realm.users.slice(0, 1).map(() => ({
      username: 'alice',
      email: 'alice@example.test',
      credentials: [{ type: 'password', value: 'secret' }],
    })) }));
    expect(strict.signIn('alice@example.test', 'secret')).toEqual({ ok: false, reason: 'invalid-credentials' });
  });
});

describe('Accounts lookups', () => {
  it('finds people for sessions but not service accounts or disabled users', () => {
    expect(accounts.person(alice.id)).toBe(alice);
    expect(accounts.person(realm.users[1].id)).toBeUndefined();
    expect(accounts.person(realm.users[3].id)).toBeUndefined();
    expect(accounts.person('unknown')).toBeUndefined();
  });

  it('finds any user, service accounts included, by id', () => {
    expect(accounts.byId(realm.users[3].id)?.username).toBe('service-account-c');
  });
});
