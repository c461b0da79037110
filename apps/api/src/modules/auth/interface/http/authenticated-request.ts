import type { Request } from 'express';
import type { Identity } from '../../domain/identity.js';

/** A request the access guard let through: who is calling, and the session's CSRF token when signed in by cookie. */
export type AuthenticatedRequest = Request & { identity?: Identity; csrfToken?: string };
