import type { AggregateDocument, AggregateMapper } from '#persistence';
import type { WorkerView } from '../application/worker.view.js';
import { Worker } from '../domain/worker.aggregate.js';
import type { WorkerState } from '../domain/worker.state.js';

/** The stored document: the state plus `instanceKey`, set only while managed (unique, sparse index). See `worker.schema.ts`. */
export type WorkerDocument = WorkerState & { instanceKey?: string };

/** A worker's document as reads return it (lean, without its outbox). */
export type StoredWorker = Omit<AggregateDocument<WorkerDocument>, '_outbox'>;

export function instanceKey(region: string, instanceId: string): string {
  return `${region}/${instanceId}`;
}

/**
 * No field of a worker's state is ever null, but some write paths store an absent optional field as
 * null (a `$set` of undefined). Read back, that null would reach the API as `"owner": null` instead of
 * no owner, depending on which path wrote last: a stored null means absent.
 */
function withoutNulls<T extends object>(doc: T): T {
  return Object.fromEntries(Object.entries(doc).filter(([, v]) => v !== null)) as T;
}

export const workerMapper: AggregateMapper<Worker, WorkerDocument> = {
  toDocument(worker) {
    const state = worker.stateForWrite() as WorkerState;
    return { ...state, instanceKey: state.managed && state.instanceId ? instanceKey(state.region, state.instanceId) : undefined };
  },
  fromDocument(id, version, doc) {
    const { instanceKey: _key, ...state } = withoutNulls(doc);
    // Documents written before idle detection (or boot-to-ready samples) existed lack those.
    return new Worker(id, { ...(state as WorkerState), idle: (state as WorkerState).idle ?? {}, bootToReadySeconds: (state as WorkerState).bootToReadySeconds ?? [] }, version);
  },
};

/** A stored document as the API shows it. */
export function toView(doc: StoredWorker): WorkerView {
  const { _id, version, instanceKey: _key, ...state } = withoutNulls(doc);
  return { id: String(_id), version: Number(version), ...(state as WorkerState), bootToReadySeconds: (state as WorkerState).bootToReadySeconds ?? [] };
}
