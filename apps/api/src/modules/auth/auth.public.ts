/**
 * What other modules may use of the auth module: route access declarations, the caller, roles.
 * Everything else in this module is private to it.
 */
export { DoesNotExtendSession, Public, RequireRole, SignedIn } from './interface/http/access.decorator.js';
export { AccessRecheck } from './interface/http/access-recheck.js';
export { CurrentActor, CurrentIdentity } from './interface/http/current-actor.decorator.js';
export type { AuthenticatedRequest } from './interface/http/authenticated-request.js';
export { cookieNames } from './interface/http/cookies.js';
export { type Identity, actorOf } from './domain/identity.js';
export { hasRole, type Role, ROLES } from './domain/role.js';
export { AuthErrors, roleRefusal } from './domain/auth.errors.js';
