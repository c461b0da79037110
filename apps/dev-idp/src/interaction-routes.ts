import { type Interaction, type KoaContextWithOIDC, type Middleware, type Next, type Provider, errors } from 'oidc-provider';
import { type Accounts } from './accounts.js';
import { type Realm } from './realm.js';
import { errorPage, loginPage, sendPage } from './pages.js';
import { readUrlEncodedForm } from './read-form.js';

const INTERACTION_PATH = /^\/interaction\/([A-Za-z0-9_-]+)(\/login)?$/;

// Keycloak's wording, so people (and tests) see the same messages on both.
const INVALID_CREDENTIALS = 'Invalid username or password.';
const ACCOUNT_DISABLED = 'Account is disabled, contact your administrator.';

/**
 * The login pages oidc-provider sends the browser to (`interactions.url`): GET shows the form,
 * POST `/login` checks the credentials against the realm and hands the result back to the provider.
 * Consent is never asked; grants are created in `loadExistingGrant` (see `grants.ts`).
 */
export function interactionRoutes(provider: Provider, realm: Realm, accounts: Accounts): Middleware {
  return async (ctx: KoaContextWithOIDC, next: Next) => {
    const match = INTERACTION_PATH.exec(ctx.path);
    if (!match) return next();
    const [, uid, loginSuffix] = match;
    ctx.set('cache-control', 'no-store');

    let interaction: Interaction;
    try {
      interaction = await provider.interactionDetails(ctx.req, ctx.res);
    } catch (err) {
      if (err instanceof errors.SessionNotFound) return expired(ctx);
      throw err;
    }
    if (interaction.uid !== uid) return expired(ctx);

    const clientId = String(interaction.params.client_id ?? '');
    const client = realm.clients.find((c) => c.clientId === clientId);
    const show = (status: number, username?: string, error?: string) => {
      sendPage(
        ctx,
        status,
        loginPage({
          realmName: realm.displayName,
          clientName: client?.name ?? clientId,
          action: `/interaction/${uid}/login`,
          username,
          error,
        }),
      );
    };

    if (ctx.method === 'GET' && !loginSuffix) {
      if (interaction.prompt.name === 'login') {
        const hint = typeof interaction.params.login_hint === 'string' ? interaction.params.login_hint : undefined;
        return show(200, hint);
      }
      // Only reachable if a grant could not be prepared up front; there is nothing to ask the user.
      const returnTo = await provider.interactionResult(ctx.req, ctx.res, { consent: {} }, { mergeWithLastSubmission: true });
      return seeOther(ctx, returnTo);
    }

    if (ctx.method === 'POST' && loginSuffix) {
      if (interaction.prompt.name !== 'login') return expired(ctx);
      const form = await readUrlEncodedForm(ctx.req);
      if (!form) {
        return sendPage(ctx, 400, errorPage({ title: 'Bad request', message: 'The sign-in form could not be read.' }));
      }
      const username = form.get('username') ?? '';
      const result = accounts.signIn(username, form.get('password') ?? '');
      if (!result.ok) {
        return show(200, username, result.reason === 'disabled' ? ACCOUNT_DISABLED : INVALID_CREDENTIALS);
      }
      const returnTo = await provider.interactionResult(
        ctx.req,
        ctx.res,
        { login: { accountId: result.user.id, acr: '1' } },
        { mergeWithLastSubmission: false },
      );
      return seeOther(ctx, returnTo);
    }

    ctx.set('allow', loginSuffix ? 'POST' : 'GET');
    sendPage(ctx, 405, errorPage({ title: 'Method not allowed', message: 'Use the sign-in form.' }));
  };
}

function expired(ctx: KoaContextWithOIDC): void {
  sendPage(
    ctx,
    400,
    errorPage({
      title: 'Your login attempt timed out',
      message: 'The sign-in session was not found or has expired. Go back to the application and sign in again.',
    }),
  );
}

function seeOther(ctx: KoaContextWithOIDC, location: string): void {
  ctx.status = 303;
  ctx.redirect(location);
}
