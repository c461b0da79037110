import { Injectable, Logger } from '@nestjs/common';
import * as oidc from 'openid-client';
import { DomainError } from '#kernel';
import { AuthErrors } from '../domain/auth.errors.js';
import { AppConfig } from '../../../config/app-config.js';
import { type AuthorizationRequest, type CallbackChecks, IdentityProvider, type ProviderTokens, type SignInChecks } from '../application/ports/identity-provider.port.js';

const DISCOVERY_RETRY_MS = 10_000;

function decodeJwtPayload(token: string | undefined): Record<string, unknown> {
  if (!token) return {};
  const part = token.split('.')[1];
  if (!part) return {};
  try {
    return JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as Record<string, unknown>;
  } catch {
    return {};
  }
}

/** openid-client 6 against the configured issuer; discovery is lazy so the app boots without the provider. */
@Injectable()
export class OpenIdClientAdapter extends IdentityProvider {
  private readonly logger = new Logger('IdentityProvider');
  private config?: Promise<oidc.Configuration>;
  private failedAt = 0;

  constructor(private readonly app: AppConfig) {
    super();
  }

  private async configuration(): Promise<oidc.Configuration> {
    if (this.config && !(this.failedAt && Date.now() - this.failedAt > DISCOVERY_RETRY_MS)) return this.config;
    this.failedAt = 0;
    this.config = this.discover().catch((err: unknown) => {
      this.failedAt = Date.now();
      this.logger.warn(`Discovery of ${this.app.auth.issuer} failed: ${(err as Error).message}`);
      throw AuthErrors.providerUnavailable('unreachable');
    });
    return this.config;
  }

  private async discover(): Promise<oidc.Configuration> {
    const { issuer, discoveryUrl, clientId, clientSecret } = this.app.auth;
    const insecure = issuer.startsWith('http:') || discoveryUrl?.startsWith('http:');
    const options = insecure ? { execute: [oidc.allowInsecureRequests] } : undefined;
    if (!discoveryUrl) {
      return oidc.discovery(new URL(issuer), clientId, clientSecret, oidc.ClientSecretBasic(clientSecret), options);
    }
    // Reached at an internal address: fetch the metadata there, but still insist on the public issuer.
    const res = await fetch(new URL(`${discoveryUrl.replace(/\/$/, '')}/.well-known/openid-configuration`), { signal: AbortSignal.timeout(5000) });
    if (!res.ok) throw new Error(`discovery answered ${res.status}`);
    const metadata = (await res.json()) as oidc.ServerMetadata;
    if (metadata.issuer !== issuer) throw new Error(`discovered issuer ${metadata.issuer} is not OIDC_ISSUER_URL ${issuer}`);
    const config = new oidc.Configuration(metadata, clientId, clientSecret, oidc.ClientSecretBasic(clientSecret));
    if (insecure) oidc.allowInsecureRequests(config);
    return config;
  }

  async newSignInChecks(): Promise<SignInChecks> {
    const codeVerifier = oidc.randomPKCECodeVerifier();
    return { state: oidc.randomState(), nonce: oidc.randomNonce(), codeVerifier, codeChallenge: await oidc.calculatePKCECodeChallenge(codeVerifier) };
  }

  async authorizationUrl(request: AuthorizationRequest): Promise<URL> {
    const config = await this.configuration();
    return oidc.buildAuthorizationUrl(config, {
      redirect_uri: request.redirectUri,
      scope: this.app.auth.scopes,
      state: request.state,
      nonce: request.nonce,
      code_challenge: request.codeChallenge,
      code_challenge_method: 'S256',
    });
  }

  async exchangeCode(callbackUrl: URL, checks: CallbackChecks): Promise<ProviderTokens> {
    const config = await this.configuration();
    try {
      const tokens = await oidc.authorizationCodeGrant(
        config,
        callbackUrl,
        { pkceCodeVerifier: checks.codeVerifier, expectedState: checks.state, expectedNonce: checks.nonce, idTokenExpected: true },
        { redirect_uri: checks.redirectUri },
      );
      return this.toTokens(tokens);
    } catch (err) {
      if (err instanceof DomainError) throw err;
      throw AuthErrors.callbackRejected((err as Error).message);
    }
  }

  async refresh(refreshToken: string): Promise<ProviderTokens> {
    const config = await this.configuration();
    try {
      return this.toTokens(await oidc.refreshTokenGrant(config, refreshToken));
    } catch (err) {
      throw AuthErrors.refreshFailed((err as Error).message);
    }
  }

  async endSessionUrl(params: { idTokenHint?: string; postLogoutRedirectUri: string }): Promise<string | undefined> {
    const config = await this.configuration().catch(() => undefined);
    if (!config?.serverMetadata().end_session_endpoint) return undefined;
    return oidc
      .buildEndSessionUrl(config, {
        client_id: this.app.auth.clientId,
        post_logout_redirect_uri: params.postLogoutRedirectUri,
        ...(params.idTokenHint ? { id_token_hint: params.idTokenHint } : {}),
      })
      .toString();
  }

  async jwksUri(): Promise<string> {
    const uri = (await this.configuration()).serverMetadata().jwks_uri;
    if (!uri) throw AuthErrors.providerUnavailable('no-jwks');
    return uri;
  }

  async authorizationEndpoint(): Promise<string> {
    return String((await this.configuration()).serverMetadata().authorization_endpoint);
  }

  async tokenEndpoint(): Promise<string> {
    return String((await this.configuration()).serverMetadata().token_endpoint);
  }

  private toTokens(tokens: oidc.TokenEndpointResponse & oidc.TokenEndpointResponseHelpers): ProviderTokens {
    const idClaims = (tokens.claims() ?? {}) as Record<string, unknown>;
    const accessClaims = decodeJwtPayload(tokens.access_token);
    const expiresIn = tokens.expiresIn() ?? (typeof accessClaims.exp === 'number' ? accessClaims.exp - Date.now() / 1000 : 300);
    return {
      accessToken: tokens.access_token,
      refreshToken: tokens.refresh_token,
      idToken: tokens.id_token,
      accessTokenExpiresAt: Date.now() + expiresIn * 1000,
      claims: { ...idClaims, ...accessClaims },
    };
  }
}
