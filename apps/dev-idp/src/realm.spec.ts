import { fileURLToPath } from 'node:url';
import { loadRealm, parseRealm, RealmFileError, stableUserId } from './realm.js';

const REPO_REALM = fileURLToPath(new URL('../../../keycloak/cml-cloud-manager-realm.json', import.meta.url));

describe('loadRealm (the repository realm export)', () => {
  it('reads the realm settings Keycloak uses for tokens and sessions', async () => {
    const realm = await loadRealm(REPO_REALM);
    expect(realm).toMatchObject({
      name: 'cml-cloud-manager',
      displayName: 'CML Cloud Manager',
      accessTokenLifespan: 300,
      ssoSessionIdleTimeout: 1800,
      ssoSessionMaxLifespan: 36000,
      loginWithEmailAllowed: true,
      defaultRoleName: 'default-roles-cml-cloud-manager',
    });
  });

  it('reads the web client with its secret, PKCE method, audience and split post-logout URIs', async () => {
    const web = (await loadRealm(REPO_REALM)).clients.find((c) => c.clientId === 'cml-cloud-manager-web')!;
    expect(web).toMatchObject({
      secret: 'dev-web-secret-change-me',
      publicClient: false,
      standardFlowEnabled: true,
      serviceAccountsEnabled: false,
      pkceMethod: 'S256',
      accessTokenAudiences: ['cml-cloud-manager'],
    });
    expect(web.redirectUris).toContain('http://127.0.0.1:8030/api/auth/callback');
    expect(web.postLogoutRedirectUris).toHaveLength(22);
    expect(web.postLogoutRedirectUris).toContain('http://127.0.0.1:8030/*');
    expect(web.optionalClientScopes).toEqual(['offline_access']);
  });

  it('reads the public Swagger client and the three service-account clients', async () => {
    const clients = (await loadRealm(REPO_REALM)).clients;
    expect(clients.find((c) => c.clientId === 'cml-cloud-manager-swagger')).toMatchObject({ publicClient: true, secret: undefined });
    const automation = clients.filter((c) => c.serviceAccountsEnabled).map((c) => c.clientId);
    expect(automation).toEqual(['cml-automation-admin', 'cml-automation-manager', 'cml-automation-viewer']);
  });

  it('reads users with their passwords and roles, and service-account users without a password', async () => {
    const users = (await loadRealm(REPO_REALM)).users;
    expect(users.find((u) => u.username === 'admin')).toMatchObject({
      password: 'admin',
      email: 'admin@example.test',
      emailVerified: true,
      firstName: 'Ada',
      lastName: 'Admin',
      realmRoles: ['default-roles-cml-cloud-manager', 'admin'],
    });
    expect(users.find((u) => u.username === 'guest')?.realmRoles).toEqual(['default-roles-cml-cloud-manager']);
    expect(users.find((u) => u.username === 'service-account-cml-automation-admin')).toMatchObject({
      password: undefined,
      serviceAccountClientId: 'cml-automation-admin',
    });
  });
});

describe('parseRealm', () => {
  it('applies Keycloak defaults to fields the export leaves out', () => {
    const realm = parseRealm({ realm: 'r', clients: [{ clientId: 'c', publicClient: true }], users: [{ username: 'Bob' }] });
    expect(realm.accessTokenLifespan).toBe(300);
    expect(realm.clients[0]).toMatchObject({
      standardFlowEnabled: true,
      defaultClientScopes: ['web-origins', 'acr', 'profile', 'roles', 'basic', 'email'],
      optionalClientScopes: [],
      accessTokenAudiences: [],
      postLogoutRedirectUris: [],
    });
    expect(realm.users[0]).toMatchObject({ username: 'bob', enabled: true, emailVerified: false, password: undefined });
  });

  it('expands "+" in post-logout redirect URIs and web origins from the redirect URIs', () => {
    const realm = parseRealm({
      realm: 'r',
      clients: [
        {
          clientId: 'c',
          secret: 's',
          redirectUris: ['http://127.0.0.1:1/cb'],
          webOrigins: ['+'],
          attributes: { 'post.logout.redirect.uris': '+##http://127.0.0.1:2/*' },
        },
      ],
    });
    expect(realm.clients[0].postLogoutRedirectUris).toEqual(['http://127.0.0.1:1/cb', 'http://127.0.0.1:2/*']);
    expect(realm.clients[0].webOrigins).toEqual(['http://127.0.0.1:1']);
  });

  it('leaves out disabled and bearer-only clients', () => {
    const realm = parseRealm({
      realm: 'r',
      clients: [
        { clientId: 'off', enabled: false, publicClient: true },
        { clientId: 'bearer', bearerOnly: true, secret: 's' },
        { clientId: 'on', publicClient: true },
      ],
    });
    expect(realm.clients.map((c) => c.clientId)).toEqual(['on']);
  });

  it.each([
    ['no realm name', { clients: [] }, /realm/],
    ['a confidential client without secret', { realm: 'r', clients: [{ clientId: 'c' }] }, /needs a secret/],
    ['duplicate usernames', { realm: 'r', users: [{ username: 'a' }, { username: 'A' }] }, /duplicate username a/],
    ['a user without username', { realm: 'r', users: [{ email: 'x@y' }] }, /users\.0\.username/],
  ])('refuses an export with %s', (_case, json, problem) => {
    expect(() => parseRealm(json, 'realm.json')).toThrow(RealmFileError);
    expect(() => parseRealm(json, 'realm.json')).toThrow(problem);
  });

  it('refuses a file that is not JSON, naming the file', async () => {
    await expect(loadRealm(fileURLToPath(import.meta.url))).rejects.toThrow(/invalid Keycloak realm file .*realm\.spec\.ts/);
  });
});

describe('stableUserId', () => {
  it('is a UUID that depends only on realm and (case-insensitive) username', () => {
    const id = stableUserId('cml-cloud-manager', 'admin');
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(stableUserId('cml-cloud-manager', 'ADMIN')).toBe(id);
    expect(stableUserId('cml-cloud-manager', 'manager')).not.toBe(id);
    expect(stableUserId('other-realm', 'admin')).not.toBe(id);
  });

  it('prefers the id the export gives', () => {
    const realm = parseRealm({ realm: 'r', users: [{ id: 'fixed-id', username: 'a' }] });
    expect(realm.users[0].id).toBe('fixed-id');
  });
});
