/** Tokens from the identity provider, with the access token's claims already decoded. */
export interface ProviderTokens {
  accessToken: string;
  refreshToken?: string;
  idToken?: string;
  /** Epoch milliseconds. */
  accessTokenExpiresAt: number;
  /** Claims of the access token (roles live there), merged over the ID token's profile claims. */
  claims: Record<string, unknown>;
}

export interface AuthorizationRequest {
  redirectUri: string;
  state: string;
  nonce: string;
  codeChallenge: string;
}

export interface CallbackChecks {
  redirectUri: string;
  state: string;
  nonce: string;
  codeVerifier: string;
}

/** What binds one sign-in to its callback: unguessable state and nonce, and a PKCE verifier with its S256 challenge. */
export interface SignInChecks {
  state: string;
  nonce: string;
  codeVerifier: string;
  codeChallenge: string;
}

/** The OpenID Connect provider (Keycloak, or the embedded development provider). */
export abstract class IdentityProvider {
  /** Fresh checks for one sign-in (the protocol library makes them, not application code). */
  abstract newSignInChecks(): Promise<SignInChecks>;
  abstract authorizationUrl(request: AuthorizationRequest): Promise<URL>;
  /** Verifies state, nonce and PKCE and exchanges the code. Throws `AUTH.CALLBACK_REJECTED` on any mismatch. */
  abstract exchangeCode(callbackUrl: URL, checks: CallbackChecks): Promise<ProviderTokens>;
  abstract refresh(refreshToken: string): Promise<ProviderTokens>;
  abstract endSessionUrl(params: { idTokenHint?: string; postLogoutRedirectUri: string }): Promise<string | undefined>;
  abstract jwksUri(): Promise<string>;
  abstract authorizationEndpoint(): Promise<string>;
  abstract tokenEndpoint(): Promise<string>;
}
