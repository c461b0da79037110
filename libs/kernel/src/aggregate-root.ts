import { AggregateRoot as CqrsAggregateRoot } from '@nestjs/cqrs';
import type { Actor } from './actor.js';
import { type DomainEvent, defineEvent } from './events/domain-event.js';
import type { EventMap, EventType } from './events/event-map.js';
import { uuidv7 } from './ids.js';

/** Who and when, passed into every state-changing aggregate method. */
export interface ChangeContext {
  actor: Actor;
  now: Date;
}

/**
 * Base of every aggregate. State changes only through methods that check a rule and then
 * `raise` an event; the repository stores the new state and the raised events in one atomic
 * write, and `commit()` hands the events to the outbox relay for publication.
 *
 * State is kept as a snapshot (not event-sourced): methods mutate `state` directly and the
 * events record what changed, who did it and when.
 */
export abstract class AggregateRoot<TState extends object> extends CqrsAggregateRoot<DomainEvent> {
  abstract readonly aggregateType: string;

  protected constructor(
    readonly id: string,
    protected state: TState,
    /** The version loaded from storage (0 for a new aggregate). */
    private persistedVersion: number,
  ) {
    super();
  }

  // Changes worth storing but not worth an event (e.g. telemetry that moved less than the threshold).
  private silentChanges = 0;
  // Events already saved but not yet handed to the relay by commit().
  private savedEvents = 0;

  /** The version the aggregate will have once its pending changes are saved. */
  get version(): number {
    return this.persistedVersion + this.unsavedEvents().length + this.silentChanges;
  }

  /** Events raised since the last save (the repository writes these). */
  unsavedEvents(): DomainEvent[] {
    return this.getUncommittedEvents().slice(this.savedEvents);
  }

  /** The version the store holds now; the repository's conflict check compares against it. */
  get expectedVersion(): number {
    return this.persistedVersion;
  }

  /** A read-only copy of the state for mappers and repositories. */
  snapshot(): Readonly<TState> {
    return structuredClone(this.state);
  }

  /**
   * The state itself, not a copy, for a repository's write: the store serializes it before `save`
   * resolves and nothing changes the aggregate while its save is awaited. A fleet cycle saves every
   * worker, and copying each state first (`snapshot`) was a tenth of the write's CPU.
   */
  stateForWrite(): Readonly<TState> {
    return this.state;
  }

  /** Called by the repository once the write succeeded. */
  markPersisted(): void {
    this.persistedVersion = this.version;
    this.savedEvents = this.getUncommittedEvents().length;
    this.silentChanges = 0;
  }

  /** Hands the saved events to the publisher (the outbox relay) and forgets them. */
  override commit(): void {
    super.commit();
    this.savedEvents = 0;
  }

  override uncommit(): void {
    super.uncommit();
    this.savedEvents = 0;
  }

  get hasChanges(): boolean {
    return this.unsavedEvents().length > 0 || this.silentChanges > 0;
  }

  /** Records that state changed without an event, so the change is saved (and version-checked). */
  protected touch(): void {
    if (this.silentChanges === 0) this.silentChanges = 1;
  }

  protected raise<T extends EventType>(type: T, data: EventMap[T], ctx: ChangeContext): void {
    const cls = defineEvent(type);
    this.apply(
      new cls({
        id: uuidv7(ctx.now.getTime()),
        type,
        aggregateType: this.aggregateType,
        aggregateId: this.id,
        aggregateVersion: this.version + 1,
        occurredAt: ctx.now.toISOString(),
        actor: ctx.actor,
        data,
      }),
    );
  }

  // State is mutated by the methods themselves; there are no `on<Event>` handlers to call.
  protected override getEventHandler(): undefined {
    return undefined;
  }
}
