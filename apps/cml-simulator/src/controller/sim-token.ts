import { createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';

export interface TokenSubject {
  userId: string;
  username: string;
}

export type TokenCheck =
  | { ok: true; subject: TokenSubject }
  | { ok: false; reason: 'missing' | 'invalid' | 'expired' };

const MAX_ISSUED_KEPT = 1000;

const b64url = (value: Buffer | string): string => Buffer.from(value).toString('base64url');

/**
 * Issues HS256 JWTs like a CML controller does, so clients can read `exp`. Each controller has its own
 * secret and remembers which tokens it issued: a token of another controller, or one issued before a
 * restart, is unknown (401), like on a real controller.
 */
export class SimTokenIssuer {
  private readonly secret = randomBytes(32);
  private readonly live = new Map<string, { subject: TokenSubject; exp: number }>();
  /** Tokens forced to expire by the `expireTokens` fault, so the answer can say "expired". */
  private readonly forcedExpired = new Set<string>();
  /** The most recent tokens issued, newest last, for tests that look for them elsewhere. */
  private readonly issuedTokens: string[] = [];

  constructor(
    private readonly issuer: string,
    private readonly now: () => number,
  ) {}

  issue(subject: TokenSubject, ttlSeconds: number): string {
    this.prune();
    const iat = Math.floor(this.now() / 1000);
    const jti = randomUUID();
    const exp = iat + ttlSeconds;
    const header = b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
    const payload = b64url(JSON.stringify({ iss: this.issuer, sub: subject.userId, username: subject.username, iat, exp, jti }));
    this.live.set(jti, { subject, exp });
    const token = `${header}.${payload}.${this.sign(`${header}.${payload}`)}`;
    this.issuedTokens.push(token);
    if (this.issuedTokens.length > MAX_ISSUED_KEPT) this.issuedTokens.splice(0, this.issuedTokens.length - MAX_ISSUED_KEPT);
    return token;
  }

  /** The tokens issued so far (the most recent 1000), expired ones included. */
  get issued(): string[] {
    return [...this.issuedTokens];
  }

  check(token: string | undefined): TokenCheck {
    if (!token) return { ok: false, reason: 'missing' };
    const parts = token.split('.');
    if (parts.length !== 3) return { ok: false, reason: 'invalid' };
    const [header, payload, signature] = parts as [string, string, string];
    const expected = Buffer.from(this.sign(`${header}.${payload}`));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, reason: 'invalid' };
    let claims: { jti?: unknown; exp?: unknown };
    try {
      claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as typeof claims;
    } catch {
      return { ok: false, reason: 'invalid' };
    }
    const jti = typeof claims.jti === 'string' ? claims.jti : '';
    if (this.forcedExpired.has(jti)) return { ok: false, reason: 'expired' };
    if (typeof claims.exp === 'number' && claims.exp * 1000 <= this.now()) return { ok: false, reason: 'expired' };
    const entry = this.live.get(jti);
    if (!entry) return { ok: false, reason: 'invalid' };
    return { ok: true, subject: entry.subject };
  }

  /** Every token issued so far is from now on rejected as expired. */
  expireAll(): void {
    for (const jti of this.live.keys()) this.forcedExpired.add(jti);
    this.live.clear();
  }

  get liveCount(): number {
    this.prune();
    return this.live.size;
  }

  private sign(data: string): string {
    return createHmac('sha256', this.secret).update(data).digest('base64url');
  }

  private prune(): void {
    const nowSeconds = this.now() / 1000;
    for (const [jti, entry] of this.live) if (entry.exp <= nowSeconds) this.live.delete(jti);
    // Bounded memory: forgetting an old forced-expired token only changes its 401 text from "expired" to "invalid".
    if (this.forcedExpired.size > 10_000) this.forcedExpired.clear();
  }
}
