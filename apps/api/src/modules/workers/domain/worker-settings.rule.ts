import type { EventMap, EventType } from '#kernel';
import { tagChanges } from './observed-instance.value-object.js';
import { WorkerErrors } from './worker.errors.js';
import type { WorkerState } from './worker.state.js';

/** One event of the map, as a rule hands it to the aggregate to raise. */
export type WorkerEvent = { [T in EventType]: { type: T; data: EventMap[T] } }[EventType];

/**
 * A change a rule decided: the facts to set and the events that record it, in order (none: a
 * silent change). Rules answer undefined when nothing would change; Worker.applyChange applies the rest.
 */
export interface WorkerChange {
  set: Partial<WorkerState>;
  event?: WorkerEvent;
  events?: readonly WorkerEvent[];
}

/** A new display name; WORKER.NAME_INVALID for an empty one. */
export function renamed(state: Pick<WorkerState, 'name'>, name: string): WorkerChange | undefined {
  const to = name.trim();
  if (!to) throw WorkerErrors.nameInvalid('name cannot be empty');
  if (to === state.name) return undefined;
  return { set: { name: to }, event: { type: 'worker.renamed', data: { from: state.name, to } } };
}

/** The instance's tags as EC2 now has them; the event lists what was set and what removed. */
export function tagsApplied(state: Pick<WorkerState, 'tags'>, tags: Record<string, string>): WorkerChange | undefined {
  const changed = tagChanges(state.tags, tags);
  return changed && { set: { tags: { ...tags } }, event: { type: 'worker.tags-changed', data: changed } };
}

/** Idle detection switched on or off for this worker. */
export function idleDetectionSet(state: Pick<WorkerState, 'idleDetectionEnabled'>, enabled: boolean): WorkerChange | undefined {
  if (state.idleDetectionEnabled === enabled) return undefined;
  return { set: { idleDetectionEnabled: enabled }, event: { type: 'worker.idle-detection-changed', data: { enabled } } };
}

/** This worker's own idle timeout (undefined: the fleet's default). */
export function idleTimeoutSet(state: Pick<WorkerState, 'idle'>, minutes: number | undefined): WorkerChange | undefined {
  if (state.idle.timeoutMinutes === minutes) return undefined;
  return { set: { idle: { ...state.idle, timeoutMinutes: minutes } }, event: { type: 'worker.idle-timeout-changed', data: { from: state.idle.timeoutMinutes, to: minutes } } };
}
