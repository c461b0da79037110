import type { Actor } from '#kernel';

/** Gives a worker to another owner (a username or `group:<name>`; empty clears). Admins only; the route checks. */
export class SetWorkerOwnerCommand {
  constructor(
    readonly workerId: string,
    readonly owner: string,
    readonly actor: Actor,
  ) {}
}
