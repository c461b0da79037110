import type { Actor } from '#kernel';

/** Merge tag edits into the instance's tags: `set` adds or changes keys, `remove` deletes keys. */
export class UpdateWorkerTagsCommand {
  constructor(
    readonly workerId: string,
    readonly set: Record<string, string>,
    readonly remove: string[],
    readonly actor: Actor,
  ) {}
}
