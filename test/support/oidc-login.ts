/**
 * Drives an OpenID Connect login page over plain HTTP, the way a browser without JavaScript would:
 * follow redirects by hand, keep cookies, fill in the login form and submit it.
 *
 * It works against Keycloak's login page and the embedded development identity provider
 * (apps/dev-idp), which both render `<form id="kc-form-login">` with `username`, `password` and a
 * `login` submit button. Keycloak HTML-escapes the form action (`&amp;` between query parameters)
 * and relies on cookies (AUTH_SESSION_ID, KC_RESTART, ...) scoped to the realm path; both are handled.
 */

const MAX_HOPS = 20;
const LOGIN_FORM_ID = 'kc-form-login';

interface StoredCookie {
  name: string;
  value: string;
  domain: string;
  hostOnly: boolean;
  path: string;
  expiresAt?: number;
}

/** A minimal cookie store: domain, path and expiry matching, enough for login pages. */
export class CookieJar {
  readonly #cookies = new Map<string, StoredCookie>();

  /** Keeps the cookies that `response` (an answer to a request for `url`) sets. */
  store(url: URL, response: Response): void {
    for (const header of response.headers.getSetCookie()) {
      const cookie = parseSetCookie(header, url);
      if (!cookie) continue;
      const key = `${cookie.domain};${cookie.path};${cookie.name}`;
      if (cookie.expiresAt !== undefined && cookie.expiresAt <= Date.now()) {
        this.#cookies.delete(key);
      } else {
        this.#cookies.set(key, cookie);
      }
    }
  }

  /** The `Cookie` header a browser would send to `url`, or undefined when there is none. */
  header(url: URL): string | undefined {
    const now = Date.now();
    const host = url.hostname.toLowerCase();
    const matching = [...this.#cookies.values()]
      .filter((c) => c.expiresAt === undefined || c.expiresAt > now)
      .filter((c) => (c.hostOnly ? host === c.domain : host === c.domain || host.endsWith(`.${c.domain}`)))
      .filter((c) => pathMatches(url.pathname, c.path))
      // Browsers send the most specific path first; servers that read the first value depend on it.
      .sort((a, b) => b.path.length - a.path.length);
    return matching.length ? matching.map((c) => `${c.name}=${c.value}`).join('; ') : undefined;
  }

  /** Names of the cookies that would be sent to `url` (for assertions and diagnostics). */
  names(url: URL): string[] {
    return (this.header(url) ?? '').split('; ').filter(Boolean).map((pair) => pair.split('=')[0]);
  }
}

function parseSetCookie(header: string, url: URL): StoredCookie | undefined {
  const [pair, ...attributes] = header.split(';');
  const eq = pair.indexOf('=');
  if (eq <= 0) return undefined;
  const cookie: StoredCookie = {
    name: pair.slice(0, eq).trim(),
    value: pair.slice(eq + 1).trim(),
    domain: url.hostname.toLowerCase(),
    hostOnly: true,
    path: defaultCookiePath(url.pathname),
  };
  let maxAge: number | undefined;
  let expires: number | undefined;
  for (const attribute of attributes) {
    const i = attribute.indexOf('=');
    const key = (i === -1 ? attribute : attribute.slice(0, i)).trim().toLowerCase();
    const value = i === -1 ? '' : attribute.slice(i + 1).trim();
    if (key === 'path' && value.startsWith('/')) cookie.path = value;
    if (key === 'domain' && value) {
      cookie.domain = value.replace(/^\./, '').toLowerCase();
      cookie.hostOnly = false;
    }
    if (key === 'max-age' && /^-?\d+$/.test(value)) maxAge = Number(value);
    if (key === 'expires') {
      const at = Date.parse(value);
      if (!Number.isNaN(at)) expires = at;
    }
  }
  // Max-Age wins over Expires (RFC 6265 5.3).
  if (maxAge !== undefined) cookie.expiresAt = Date.now() + maxAge * 1000;
  else if (expires !== undefined) cookie.expiresAt = expires;
  return cookie;
}

function defaultCookiePath(requestPath: string): string {
  const lastSlash = requestPath.lastIndexOf('/');
  return lastSlash <= 0 ? '/' : requestPath.slice(0, lastSlash);
}

function pathMatches(requestPath: string, cookiePath: string): boolean {
  if (requestPath === cookiePath) return true;
  if (!requestPath.startsWith(cookiePath)) return false;
  return cookiePath.endsWith('/') || requestPath.charAt(cookiePath.length) === '/';
}

/** One request with the jar's cookies, never following redirects; stores the cookies it gets back. */
export async function fetchWithCookies(url: URL, jar: CookieJar, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  const cookie = jar.header(url);
  if (cookie) headers.set('cookie', cookie);
  const response = await fetch(url, { ...init, headers, redirect: 'manual' });
  jar.store(url, response);
  return response;
}

/** Where a walk through the identity provider ended. */
export type LoginStep =
  /** A page of the identity provider answered (the login form, an error page ...). */
  | { kind: 'page'; url: URL; status: number; html: string }
  /** The identity provider redirected the browser away from itself, e.g. to the app's callback. */
  | { kind: 'left'; url: URL };

/**
 * Requests `url` and follows redirects while they stay on `providerOrigin`; stops at the first page
 * that is not a redirect or at the first redirect that leaves the identity provider.
 */
export async function walk(url: URL, jar: CookieJar, providerOrigin: string, init: RequestInit = {}): Promise<LoginStep> {
  let current = url;
  let request = init;
  for (let hop = 0; hop < MAX_HOPS; hop++) {
    const response = await fetchWithCookies(current, jar, request);
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location) {
      await response.body?.cancel();
      const next = new URL(location, current);
      if (next.origin !== providerOrigin) return { kind: 'left', url: next };
      current = next;
      request = {};
      continue;
    }
    return { kind: 'page', url: current, status: response.status, html: await response.text() };
  }
  throw new Error(`more than ${MAX_HOPS} redirects starting at ${url.origin}${url.pathname}`);
}

/** The login form of a page: where it posts to and the fields a browser would send besides the credentials. */
export interface LoginForm {
  action: URL;
  method: string;
  hiddenFields: Array<[string, string]>;
  submit?: [string, string];
}

/** Finds `<form id="kc-form-login">` in `html` and resolves its action against `pageUrl`. */
export function parseLoginForm(html: string, pageUrl: URL): LoginForm | undefined {
  for (const match of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form\s*>/gi)) {
    const attributes = parseAttributes(match[1]);
    if (attributes.get('id') !== LOGIN_FORM_ID) continue;
    const hiddenFields: Array<[string, string]> = [];
    let submit: [string, string] | undefined;
    for (const input of match[2].matchAll(/<(input|button)\b([^>]*)>/gi)) {
      const field = parseAttributes(input[2]);
      const name = field.get('name');
      if (!name) continue;
      const type = (field.get('type') ?? (input[1].toLowerCase() === 'button' ? 'submit' : 'text')).toLowerCase();
      if (type === 'hidden') hiddenFields.push([name, field.get('value') ?? '']);
      if (type === 'submit' && name === 'login') submit = [name, field.get('value') ?? ''];
    }
    return {
      // A form without action posts back to the page itself.
      action: new URL(attributes.get('action') ?? pageUrl.href, pageUrl),
      method: (attributes.get('method') ?? 'get').toLowerCase(),
      hiddenFields,
      submit,
    };
  }
  return undefined;
}

function parseAttributes(source: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const m of source.matchAll(/([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
    attributes.set(m[1].toLowerCase(), decodeHtmlEntities(m[2] ?? m[3] ?? m[4] ?? ''));
  }
  return attributes;
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references that appear in attribute values and error messages. */
export function decodeHtmlEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

/**
 * The error message a login page shows, as text: `id="input-error"` (dev IdP, Keycloak's classic
 * theme) or `id="input-error-username"` (Keycloak's v2 theme).
 */
export function loginErrorMessage(html: string): string | undefined {
  const match = /<([a-z]+)\b[^>]*\bid\s*=\s*["']input-error(?:-username|-password)?["'][^>]*>([\s\S]*?)<\/\1>/i.exec(html);
  if (!match) return undefined;
  return decodeHtmlEntities(match[2].replace(/<[^>]*>/g, '')).replace(/\s+/g, ' ').trim();
}

/** The identity provider answered the credentials with a page instead of a redirect. */
export class LoginRejectedError extends Error {
  constructor(
    readonly status: number,
    readonly reason: string | undefined,
    readonly html: string,
  ) {
    super(`login was not accepted (HTTP ${status}): ${reason ?? 'no error message on the page'}`);
    this.name = 'LoginRejectedError';
  }
}

/** Opens the authorization URL and returns the login page, or throws when no login form is shown. */
export async function openLoginPage(
  authorizationUrl: URL,
  jar: CookieJar,
): Promise<{ url: URL; status: number; html: string; form: LoginForm }> {
  const step = await walk(authorizationUrl, jar, authorizationUrl.origin);
  if (step.kind === 'left') {
    throw new Error(`the identity provider redirected to ${step.url.origin}${step.url.pathname} without showing a login form`);
  }
  const form = parseLoginForm(step.html, step.url);
  if (!form) {
    throw new Error(`no <form id="${LOGIN_FORM_ID}"> on ${step.url.origin}${step.url.pathname} (HTTP ${step.status})`);
  }
  return { ...step, form };
}

/** Submits the credentials through `form` and follows the identity provider's redirects. */
export async function submitLoginForm(
  form: LoginForm,
  username: string,
  password: string,
  jar: CookieJar,
  providerOrigin: string,
): Promise<LoginStep> {
  const body = new URLSearchParams(form.hiddenFields);
  body.set('username', username);
  body.set('password', password);
  if (form.submit) body.set(...form.submit);
  if (form.method !== 'post') throw new Error(`the login form uses method ${form.method}, expected post`);
  return walk(form.action, jar, providerOrigin, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body,
  });
}

/**
 * Signs in through the identity provider's login form and returns the URL the provider finally
 * redirects to (the app's callback, carrying `code` and `state`, or `error`).
 * Pass a `jar` to keep the provider's session cookies, e.g. to sign out afterwards.
 */
export async function loginThroughForm(
  authorizationUrl: URL,
  username: string,
  password: string,
  options: { jar?: CookieJar } = {},
): Promise<URL> {
  const jar = options.jar ?? new CookieJar();
  const page = await openLoginPage(authorizationUrl, jar);
  const step = await submitLoginForm(page.form, username, password, jar, authorizationUrl.origin);
  if (step.kind === 'page') throw new LoginRejectedError(step.status, loginErrorMessage(step.html), step.html);
  return step.url;
}
