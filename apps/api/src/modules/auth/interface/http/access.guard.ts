import { timingSafeEqual } from 'node:crypto';
import { type ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import type { Response } from 'express';
import { DomainError } from '#kernel';
import { AppConfig } from '../../../../config/app-config.js';
import { SessionService } from '../../application/sessions/session.service.js';
import type { Identity } from '../../domain/identity.js';
import { AuthErrors } from '../../domain/auth.errors.js';
import { type Access, hasRole } from '../../domain/role.js';
import { ACCESS_KEY, NO_TOUCH_KEY } from './access.decorator.js';
import { BACKGROUND_HEADER, clearSessionCookies, cookieNames, CSRF_HEADER, requestCookie } from './cookies.js';
import type { AuthenticatedRequest } from './authenticated-request.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function sameToken(a: string | undefined, b: string): boolean {
  if (!a) return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * The one guard in front of every route. Deny by default: a route that declares no access rule
 * is closed. Callers authenticate with a bearer token (API clients) or the console's session cookie;
 * cookie-authenticated writes must carry the CSRF token.
 */
@Injectable()
export class AccessGuard extends AuthGuard('jwt') {
  private readonly logger = new Logger('Access');

  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionService,
    private readonly config: AppConfig,
  ) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const access = this.reflector.getAllAndOverride<Access | undefined>(ACCESS_KEY, [context.getHandler(), context.getClass()]);
    const req = context.switchToHttp().getRequest<AuthenticatedRequest>();
    if (access === undefined) {
      this.logger.error(`Route ${req.method} ${req.path} declares no access rule; refusing it`);
      throw AuthErrors.routeNotDeclared();
    }
    if (access === 'public') return true;

    const identity = req.headers.authorization ? await this.fromBearer(context) : await this.fromSession(context, req);
    req.identity = identity;

    if (access !== 'authenticated' && !hasRole(identity.roles, access)) {
      throw AuthErrors.forbidden(access, identity);
    }
    return true;
  }

  private async fromBearer(context: ExecutionContext): Promise<Identity> {
    await super.canActivate(context);
    return context.switchToHttp().getRequest<AuthenticatedRequest & { user: Identity }>().user;
  }

  private async fromSession(context: ExecutionContext, req: AuthenticatedRequest): Promise<Identity> {
    const names = cookieNames(this.config);
    const cookie = requestCookie(req, names.session);
    if (!cookie) throw AuthErrors.unauthenticated({ kind: 'no-credentials' });
    // Status checks never extend the session, nor do reads the console makes while nobody uses it.
    const background = SAFE_METHODS.has(req.method) && req.header(BACKGROUND_HEADER) === '1';
    const touch = !background && !this.reflector.getAllAndOverride<boolean>(NO_TOUCH_KEY, [context.getHandler(), context.getClass()]);
    const session = await this.sessions.resume(cookie, touch);
    if (!session) {
      clearSessionCookies(context.switchToHttp().getResponse<Response>(), this.config);
      throw AuthErrors.unauthenticated({ kind: 'session-ended' });
    }
    if (!SAFE_METHODS.has(req.method) && !sameToken(req.header(CSRF_HEADER), session.record.csrfToken)) {
      throw AuthErrors.csrfTokenInvalid(names.csrf);
    }
    req.csrfToken = session.record.csrfToken;
    return { ...session.record.user, via: 'session', expiresAt: new Date(session.expiresAt).toISOString() };
  }

  override handleRequest<TUser = Identity>(err: unknown, user: unknown, info: unknown): TUser {
    if (err instanceof DomainError) throw err;
    if (err || !user) {
      const reason = info instanceof Error ? info.message : err instanceof Error ? err.message : 'invalid token';
      throw AuthErrors.unauthenticated({ kind: 'token-refused', reason: describe(reason) });
    }
    return user as TUser;
  }
}

function describe(reason: string): string {
  if (/expired/i.test(reason)) return 'it has expired';
  if (/no expiry/i.test(reason)) return 'it has no expiry time (exp); bearer tokens must expire';
  if (/audience/i.test(reason)) return 'it is not meant for this API (audience)';
  if (/issuer/i.test(reason)) return 'it was not issued by the configured identity provider';
  if (/signature/i.test(reason)) return 'its signature does not verify';
  if (/algorithm/i.test(reason)) return 'its signing algorithm is not accepted';
  if (/No auth token/i.test(reason)) return 'no token was sent';
  if (/malformed|jwt must|Unexpected token|not valid JSON/i.test(reason)) return 'it is malformed';
  if (/key id|kid|signing key|Unable to find/i.test(reason)) return 'it was signed with an unknown key';
  return 'it could not be verified';
}
