import { type Grant, type KoaContextWithOIDC } from 'oidc-provider';

/**
 * `loadExistingGrant`: Keycloak never asks its first-party clients for consent, so every
 * authorization request is granted what it asks for (within the client's allowed scopes, which
 * oidc-provider has already checked) and the consent prompt never triggers.
 */
export async function loadOrCreateGrant(ctx: KoaContextWithOIDC): Promise<Grant | undefined> {
  const { client, session, provider } = ctx.oidc;
  if (!client || !session.accountId) return undefined;
  const grantId = ctx.oidc.result?.consent?.grantId ?? session.grantIdFor(client.clientId);
  const existing = grantId ? await provider.Grant.find(grantId) : undefined;
  // A grant left from another user in the same browser must not be reused.
  const grant =
    existing && existing.accountId === session.accountId
      ? existing
      : new provider.Grant({ clientId: client.clientId, accountId: session.accountId });

  const requested = ctx.oidc.requestParamScopes;
  const oidcScopes = [...ctx.oidc.requestParamOIDCScopes];
  if (oidcScopes.length) grant.addOIDCScope(oidcScopes.join(' '));
  for (const [identifier, server] of Object.entries(ctx.oidc.resourceServers)) {
    const scopes = [...requested].filter((scope) => server.scopes.has(scope));
    if (scopes.length) grant.addResourceScope(identifier, scopes.join(' '));
  }
  await grant.save();
  return grant;
}
