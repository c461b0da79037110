import type { Actor, StatusTrigger } from '#kernel';
import type { Operation } from '../../../../system/system.public.js';
import type { PowerAction } from '../../../domain/worker-transitions.rule.js';

/** Start, stop or terminate a worker's instance. */
export class ChangeWorkerStateCommand {
  constructor(
    readonly workerId: string,
    readonly action: PowerAction,
    readonly actor: Actor,
    /** Recorded on the status change (e.g. why idle detection stopped it). */
    readonly reason?: string,
    readonly trigger: StatusTrigger = 'user',
    /** A terminate: do not wait for an unreachable controller (or stop waiting, for one under way). */
    readonly force = false,
  ) {}
}

export interface StateChangeResult {
  /** False when nothing needed doing (already stopped, ...). */
  changed: boolean;
  message: string;
  /** The stop or terminate operation that carries it out (its steps and progress). */
  operation?: Operation;
}
