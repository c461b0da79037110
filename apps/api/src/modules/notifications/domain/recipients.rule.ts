import { NOTIFICATION_KINDS, type NotificationKind } from './notification-kind.js';

const GROUP_PREFIX = 'group:';

/** Someone who has used the product: what their token said of them the last time. */
export interface Person {
  username: string;
  email?: string;
  groups: readonly string[];
  /** The product roles their token gave them (budget notifications go to admins). */
  roles?: readonly string[];
}

/** Which notifications a person wants: the kinds, and whether for their own workers only or for every worker. */
export interface NotificationPreferences {
  username: string;
  /** Overrides the token's e-mail address for notifications. */
  email?: string;
  kinds: readonly NotificationKind[];
  scope: 'owned' | 'all';
}

/** What people get until they say otherwise: every kind, about the workers they own. */
export function defaultPreferences(username: string): NotificationPreferences {
  return { username, kinds: [...NOTIFICATION_KINDS], scope: 'owned' };
}

/** One recipient of a notification: the username, and the address its e-mail goes to (none: in-app only). */
export interface Recipient {
  username: string;
  email?: string;
}

const groupName = (g: string) => g.replace(/^\//, '');

/** The people an owner stands for: the user, or every known member of `group:<name>`. */
export function ownersOf(owner: string | undefined, people: readonly Person[]): string[] {
  if (!owner) return [];
  if (!owner.startsWith(GROUP_PREFIX)) return [owner];
  const group = owner.slice(GROUP_PREFIX.length);
  return people.filter((p) => p.groups.some((g) => groupName(g) === group)).map((p) => p.username);
}

/**
 * Who receives a notification of `kind` about a worker owned by `owner`: its owners (a group's known
 * members) unless they turned the kind off, and everyone whose preferences ask for every worker's
 * notifications of that kind. Each once, sorted; with the address of their preferences or their token.
 */
export function recipientsFor(kind: NotificationKind, owner: string | undefined, people: readonly Person[], preferences: readonly NotificationPreferences[]): Recipient[] {
  const prefs = new Map(preferences.map((p) => [p.username, p]));
  const wants = (username: string, owned: boolean) => {
    const p = prefs.get(username) ?? defaultPreferences(username);
    return p.kinds.includes(kind) && (owned || p.scope === 'all');
  };
  const chosen = new Set<string>();
  for (const username of ownersOf(owner, people)) if (wants(username, true)) chosen.add(username);
  for (const p of preferences) if (wants(p.username, false)) chosen.add(p.username);
  const byName = new Map(people.map((p) => [p.username, p]));
  return [...chosen].sort().map((username) => {
    const email = prefs.get(username)?.email ?? byName.get(username)?.email;
    return email ? { username, email } : { username };
  });
}

/**
 * Who receives a notification of `kind` that is about no single worker (a budget): every admin and,
 * for an owner's budget, the owner (a group's known members), unless they turned the kind off; and
 * everyone whose preferences ask for every notification of that kind. Each once, sorted.
 */
export function recipientsForFleet(kind: NotificationKind, owner: string | undefined, people: readonly Person[], preferences: readonly NotificationPreferences[]): Recipient[] {
  const admins = people.filter((p) => p.roles?.includes('admin')).map((p) => p.username);
  const prefs = new Map(preferences.map((p) => [p.username, p]));
  const wants = (username: string, concerned: boolean) => {
    const p = prefs.get(username) ?? defaultPreferences(username);
    return p.kinds.includes(kind) && (concerned || p.scope === 'all');
  };
  const chosen = new Set<string>();
  for (const username of [...admins, ...ownersOf(owner, people)]) if (wants(username, true)) chosen.add(username);
  for (const p of preferences) if (wants(p.username, false)) chosen.add(p.username);
  const byName = new Map(people.map((p) => [p.username, p]));
  return [...chosen].sort().map((username) => {
    const email = prefs.get(username)?.email ?? byName.get(username)?.email;
    return email ? { username, email } : { username };
  });
}

const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]+$/;

/** Whether `value` looks like an e-mail address (what a form can check; the SMTP server decides). */
export function isEmailAddress(value: string): boolean {
  return value.length <= 254 && EMAIL.test(value);
}
