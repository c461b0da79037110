import type { Identity } from '../../domain/identity.js';

/** What the server keeps for a console session. The browser holds only a random id. */
export interface SessionRecord {
  user: Omit<Identity, 'via' | 'expiresAt'>;
  tokens: { accessToken: string; refreshToken?: string; idToken?: string; accessTokenExpiresAt: number };
  /** Synchronizer token: cookie-authenticated writes must echo it in `X-CSRF-Token`. */
  csrfToken: string;
  createdAt: number;
  lastSeenAt: number;
  absoluteExpiresAt: number;
}

export interface ActiveSession {
  /** The store key (a hash of the cookie value). */
  key: string;
  record: SessionRecord;
  /** Epoch ms: the earlier of the idle and the absolute expiry. */
  expiresAt: number;
}

/** A sign-in in progress, between the redirect to the provider and the callback. */
export interface PendingLogin {
  nonce: string;
  codeVerifier: string;
  returnTo: string;
  /** Hash of the browser-binding cookie: the callback must come from the browser that started it. */
  binding: string;
  createdAt: number;
}
