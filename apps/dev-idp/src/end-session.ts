import { type CookieOptions, type KoaContextWithOIDC } from 'oidc-provider';
import { logoutConfirmPage, sendPage, signedOutPage } from './pages.js';

/**
 * RP-initiated logout the Keycloak way: with a valid `id_token_hint` the session ends at once and
 * the browser goes straight back to `post_logout_redirect_uri` (oidc-provider would always ask
 * first); without one, the user confirms on a page.
 */
export function logoutSource(realmName: string, sessionCookie: CookieOptions) {
  return async (ctx: KoaContextWithOIDC, form: string): Promise<void> => {
    // oidc-provider has validated the hint (signature, audience, registered redirect URI) before calling us.
    if (!ctx.oidc.entities.IdTokenHint) {
      return sendPage(ctx, 200, logoutConfirmPage({ realmName, form }));
    }
    const { session, provider } = ctx.oidc;
    const { postLogoutRedirectUri, state } = session.state ?? {};
    // Mirrors oidc-provider's own confirm step: drop every grant of the session unless it outlives logout (offline_access).
    for (const [clientId, { grantId }] of Object.entries(session.authorizations ?? {})) {
      if (!grantId || session.authorizationFor(clientId)?.persistsLogout) continue;
      await Promise.all([
        provider.AccessToken.revokeByGrantId(grantId),
        provider.RefreshToken.revokeByGrantId(grantId),
        provider.AuthorizationCode.revokeByGrantId(grantId),
      ]);
      await (await provider.Grant.find(grantId))?.destroy();
    }
    await session.destroy();
    ctx.cookies.set(provider.cookieName('session'), null, sessionCookie);

    let target = ctx.oidc.urlFor('end_session_success');
    if (postLogoutRedirectUri) {
      const url = new URL(postLogoutRedirectUri);
      if (state !== undefined) url.searchParams.set('state', state);
      target = url.href;
    }
    ctx.status = 303;
    ctx.redirect(target);
  };
}

export function postLogoutSuccessSource(realmName: string) {
  return async (ctx: KoaContextWithOIDC): Promise<void> => sendPage(ctx, 200, signedOutPage({ realmName }));
}
