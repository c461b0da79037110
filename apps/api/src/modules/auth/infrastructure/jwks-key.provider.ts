import { KeyObject } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { createRemoteJWKSet, decodeProtectedHeader, type JWTVerifyGetKey } from 'jose';
import { IdentityProvider } from '../application/ports/identity-provider.port.js';

/**
 * Signing keys for bearer tokens from the provider's JWKS (jose's remote key set): cached, fetched
 * again when a token names a key id not seen yet (key rotation), with a cooldown so bad tokens
 * cannot hammer the provider.
 */
@Injectable()
export class JwksKeyProvider {
  private keySet?: Promise<JWTVerifyGetKey>;

  constructor(private readonly provider: IdentityProvider) {}

  private jwks(): Promise<JWTVerifyGetKey> {
    this.keySet ??= this.provider.jwksUri().then(
      (uri) => createRemoteJWKSet(new URL(uri), { timeoutDuration: 5000, cooldownDuration: 30_000, cacheMaxAge: 10 * 60_000 }),
      (err: unknown) => {
        this.keySet = undefined;
        throw err;
      },
    );
    return this.keySet;
  }

  /** The public key for a raw JWT, chosen by its `kid` (as a KeyObject for jsonwebtoken). */
  async keyFor(rawJwt: string): Promise<KeyObject> {
    let header: ReturnType<typeof decodeProtectedHeader>;
    try {
      header = decodeProtectedHeader(rawJwt);
    } catch {
      throw new Error('token is malformed');
    }
    if (!header.kid) throw new Error('token header has no key id (kid)');
    if (!header.alg) throw new Error('token is malformed (no alg)');
    const getKey = await this.jwks();
    try {
      const key = await getKey({ ...header, alg: header.alg }, { payload: '', signature: '' } as never);
      return key instanceof KeyObject ? key : KeyObject.from(key as unknown as Parameters<typeof KeyObject.from>[0]);
    } catch (err) {
      const code = (err as { code?: string }).code;
      if (code === 'ERR_JWKS_NO_MATCHING_KEY' || code === 'ERR_JWKS_MULTIPLE_MATCHING_KEYS') throw new Error('it was signed with an unknown key (kid)', { cause: err });
      throw err;
    }
  }
}
