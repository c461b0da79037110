import type { Actor } from '#kernel';

/** Delete a lab on its worker's controller, stopping and wiping it first when needed. */
export class DeleteLabCommand {
  constructor(
    readonly workerId: string,
    readonly labId: string,
    readonly actor: Actor,
  ) {}
}
