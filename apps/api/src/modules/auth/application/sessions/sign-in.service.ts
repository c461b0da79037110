import { Injectable } from '@nestjs/common';
import { Clock, KeyValueStore } from '#kernel';
import { AuthErrors } from '../../domain/auth.errors.js';
import { AppConfig } from '../../../../config/app-config.js';
import { IdentityProvider } from '../ports/identity-provider.port.js';
import type { PendingLogin, SessionRecord } from './session.js';
import { hashToken, randomToken, SessionService } from './session.service.js';

const PENDING_LOGIN_TTL_SECONDS = 600;

/**
 * Only same-origin relative paths are accepted as `returnTo` (no open redirects): one leading slash,
 * no scheme-relative `//host`, no backslashes or control characters. The checks apply to the raw
 * value and again to the normalised path that is returned: `/.//evil.example` normalises to
 * `//evil.example`, which a browser reads as another host.
 */
export function safeReturnTo(value: unknown): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 2048) return '/';
  if (!isPlainPath(value)) return '/';
  try {
    const resolved = new URL(value, 'http://placeholder.invalid');
    if (resolved.origin !== 'http://placeholder.invalid') return '/';
    const normalised = `${resolved.pathname}${resolved.search}${resolved.hash}`;
    return isPlainPath(normalised) && isPlainPath(safeDecode(resolved.pathname)) ? normalised : '/';
  } catch {
    return '/';
  }
}

function isPlainPath(path: string): boolean {
  if (!path.startsWith('/') || path.startsWith('//') || path.startsWith('/\\')) return false;
  // eslint-disable-next-line no-control-regex -- control characters are exactly what we refuse
  return !/[\\\u0000-\u001f\u007f]/.test(path);
}

/** The path as a browser or proxy might decode it once more (`%2F%2F` is `//` to some of them). */
function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return '//';
  }
}

/** The backend-for-frontend sign-in: authorization code + PKCE, state and nonce, bound to the browser. */
@Injectable()
export class SignInService {
  constructor(
    private readonly provider: IdentityProvider,
    private readonly sessions: SessionService,
    private readonly store: KeyValueStore,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  get redirectUri(): string {
    return `${this.config.http.publicUrl}/api/auth/callback`;
  }

  /** Starts a sign-in; returns the provider URL and the browser-binding cookie value. */
  async start(returnTo: unknown): Promise<{ url: URL; binding: string }> {
    await this.limitPending();
    const { state, nonce, codeVerifier, codeChallenge } = await this.provider.newSignInChecks();
    const binding = randomToken();
    const pending: PendingLogin = { nonce, codeVerifier, returnTo: safeReturnTo(returnTo), binding: hashToken(binding), createdAt: this.clock.now().getTime() };
    const url = await this.provider.authorizationUrl({
      redirectUri: this.redirectUri,
      state,
      nonce,
      codeChallenge,
    });
    await this.store.set(`login:${state}`, pending, PENDING_LOGIN_TTL_SECONDS);
    return { url, binding };
  }

  /** Each started sign-in keeps a record until its callback or expiry: bound how many, across all clients. */
  private async limitPending(): Promise<void> {
    const windowMs = PENDING_LOGIN_TTL_SECONDS * 1000;
    const now = this.clock.now().getTime();
    const started = await this.store.increment(`login-count:${Math.floor(now / windowMs)}`, PENDING_LOGIN_TTL_SECONDS * 2);
    if (started > this.config.auth.pendingLoginsMax) {
      throw AuthErrors.tooManySignIns(Math.ceil((windowMs - (now % windowMs)) / 1000));
    }
  }

  /**
   * Completes a sign-in. The pending login is consumed first, so a replayed callback finds nothing.
   * Returns the new session cookie and where to send the browser.
   */
  async complete(callbackUrl: URL, bindingCookie: string | undefined): Promise<{ cookie: string; record: SessionRecord; expiresAt: number; returnTo: string }> {
    const error = callbackUrl.searchParams.get('error');
    if (error) {
      const description = callbackUrl.searchParams.get('error_description');
      throw AuthErrors.providerRefused(error, description ?? undefined);
    }
    const state = callbackUrl.searchParams.get('state');
    if (!state || !callbackUrl.searchParams.get('code')) {
      throw AuthErrors.callbackInvalid();
    }
    const pending = await this.store.take<PendingLogin>(`login:${state}`);
    if (!pending) {
      throw AuthErrors.stateUnknown();
    }
    if (!bindingCookie || hashToken(bindingCookie) !== pending.binding) {
      throw AuthErrors.stateMismatch();
    }
    const tokens = await this.provider.exchangeCode(callbackUrl, { redirectUri: this.redirectUri, state, nonce: pending.nonce, codeVerifier: pending.codeVerifier });
    const session = await this.sessions.create(tokens);
    return { ...session, returnTo: pending.returnTo };
  }

  /** Ends a session; returns the provider's end-session URL when it has one. */
  async signOut(cookie: string | undefined): Promise<string | undefined> {
    const record = cookie ? await this.sessions.destroy(cookie) : undefined;
    return this.provider.endSessionUrl({ idTokenHint: record?.tokens.idToken, postLogoutRedirectUri: `${this.config.http.publicUrl}/` });
  }
}
