import type { Actor } from '#kernel';
import type { DesiredPowerRecord, StopWarningRecord } from '../../../domain/power-record.value-object.js';

/** What the power reconciler records on a worker: its decision, why it held back, a stop it warns of, or how a start or stop went. */
export type PowerEntry =
  | { desired: DesiredPowerRecord }
  | { held: string }
  | { stopWarning: StopWarningRecord }
  | { attempt: { ok: true } | { ok: false; error: string } };

export class RecordWorkerPowerCommand {
  constructor(
    readonly workerId: string,
    readonly entry: PowerEntry,
    readonly actor: Actor,
  ) {}
}
