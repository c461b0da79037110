import { createHash, timingSafeEqual } from 'node:crypto';
import type { Realm, RealmUser } from './realm.js';

export type SignInResult =
  | { ok: true; user: RealmUser }
  | { ok: false; reason: 'invalid-credentials' | 'disabled' };

/** The realm's people: who may sign in with which password. */
export class Accounts {
  readonly #byId = new Map<string, RealmUser>();
  readonly #byLogin = new Map<string, RealmUser>();

  constructor(realm: Realm) {
    // Service-account users are reachable by id (their tokens carry it) but never sign in.
    for (const user of realm.users) this.#byId.set(user.id, user);
    for (const user of realm.users.filter((u) => !u.serviceAccountClientId)) {
      this.#byLogin.set(user.username, user);
    }
    if (realm.loginWithEmailAllowed) {
      for (const user of realm.users.filter((u) => !u.serviceAccountClientId && u.email)) {
        const email = user.email!.toLowerCase();
        if (!this.#byLogin.has(email)) this.#byLogin.set(email, user);
      }
    }
  }

  /** A person who can hold a browser session (not a service account), by subject. */
  person(id: string): RealmUser | undefined {
    const user = this.#byId.get(id);
    return user && !user.serviceAccountClientId && user.enabled ? user : undefined;
  }

  /** Any realm user by subject, service accounts included. */
  byId(id: string): RealmUser | undefined {
    return this.#byId.get(id);
  }

  /** Checks a username (or e-mail, where the realm allows it) and password, in constant time per user. */
  signIn(login: string, password: string): SignInResult {
    const user = this.#byLogin.get(login.trim().toLowerCase());
    // Compare against something even for unknown users so the timing does not reveal who exists.
    const expected = user?.password ?? '\0no-password';
    const matches = timingSafeEqual(digest(password), digest(expected)) && user?.password !== undefined;
    if (!user || !matches) return { ok: false, reason: 'invalid-credentials' };
    if (!user.enabled) return { ok: false, reason: 'disabled' };
    return { ok: true, user };
  }
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}
