import { type Presented, present } from '../../../../platform/http/presenter.js';
import type { Identity } from '../../domain/identity.js';
import type { LogoutResponse, MeResponse, SessionStatusResponse } from './auth.dto.js';

/** Who is calling and how long their session lasts. The identity's `id` (token subject) is not shown. */

export function toMeResponse(identity: Identity): Presented<MeResponse> {
  return present<MeResponse>({
    username: identity.username,
    name: identity.name,
    email: identity.email,
    roles: [...identity.roles],
    kind: identity.kind,
    via: identity.via,
    sessionExpiresAt: identity.expiresAt,
  });
}

export function toSessionStatusResponse(identity: Identity, idleTimeoutMinutes: number, now: Date): Presented<SessionStatusResponse> {
  return present<SessionStatusResponse>({
    sessionExpiresAt: identity.expiresAt,
    expiresInSeconds: Math.max(0, Math.round((Date.parse(identity.expiresAt) - now.getTime()) / 1000)),
    idleTimeoutMinutes,
  });
}

export function toLogoutResponse(logoutUrl: string | undefined): Presented<LogoutResponse> {
  return present<LogoutResponse>({ logoutUrl });
}
