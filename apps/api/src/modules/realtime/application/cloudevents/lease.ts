import type { Clock, KeyValueStore } from '#kernel';

/**
 * "Only one of us does this": a key in the shared store with a time to live. The holder renews it;
 * a holder that crashed stops renewing and another instance takes over once the key expires.
 *
 * Taking, renewing and releasing are each one atomic step in the store (set-if-absent,
 * renew-if-holder, delete-if-holder), so a holder that lost the lease can neither overwrite nor
 * delete its successor's. A holder trusts its lease for two thirds of the TTL only; a holder that
 * stalls past that may still finish a step it began, which callers tolerate (the publisher only
 * risks delivering an event twice, which at-least-once allows).
 */
export class Lease {
  private heldUntil = 0;
  private renewedAt = 0;

  constructor(
    private readonly store: KeyValueStore,
    private readonly key: string,
    readonly holder: string,
    private readonly ttlSeconds: number,
    private readonly clock: Clock,
  ) {}

  private now(): number {
    return this.clock.now().getTime();
  }

  /** True while this holder's lease has not run out (by its own clock, with a margin). */
  get held(): boolean {
    return this.now() < this.heldUntil;
  }

  /** Takes the lease if free, renews it if ours; false when someone else holds it. */
  async acquire(): Promise<boolean> {
    const started = this.now();
    try {
      const ours = (await this.store.setIfAbsent(this.key, this.holder, this.ttlSeconds)) || (await this.store.renewIf(this.key, this.holder, this.ttlSeconds));
      // Trust a third of the TTL less than the store does, for clock drift and slow round trips.
      this.heldUntil = ours ? started + (this.ttlSeconds * 1000 * 2) / 3 : 0;
      if (ours) this.renewedAt = started;
      return ours;
    } catch {
      // The store is away: keep what we had until it runs out; never claim more.
      return this.held;
    }
  }

  /** Renews when a third of the TTL has passed since the last renewal; false once the lease is lost. */
  async keep(): Promise<boolean> {
    if (this.held && this.now() - this.renewedAt < (this.ttlSeconds * 1000) / 3) return true;
    return this.acquire();
  }

  async release(): Promise<void> {
    this.heldUntil = 0;
    try {
      await this.store.deleteIf(this.key, this.holder);
    } catch {
      // It expires on its own.
    }
  }
}
