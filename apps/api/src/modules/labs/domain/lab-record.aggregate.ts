import { type Actor, AggregateRoot, type ChangeContext, type EventMap, type EventType, type LabStateName, type LabStateTrigger } from '#kernel';

/** What a CML controller reports about one lab (mapped from the CML port by the adapter). */
export interface LabFacts {
  title: string;
  description: string;
  notes: string;
  state: LabStateName;
  ownerUsername?: string;
  ownerFullname?: string;
  nodeCount?: number;
  linkCount?: number;
  /** When the lab was created / last modified, by the controller's clock. */
  createdAt?: string;
  modifiedAt?: string;
}

/** One state change of the lab; `from` is absent for the state it was first seen in. */
export interface StateHistoryEntry {
  at: string;
  from?: LabStateName;
  to: LabStateName;
  trigger: LabStateTrigger;
  by: Actor;
}

/**
 * `present`: on the controller. `removed`: disappeared from the controller (deleted there).
 * `deleted`: deleted through this product. The record and its history stay in both cases.
 */
export type LabPresence = 'present' | 'removed' | 'deleted';

export interface LabRecordState extends LabFacts {
  workerId: string;
  labId: string;
  presence: LabPresence;
  /** Newest last, capped (see LAB_STATE_HISTORY_LIMIT); the event log keeps every change. */
  stateHistory: StateHistoryEntry[];
  firstSeenAt: string;
  lastSyncedAt: string;
  updatedAt: string;
  importedAt?: string;
  importedBy?: Actor;
  removedAt?: string;
  deletedAt?: string;
  deletedBy?: Actor;
}

/** How many state changes a record keeps (the rest stay in the event log). */
export interface HistoryPolicy {
  historyLimit: number;
}

/** What a sync did to one record. */
export type SyncOutcome = 'created' | 'updated' | 'unchanged' | 'removed';

/** Fields whose change is a `lab.updated` event. CML's `modified` moves with every edit and state change: stored silently. */
const TRACKED = ['title', 'description', 'notes', 'ownerUsername', 'ownerFullname', 'nodeCount', 'linkCount'] as const;
const LONG_TEXT = new Set<string>(['description', 'notes']);
const EXCERPT = 200;

// Notes can be 32 KiB: events carry an excerpt, the record the full text.
function excerpt(field: string, value: unknown): unknown {
  if (!LONG_TEXT.has(field) || typeof value !== 'string' || value.length <= EXCERPT) return value;
  return `${value.slice(0, EXCERPT)}…`;
}

/** The product's record of one lab on one worker's CML controller. */
export class LabRecord extends AggregateRoot<LabRecordState> {
  readonly aggregateType = 'lab';

  constructor(id: string, state: LabRecordState, version: number) {
    super(id, state, version);
  }

  /** A lab a sync found on the controller. */
  static discover(id: string, workerId: string, labId: string, facts: LabFacts, policy: HistoryPolicy, ctx: ChangeContext): LabRecord {
    const record = LabRecord.blank(id, workerId, labId, facts, ctx);
    record.pushHistory({ at: ctx.now.toISOString(), to: facts.state, trigger: 'sync', by: ctx.actor }, policy);
    record.raise('lab.discovered', { workerId, labId, ...record.summary() }, ctx);
    return record;
  }

  /** A lab created from a topology uploaded through this product. */
  static import(id: string, workerId: string, labId: string, facts: LabFacts, upload: { filename?: string; bytes: number }, policy: HistoryPolicy, ctx: ChangeContext): LabRecord {
    const record = LabRecord.blank(id, workerId, labId, facts, ctx);
    record.recordImport(upload, policy, ctx);
    return record;
  }

  private static blank(id: string, workerId: string, labId: string, facts: LabFacts, ctx: ChangeContext): LabRecord {
    const now = ctx.now.toISOString();
    return new LabRecord(id, { ...facts, workerId, labId, presence: 'present', stateHistory: [], firstSeenAt: now, lastSyncedAt: now, updatedAt: now }, 0);
  }

  get workerId(): string {
    return this.state.workerId;
  }
  get labId(): string {
    return this.state.labId;
  }
  get title(): string {
    return this.state.title;
  }
  get labState(): LabStateName {
    return this.state.state;
  }
  get presence(): LabPresence {
    return this.state.presence;
  }

  /**
   * Applies what a sync read. Only real changes are events; otherwise the record is stored
   * silently with its new `lastSyncedAt`. A lab that had disappeared and is back is discovered again.
   */
  observe(facts: LabFacts, policy: HistoryPolicy, ctx: ChangeContext, trigger: LabStateTrigger = 'sync'): SyncOutcome {
    const now = ctx.now.toISOString();
    let outcome: SyncOutcome = 'unchanged';
    if (this.state.presence !== 'present') {
      this.state.presence = 'present';
      this.state.removedAt = undefined;
      this.state.deletedAt = undefined;
      this.state.deletedBy = undefined;
      const { title, state, ownerUsername, nodeCount, linkCount } = facts;
      this.raise('lab.discovered', { workerId: this.state.workerId, labId: this.state.labId, title, state, ownerUsername, nodeCount, linkCount, rediscovered: true }, ctx);
      outcome = 'created';
    }
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    for (const field of TRACKED) {
      const next = facts[field];
      if (this.state[field] !== next) {
        changes[field] = { from: excerpt(field, this.state[field]), to: excerpt(field, next) };
        (this.state as unknown as Record<string, unknown>)[field] = next;
      }
    }
    if (Object.keys(changes).length) {
      this.raise('lab.updated', { workerId: this.state.workerId, labId: this.state.labId, changes }, ctx);
      if (outcome === 'unchanged') outcome = 'updated';
    }
    if (this.changeState(facts.state, trigger, policy, ctx) && outcome === 'unchanged') outcome = 'updated';
    this.state.createdAt = facts.createdAt ?? this.state.createdAt;
    this.state.modifiedAt = facts.modifiedAt ?? this.state.modifiedAt;
    this.state.lastSyncedAt = now;
    this.touch();
    return outcome;
  }

  /** Records the state the controller reports after an action taken through this product. */
  applyState(state: LabStateName, policy: HistoryPolicy, ctx: ChangeContext): boolean {
    const changed = this.changeState(state, 'user', policy, ctx);
    this.state.lastSyncedAt = ctx.now.toISOString();
    this.touch();
    return changed;
  }

  /** The lab came from an upload through this product (also when a sync saw it first). */
  recordImport(upload: { filename?: string; bytes: number }, policy: HistoryPolicy, ctx: ChangeContext): void {
    const now = ctx.now.toISOString();
    this.state.importedAt = now;
    this.state.importedBy = ctx.actor;
    if (this.state.stateHistory.length === 0) this.pushHistory({ at: now, to: this.state.state, trigger: 'user', by: ctx.actor }, policy);
    this.raise(
      'lab.imported',
      { workerId: this.state.workerId, labId: this.state.labId, ...this.summary(), filename: upload.filename, bytes: upload.bytes },
      ctx,
    );
  }

  /** A sync no longer finds the lab on the controller. Returns false when it was already gone. */
  markRemoved(ctx: ChangeContext): boolean {
    if (this.state.presence !== 'present') return false;
    this.state.presence = 'removed';
    this.state.removedAt = ctx.now.toISOString();
    this.raise('lab.removed', { workerId: this.state.workerId, labId: this.state.labId, title: this.state.title, lastState: this.state.state }, ctx);
    return true;
  }

  /** Deleted through this product (after stopping and wiping it when needed). */
  markDeleted(steps: { stopped: boolean; wiped: boolean }, ctx: ChangeContext): void {
    const now = ctx.now.toISOString();
    this.state.presence = 'deleted';
    this.state.deletedAt = now;
    this.state.deletedBy = ctx.actor;
    this.raise('lab.deleted', { workerId: this.state.workerId, labId: this.state.labId, title: this.state.title, ...steps }, ctx);
  }

  private changeState(to: LabStateName, trigger: LabStateTrigger, policy: HistoryPolicy, ctx: ChangeContext): boolean {
    const from = this.state.state;
    if (from === to) return false;
    this.state.state = to;
    this.pushHistory({ at: ctx.now.toISOString(), from, to, trigger, by: ctx.actor }, policy);
    this.raise('lab.state-changed', { workerId: this.state.workerId, labId: this.state.labId, from, to, trigger }, ctx);
    return true;
  }

  private pushHistory(entry: StateHistoryEntry, policy: HistoryPolicy): void {
    const history = [...this.state.stateHistory, entry];
    this.state.stateHistory = history.slice(Math.max(0, history.length - policy.historyLimit));
  }

  private summary() {
    const { title, state, ownerUsername, nodeCount, linkCount } = this.state;
    return { title, state, ownerUsername, nodeCount, linkCount };
  }

  protected override raise<T extends EventType>(type: T, data: EventMap[T], ctx: ChangeContext): void {
    this.state.updatedAt = ctx.now.toISOString();
    super.raise(type, data, ctx);
  }
}
