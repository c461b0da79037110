import type { DomainError } from '#kernel';
import { hasRole, type Role } from '../../auth/auth.public.js';
import { type OwnerCaller, ownedBy } from '../domain/worker-owner.rule.js';
import { WorkerErrors } from '../domain/worker.errors.js';

/** Who asks, as far as owner-or-role access tells: the username, the identity provider's groups, the roles. */
export interface PowerCaller extends OwnerCaller {
  roles: readonly Role[];
}

/**
 * Why `caller` may not do `what` on the worker that needs its owner or `role` (docs/scheduling.md,
 * "Owners and who may do what"): WORKER.NOT_OWNER (403) naming the owner; undefined when they may.
 */
export function ownerOrRoleRefusal(worker: { name: string; owner?: string }, caller: PowerCaller, role: Role, what: string): DomainError | undefined {
  if (hasRole(caller.roles, role) || ownedBy(worker.owner, caller)) return undefined;
  return WorkerErrors.notOwner(worker, caller.username, what);
}
