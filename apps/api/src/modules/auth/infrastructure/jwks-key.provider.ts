import { Injectable } from '@nestjs/common';
import { JwksClient } from 'jwks-rsa';
import { IdentityProvider } from '../application/ports/identity-provider.port.js';

/**
 * Signing keys for bearer tokens from the provider's JWKS: cached, and fetched again when a token
 * names a key id we have not seen (key rotation), rate-limited so bad tokens cannot hammer the provider.
 */
@Injectable()
export class JwksKeyProvider {
  private client?: Promise<JwksClient>;

  constructor(private readonly provider: IdentityProvider) {}

  private jwks(): Promise<JwksClient> {
    this.client ??= this.provider.jwksUri().then(
      (jwksUri) => new JwksClient({ jwksUri, cache: true, cacheMaxEntries: 10, cacheMaxAge: 10 * 60_000, rateLimit: true, jwksRequestsPerMinute: 10, timeout: 5000 }),
      (err: unknown) => {
        this.client = undefined;
        throw err;
      },
    );
    return this.client;
  }

  /** The PEM public key for a raw JWT, chosen by its `kid`. */
  async keyFor(rawJwt: string): Promise<string> {
    let header: { kid?: string; alg?: string };
    try {
      header = JSON.parse(Buffer.from(rawJwt.split('.')[0] ?? '', 'base64url').toString('utf8')) as { kid?: string };
    } catch {
      throw new Error('token header is not valid JSON');
    }
    if (!header.kid) throw new Error('token header has no key id (kid)');
    const key = await (await this.jwks()).getSigningKey(header.kid);
    return key.getPublicKey();
  }
}
