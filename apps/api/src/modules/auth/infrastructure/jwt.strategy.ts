import type { KeyObject } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { AppConfig } from '../../../config/app-config.js';
import { type Identity, identityFromClaims } from '../domain/identity.js';
import { JwksKeyProvider } from './jwks-key.provider.js';

/** The message of a refused token without `exp`; AccessGuard turns it into the 401's reason. */
export const NO_EXPIRY = 'token has no expiry time (exp)';

/**
 * Bearer JWTs: signature from the provider's JWKS, issuer, audience, expiry with skew, algorithm
 * allowlist. A token must carry `exp`: jsonwebtoken checks it only when present, and a token
 * without it would be accepted for ever.
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  private readonly clients: string[];

  constructor(config: AppConfig, keys: JwksKeyProvider) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKeyProvider: (_req: unknown, rawJwt: string, done: (err: unknown, key?: string) => void) => {
        keys.keyFor(rawJwt).then(
          // jsonwebtoken verifies with a KeyObject as well as with PEM text; the typings only say string.
          (key: KeyObject) => done(null, key as unknown as string),
          (err: unknown) => done(err),
        );
      },
      issuer: config.auth.issuer,
      audience: config.auth.audience,
      algorithms: config.auth.algorithms as ('RS256' | 'PS256' | 'ES256')[],
      jsonWebTokenOptions: { clockTolerance: config.auth.clockSkewSeconds },
    });
    this.clients = [config.auth.audience, config.auth.clientId];
  }

  validate(payload: Record<string, unknown>): Identity {
    // Runs after the signature, issuer, audience and (when present) exp checks.
    if (typeof payload.exp !== 'number') throw new Error(NO_EXPIRY);
    return identityFromClaims(payload, 'bearer', this.clients);
  }
}
