import type { Actor, PowerOverrideKind } from '#kernel';

/** Set an override, clear it (a person), or expire it (the reconciler, once its `until` passed). */
export type OverrideChange = { set: { kind: PowerOverrideKind; until: Date } } | { clear: 'cleared' | 'expired' };

/** Changes a worker's "keep running / keep stopped until". Who may is checked by the route (owner or manager). */
export class ChangeWorkerOverrideCommand {
  constructor(
    readonly workerId: string,
    readonly change: OverrideChange,
    readonly actor: Actor,
  ) {}
}
