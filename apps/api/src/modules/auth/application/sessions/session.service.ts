import { createHash, randomBytes } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { Clock, KeyValueStore } from '#kernel';
import { AppConfig } from '../../../../config/app-config.js';
import { identityFromClaims } from '../../domain/identity.js';
import { IdentityProvider, type ProviderTokens } from '../ports/identity-provider.port.js';
import type { ActiveSession, SessionRecord } from './session.js';

export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

export function hashToken(value: string): string {
  return createHash('sha256').update(value).digest('base64url');
}

/**
 * Server-side console sessions: created at sign-in, renewed against the provider before the access
 * token expires, ended after an idle timeout or an absolute lifetime.
 * The store key is a hash of the cookie, so a copy of the store holds no usable cookie.
 */
@Injectable()
export class SessionService {
  private readonly logger = new Logger('Sessions');
  private readonly refreshing = new Map<string, Promise<SessionRecord | undefined>>();

  constructor(
    private readonly store: KeyValueStore,
    private readonly provider: IdentityProvider,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  private get idleMs(): number {
    return this.config.auth.idleTimeoutMinutes * 60_000;
  }

  /** Creates a session for freshly exchanged tokens; returns the cookie value and the record. */
  async create(tokens: ProviderTokens): Promise<{ cookie: string; record: SessionRecord; expiresAt: number }> {
    const now = this.clock.now().getTime();
    const cookie = randomToken();
    const record: SessionRecord = {
      user: this.userFrom(tokens),
      tokens: { accessToken: tokens.accessToken, refreshToken: tokens.refreshToken, idToken: tokens.idToken, accessTokenExpiresAt: tokens.accessTokenExpiresAt },
      csrfToken: randomToken(24),
      createdAt: now,
      lastSeenAt: now,
      absoluteExpiresAt: now + this.config.auth.maxLifetimeMinutes * 60_000,
    };
    const key = hashToken(cookie);
    await this.save(key, record);
    return { cookie, record, expiresAt: this.expiryOf(record) };
  }

  /**
   * Loads the session behind a cookie, renewing its tokens when they are about to expire.
   * `touch` slides the idle timeout (false for status checks, so polling does not keep a session alive).
   */
  async resume(cookie: string, touch: boolean): Promise<ActiveSession | undefined> {
    const key = hashToken(cookie);
    let record = await this.store.get<SessionRecord>(`session:${key}`);
    if (!record) return undefined;
    const now = this.clock.now().getTime();
    if (now >= this.expiryOf(record)) {
      await this.store.delete(`session:${key}`);
      return undefined;
    }
    if (record.tokens.accessTokenExpiresAt - now < this.config.auth.refreshLeewaySeconds * 1000) {
      record = await this.renew(key, record);
      if (!record) return undefined;
    }
    if (touch) {
      record.lastSeenAt = now;
      await this.save(key, record);
    }
    return { key, record, expiresAt: this.expiryOf(record) };
  }

  async destroy(cookie: string): Promise<SessionRecord | undefined> {
    return this.store.take<SessionRecord>(`session:${hashToken(cookie)}`);
  }

  expiryOf(record: SessionRecord): number {
    return Math.min(record.lastSeenAt + this.idleMs, record.absoluteExpiresAt);
  }

  private async save(key: string, record: SessionRecord): Promise<void> {
    const ttlMs = this.expiryOf(record) - this.clock.now().getTime();
    if (ttlMs > 0) await this.store.set(`session:${key}`, record, Math.ceil(ttlMs / 1000));
  }

  // Concurrent requests of one session share a single refresh (providers may rotate refresh tokens).
  private renew(key: string, record: SessionRecord): Promise<SessionRecord | undefined> {
    const inFlight = this.refreshing.get(key);
    if (inFlight) return inFlight;
    const task = (async () => {
      if (!record.tokens.refreshToken) {
        await this.store.delete(`session:${key}`);
        return undefined;
      }
      try {
        const tokens = await this.provider.refresh(record.tokens.refreshToken);
        const renewed: SessionRecord = {
          ...record,
          user: this.userFrom(tokens),
          tokens: {
            accessToken: tokens.accessToken,
            refreshToken: tokens.refreshToken ?? record.tokens.refreshToken,
            idToken: tokens.idToken ?? record.tokens.idToken,
            accessTokenExpiresAt: tokens.accessTokenExpiresAt,
          },
        };
        await this.save(key, renewed);
        return renewed;
      } catch (err) {
        // The provider ended the session (logout elsewhere, user disabled, SSO timeout): so do we.
        this.logger.log(`Session renewal refused; ending the session (${(err as Error).message})`);
        await this.store.delete(`session:${key}`);
        return undefined;
      }
    })().finally(() => this.refreshing.delete(key));
    this.refreshing.set(key, task);
    return task;
  }

  private userFrom(tokens: ProviderTokens): SessionRecord['user'] {
    const { via: _via, expiresAt: _exp, ...user } = identityFromClaims(tokens.claims, 'session', [this.config.auth.audience, this.config.auth.clientId]);
    return user;
  }
}
