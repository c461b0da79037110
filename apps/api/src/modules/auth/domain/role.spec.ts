import { actorOf, identityFromClaims } from './identity.js';
import { hasRole, highestRole, rolesFromClaims } from './role.js';

describe('roles', () => {
  it.each([
    [['admin'], 'user', true],
    [['admin'], 'manager', true],
    [['admin'], 'admin', true],
    [['manager'], 'user', true],
    [['manager'], 'manager', true],
    [['manager'], 'admin', false],
    [['user'], 'user', true],
    [['user'], 'manager', false],
    [[], 'user', false],
  ] as const)('%j satisfies %s: %s', (roles, required, expected) => {
    expect(hasRole([...roles], required)).toBe(expected);
  });

  it('takes realm roles and the roles of the named clients, ignoring everything else', () => {
    const claims = {
      realm_access: { roles: ['offline_access', 'user', 'default-roles-cml-cloud-manager'] },
      resource_access: { 'cml-cloud-manager': { roles: ['manager'] }, account: { roles: ['admin', 'manage-account'] } },
    };
    expect(rolesFromClaims(claims, ['cml-cloud-manager'])).toEqual(['user', 'manager']);
    expect(highestRole(['user', 'manager'])).toBe('manager');
  });

  it('tolerates tokens without role claims', () => {
    expect(rolesFromClaims({}, ['x'])).toEqual([]);
    expect(rolesFromClaims({ realm_access: 'nope', resource_access: 7 }, ['x'])).toEqual([]);
  });
});

describe('identityFromClaims', () => {
  it('recognises a Keycloak service account and names it by its client id', () => {
    const id = identityFromClaims(
      { sub: 'e2d8', azp: 'cml-automation-admin', preferred_username: 'service-account-cml-automation-admin', realm_access: { roles: ['admin'] }, exp: 1_800_000_000 },
      'bearer',
      [],
    );
    expect(id).toMatchObject({ kind: 'service', id: 'cml-automation-admin', username: 'cml-automation-admin', roles: ['admin'] });
    expect(actorOf(id)).toEqual({ kind: 'service', id: 'cml-automation-admin', name: 'cml-automation-admin' });
  });

  it('describes a user by subject and username', () => {
    const id = identityFromClaims({ sub: 'u-1', preferred_username: 'ada', name: 'Ada Admin', email: 'ada@example.test', exp: 1_800_000_000 }, 'session', []);
    expect(id).toMatchObject({ kind: 'user', id: 'u-1', username: 'ada', name: 'Ada Admin', email: 'ada@example.test', roles: [], via: 'session', expiresAt: '2027-01-15T08:00:00.000Z' });
    expect(id).not.toHaveProperty('groups');
  });

  it('keeps the groups claim as plain group names (what owner `group:<name>` matches)', () => {
    const id = identityFromClaims({ sub: 'u-2', preferred_username: 'bea', groups: ['/ccna-teachers', 'lab-admins', 7], exp: 1_800_000_000 }, 'bearer', []);
    expect(id.groups).toEqual(['ccna-teachers', 'lab-admins']);
  });
});
