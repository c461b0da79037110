import { type CallHandler, type ExecutionContext, Injectable, Logger, type NestInterceptor } from '@nestjs/common';
import type { Observable } from 'rxjs';
import type { AuthenticatedRequest } from '../../../auth/auth.public.js';
import { NotificationCentre } from '../../application/notification-centre.service.js';

/** How long what a person's token said is trusted before it is recorded again (per process). */
const REFRESH_MS = 10 * 60_000;
const REMEMBERED = 10_000;

/**
 * Records each person who calls the API (username, the token's `email` claim, groups, roles) in the
 * people directory, so their notifications can be e-mailed and group-owned workers' notifications
 * reach the group's members. At most once per REFRESH_MS per person and process; never in the way of the request.
 */
@Injectable()
export class PersonRecordingInterceptor implements NestInterceptor {
  private readonly logger = new Logger('Notifications');
  private readonly recorded = new Map<string, { at: number; fingerprint: string }>();

  constructor(private readonly centre: NotificationCentre) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() === 'http') {
      const identity = context.switchToHttp().getRequest<AuthenticatedRequest>().identity;
      if (identity?.kind === 'user') this.remember(identity.username, identity.email, identity.groups ?? [], identity.roles);
    }
    return next.handle();
  }

  private remember(username: string, email: string | undefined, groups: readonly string[], roles: readonly string[]): void {
    const fingerprint = `${email ?? ''}|${[...groups].sort().join(',')}|${[...roles].sort().join(',')}`;
    const seen = this.recorded.get(username);
    const now = Date.now();
    if (seen && seen.fingerprint === fingerprint && now - seen.at < REFRESH_MS) return;
    if (this.recorded.size >= REMEMBERED) this.recorded.clear();
    this.recorded.set(username, { at: now, fingerprint });
    void this.centre.recordPerson({ username, ...(email ? { email } : {}), groups, roles }).catch((err: unknown) => {
      this.recorded.delete(username);
      this.logger.warn(`Could not record ${username} for notifications: ${(err as Error).message}`);
    });
  }
}
