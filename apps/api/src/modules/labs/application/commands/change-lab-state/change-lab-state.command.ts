import type { Actor } from '#kernel';

export type LabAction = 'start' | 'stop' | 'wipe';

/** Start, stop or wipe a lab on its worker's controller, then record the state CML reports. */
export class ChangeLabStateCommand {
  constructor(
    readonly workerId: string,
    readonly labId: string,
    readonly action: LabAction,
    readonly actor: Actor,
  ) {}
}
