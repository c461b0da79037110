import { Injectable } from '@nestjs/common';
import { Clock } from '#kernel';
import { AppConfig } from '../../../../config/app-config.js';
import { SessionService } from '../../application/sessions/session.service.js';
import { hasRole, type Role } from '../../domain/role.js';
import type { AuthenticatedRequest } from './authenticated-request.js';
import { cookieNames, requestCookie } from './cookies.js';

/**
 * Asks again, during a long-lived response (the live event stream), whether its caller may still be
 * served. Never counts as activity, so an open stream does not keep a console session alive.
 */
@Injectable()
export class AccessRecheck {
  constructor(
    private readonly sessions: SessionService,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  /**
   * True while the caller of `req` still holds `role`: for console sessions, the session exists and
   * its user has the role; for bearer callers, the token has not expired.
   */
  async stillAllowed(req: AuthenticatedRequest, role: Role): Promise<boolean> {
    const identity = req.identity;
    if (!identity) return false;
    if (identity.via === 'bearer') return this.clock.now().getTime() < Date.parse(identity.expiresAt);
    const cookie = requestCookie(req, cookieNames(this.config).session);
    if (!cookie) return false;
    const session = await this.sessions.resume(cookie, false);
    return session !== undefined && hasRole(session.record.user.roles, role);
  }
}
