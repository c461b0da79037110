import type { Actor } from '#kernel';

/** Create a lab on the worker's controller from an uploaded topology. */
export class ImportLabCommand {
  constructor(
    readonly workerId: string,
    /** The uploaded file, as received (the checks decide whether it is YAML text). */
    readonly content: Uint8Array,
    readonly actor: Actor,
    readonly filename?: string,
    /** Overrides the title in the topology. */
    readonly title?: string,
  ) {}
}
