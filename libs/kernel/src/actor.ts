/** Who caused a change: a signed-in user, an API client (service account) or the system itself. */
export interface Actor {
  kind: 'user' | 'service' | 'system';
  /** Stable id: the token subject for users and services, a job name for the system. */
  id: string;
  /** Human-readable: username, client id, or a description such as `idle-detection`. */
  name: string;
}

/** Builds the actor for work the product does on its own (jobs, sync, auto-stop). */
export function systemActor(name: string): Actor {
  return { kind: 'system', id: `system:${name}`, name };
}
