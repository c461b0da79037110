import type { Actor } from '#kernel';
import type { DesiredPowerRecord } from '../../../domain/power-record.value-object.js';

/** What the power reconciler records on a worker: its decision, why it held back, or how a start or stop went. */
export type PowerEntry =
  | { desired: DesiredPowerRecord }
  | { held: string }
  | { attempt: { ok: true } | { ok: false; error: string } };

export class RecordWorkerPowerCommand {
  constructor(
    readonly workerId: string,
    readonly entry: PowerEntry,
    readonly actor: Actor,
  ) {}
}
