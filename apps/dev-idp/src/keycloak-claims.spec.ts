import { fileURLToPath } from 'node:url';
import {
  accessTokenClaims,
  effectiveRoles,
  effectiveScopes,
  identityClaims,
  scopeClaim,
  serviceAccountUser,
} from './keycloak-claims.js';
import { loadRealm, parseRealm, type Realm, type RealmUser } from './realm.js';

const REPO_REALM = fileURLToPath(new URL('../../../keycloak/cml-cloud-manager-realm.json', import.meta.url));
const ACCOUNT_ROLES = ['manage-account', 'manage-account-links', 'view-profile'];

let realm: Realm;
const user = (name: string): RealmUser => realm.users.find((u) => u.username === name)!;
const client = (id: string) => realm.clients.find((c) => c.clientId === id)!;

beforeAll(async () => {
  realm = await loadRealm(REPO_REALM);
});

describe('effectiveRoles', () => {
  it.each([
    ['admin', 'admin'],
    ['manager', 'manager'],
    ['user', 'user'],
  ])('gives %s the %s role plus what Keycloak adds through the default role', (name, role) => {
    const roles = effectiveRoles(realm, user(name));
    expect([...roles.realm].sort()).toEqual(['default-roles-cml-cloud-manager', 'offline_access', 'uma_authorization', role].sort());
    expect(roles.client).toEqual({ account: ACCOUNT_ROLES });
  });

  it('gives a guest only the default roles', () => {
    expect([...effectiveRoles(realm, user('guest')).realm].sort()).toEqual([
      'default-roles-cml-cloud-manager',
      'offline_access',
      'uma_authorization',
    ]);
  });

  it('gives nothing extra to a user without the default role', () => {
    expect(effectiveRoles(realm, { realmRoles: ['admin'], clientRoles: {} })).toEqual({ realm: ['admin'], client: {} });
  });

  it('expands composites declared in the export, recursively and without looping', () => {
    const custom = parseRealm({
      realm: 'r',
      roles: {
        realm: [
          { name: 'ops', composites: { realm: ['reader', 'ops'], client: { api: ['write'] } } },
          { name: 'reader', composites: { realm: ['viewer'] } },
        ],
        client: { api: [{ name: 'write', composites: { client: { api: ['read'] } } }] },
      },
    });
    const roles = effectiveRoles(custom, { realmRoles: ['ops'], clientRoles: {} });
    expect([...roles.realm].sort()).toEqual(['ops', 'reader', 'viewer']);
    expect(roles.client).toEqual({ api: ['read', 'write'] });
  });

  it('lets the export redefine the default role', () => {
    const custom = parseRealm({ realm: 'r', roles: { realm: [{ name: 'default-roles-r', composites: { realm: ['user'] } }] } });
    expect(effectiveRoles(custom, { realmRoles: ['default-roles-r'], clientRoles: {} })).toEqual({
      realm: ['default-roles-r', 'user'],
      client: {},
    });
  });
});

describe('client scopes', () => {
  it.each([
    ['the web client, openid profile email', 'cml-cloud-manager-web', 'openid profile email', 'openid email profile'],
    ['the web client, only openid (default scopes still apply)', 'cml-cloud-manager-web', 'openid', 'openid email profile'],
    ['the web client with offline_access', 'cml-cloud-manager-web', 'openid offline_access', 'openid email offline_access profile'],
    ['a service account asking for nothing', 'cml-automation-admin', '', 'email profile'],
    ['the Swagger client asking for offline_access, which it lacks', 'cml-cloud-manager-swagger', 'openid offline_access', 'openid email profile'],
  ])('%s gives scope "%s"', (_case, clientId, requested, expected) => {
    expect(scopeClaim(effectiveScopes(client(clientId), requested.split(' ').filter(Boolean)))).toBe(expected);
  });

  it('ignores requested scopes the client has neither by default nor optionally', () => {
    const scopes = effectiveScopes(client('cml-cloud-manager-web'), ['openid', 'phone', 'made-up']);
    expect(scopes.has('phone')).toBe(false);
    expect(scopes.has('made-up')).toBe(false);
  });
});

describe('identityClaims', () => {
  it('returns profile and email claims for the scopes asked', () => {
    expect(identityClaims(user('admin'), new Set(['profile', 'email']))).toEqual({
      name: 'Ada Admin',
      given_name: 'Ada',
      family_name: 'Admin',
      preferred_username: 'admin',
      email: 'admin@example.test',
      email_verified: true,
    });
    expect(identityClaims(user('admin'), new Set(['email']))).toEqual({ email: 'admin@example.test', email_verified: true });
    expect(identityClaims(user('admin'), new Set(['openid']))).toEqual({});
  });

  it('leaves out names and e-mail the user does not have', () => {
    expect(identityClaims(serviceAccountUser(realm, 'cml-automation-viewer'), new Set(['profile', 'email']))).toEqual({
      preferred_username: 'service-account-cml-automation-viewer',
      email_verified: false,
    });
  });
});

describe('accessTokenClaims', () => {
  const standard = { iss: 'http://127.0.0.1:8033', iat: 1000, exp: 1300, jti: 'jti-1' };

  it('shapes a user token like Keycloak: audiences, azp, roles, profile, session', () => {
    const claims = accessTokenClaims({
      ...standard,
      realm,
      client: client('cml-cloud-manager-web'),
      subject: user('manager'),
      serviceAccount: false,
      grantedScope: 'openid profile email',
      sid: 'session-1',
      authTime: 990,
    });
    expect(claims).toEqual({
      ...standard,
      auth_time: 990,
      aud: ['cml-cloud-manager', 'account'],
      sub: user('manager').id,
      typ: 'Bearer',
      azp: 'cml-cloud-manager-web',
      sid: 'session-1',
      acr: '1',
      'allowed-origins': client('cml-cloud-manager-web').webOrigins,
      realm_access: { roles: expect.arrayContaining(['manager', 'default-roles-cml-cloud-manager', 'offline_access', 'uma_authorization']) },
      resource_access: { account: { roles: ACCOUNT_ROLES } },
      scope: 'openid email profile',
      email_verified: true,
      email: 'manager@example.test',
      name: 'Max Manager',
      preferred_username: 'manager',
      given_name: 'Max',
      family_name: 'Manager',
    });
    expect(claims).not.toHaveProperty('client_id');
  });

  it('shapes a service-account token like Keycloak, plus client_id', () => {
    const subject = serviceAccountUser(realm, 'cml-automation-manager');
    const claims = accessTokenClaims({ ...standard, realm, client: client('cml-automation-manager'), subject, serviceAccount: true, sid: 'ignored', authTime: 1 });
    expect(claims).toEqual({
      ...standard,
      aud: ['cml-cloud-manager', 'account'],
      sub: subject.id,
      typ: 'Bearer',
      azp: 'cml-automation-manager',
      acr: '1',
      realm_access: { roles: expect.arrayContaining(['manager', 'default-roles-cml-cloud-manager', 'offline_access', 'uma_authorization']) },
      resource_access: { account: { roles: ACCOUNT_ROLES } },
      scope: 'email profile',
      email_verified: false,
      preferred_username: 'service-account-cml-automation-manager',
      client_id: 'cml-automation-manager',
    });
  });

  it('leaves out role claims when the client lacks the roles scope', () => {
    const bare = parseRealm({ realm: 'r', clients: [{ clientId: 'c', secret: 's', defaultClientScopes: ['profile'] }] });
    const claims = accessTokenClaims({
      ...standard,
      realm: bare,
      client: bare.clients[0],
      subject: serviceAccountUser(bare, 'c'),
      serviceAccount: true,
    });
    expect(claims).not.toHaveProperty('realm_access');
    expect(claims).not.toHaveProperty('resource_access');
    expect(claims.aud).toEqual([]);
  });
});

describe('serviceAccountUser', () => {
  it('finds the service-account user of the export', () => {
    expect(serviceAccountUser(realm, 'cml-automation-admin')).toBe(user('service-account-cml-automation-admin'));
  });

  it('makes one with the default role when the export has none, as Keycloak does', () => {
    const made = serviceAccountUser(realm, 'new-client');
    expect(made).toMatchObject({ username: 'service-account-new-client', realmRoles: ['default-roles-cml-cloud-manager'] });
    expect(serviceAccountUser(realm, 'new-client').id).toBe(made.id);
  });
});
