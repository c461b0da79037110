import { CookieJar, fetchWithCookies, loginThroughForm } from './oidc-login.js';

/** A browser-like client of the app: keeps cookies, follows the BFF sign-in through the provider's login form. */
export class BrowserSession {
  readonly jar = new CookieJar();

  constructor(readonly appUrl: string) {}

  /** Full sign-in: /api/auth/login -> provider login form -> /api/auth/callback -> returnTo. */
  async signIn(username: string, password: string, returnTo = '/'): Promise<{ finalLocation: string; callbackUrl: URL }> {
    const login = await this.fetch(`/api/auth/login?returnTo=${encodeURIComponent(returnTo)}`);
    if (login.status !== 302) throw new Error(`login answered ${login.status}: ${await login.text()}`);
    const callbackUrl = await loginThroughForm(new URL(login.headers.get('location')!), username, password);
    const callback = await fetchWithCookies(callbackUrl, this.jar);
    if (callback.status !== 303) throw new Error(`callback answered ${callback.status}: ${await callback.text()}`);
    return { finalLocation: callback.headers.get('location')!, callbackUrl };
  }

  fetch(path: string, init: RequestInit = {}): Promise<Response> {
    return fetchWithCookies(new URL(path, this.appUrl), this.jar, init);
  }

  csrfToken(): string | undefined {
    const header = this.jar.header(new URL('/', this.appUrl)) ?? '';
    return /(?:^|; )ccm_csrf=([^;]+)/.exec(header)?.[1];
  }

  /** A state-changing request as the console sends it (with the CSRF header). */
  send(method: string, path: string, body?: unknown, withCsrf = true): Promise<Response> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    const csrf = this.csrfToken();
    if (withCsrf && csrf) headers['x-csrf-token'] = csrf;
    return this.fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  }
}
