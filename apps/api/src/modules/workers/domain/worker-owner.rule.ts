/**
 * Who owns a worker: a username, or `group:<name>` for a group of the identity provider. The owner
 * may set and clear overrides on it and start and stop it (docs/scheduling.md, "Owners and who may
 * do what"); managers may on any worker, and only admins change owners.
 */

const GROUP_PREFIX = 'group:';
const OWNER_PATTERN = /^[\p{L}\p{N}._@+-]+$/u;
const OWNER_MAX = 128;

/** Who is asking, as far as ownership tells: the username, and the identity provider's groups when it sends them. */
export interface OwnerCaller {
  username: string;
  groups?: readonly string[];
}

/** Why `value` cannot be an owner, in words naming what to fix; undefined when it can (empty clears). */
export function ownerProblem(value: string): string | undefined {
  const owner = value.trim();
  if (!owner) return undefined;
  if (owner.length > OWNER_MAX) return `the owner is ${owner.length} characters long; use at most ${OWNER_MAX}`;
  const name = owner.startsWith(GROUP_PREFIX) ? owner.slice(GROUP_PREFIX.length) : owner;
  if (!name) return 'name the group after "group:" (e.g. group:ccna-teachers)';
  if (!OWNER_PATTERN.test(name)) return `"${owner}" is not a username or group:<name>: use letters, digits and . _ @ + - only`;
  return undefined;
}

/** The owner as stored: trimmed; undefined when empty (no owner). */
export function normalOwner(value: string | undefined): string | undefined {
  return value?.trim() || undefined;
}

/** The owner an imported instance's tags name (the value of `tagKey`), when it is a valid owner. */
export function ownerFromTags(tags: Readonly<Record<string, string>>, tagKey: string): string | undefined {
  const value = normalOwner(tags[tagKey]);
  return value && !ownerProblem(value) ? value : undefined;
}

/** Group names as the identity provider may send them ("/ccna-teachers" from Keycloak's group mapper, or plain). */
const groupName = (g: string) => g.replace(/^\//, '');

/** Whether `caller` is the owner: the same username, or a member of the owner group (`group:<name>`). */
export function ownedBy(owner: string | undefined, caller: OwnerCaller): boolean {
  if (!owner) return false;
  if (!owner.startsWith(GROUP_PREFIX)) return owner === caller.username;
  const group = owner.slice(GROUP_PREFIX.length);
  return (caller.groups ?? []).some((g) => groupName(g) === group);
}
