export type CircuitState = 'closed' | 'open' | 'half-open';

export interface CircuitBreakerOptions {
  /** Consecutive failed calls that open the circuit. */
  failureThreshold: number;
  /** How long an open circuit rejects calls before it lets one trial call through. */
  cooldownMs: number;
  now?: () => number;
}

/** Permission to make one call; report its outcome exactly once. */
export interface CircuitPermit {
  success(): void;
  failure(): void;
}

/**
 * A per-controller circuit breaker. Closed: calls pass and consecutive failures are counted. After
 * `failureThreshold` failures it opens and rejects calls for `cooldownMs`; then it is half-open and lets
 * exactly one trial call through: success closes it, failure opens it for another cooldown.
 */
export class CircuitBreaker {
  private current: CircuitState = 'closed';
  private failures = 0;
  private openedAt = 0;
  private trialInFlight = false;
  /** Counts the times the circuit opened; a permit from an earlier period reports into nothing. */
  private generation = 0;
  private readonly now: () => number;

  constructor(private readonly options: CircuitBreakerOptions) {
    this.now = options.now ?? Date.now;
  }

  /** The state as a caller would see it now (an open circuit past its cooldown is half-open). */
  get state(): CircuitState {
    if (this.current === 'open' && this.now() - this.openedAt >= this.options.cooldownMs) return 'half-open';
    return this.current;
  }

  get consecutiveFailures(): number {
    return this.failures;
  }

  /** Milliseconds until an open circuit lets a trial call through (0 when not open). */
  get retryInMs(): number {
    return this.current === 'open' ? Math.max(0, this.options.cooldownMs - (this.now() - this.openedAt)) : 0;
  }

  /**
   * Someone asked to check the controller now (a manual refresh): an open circuit becomes half-open
   * at once, so the next call is its trial instead of failing fast until the cooldown ends.
   */
  probeNow(): void {
    if (this.current === 'open') this.openedAt = this.now() - this.options.cooldownMs;
  }

  /** A permit for one call, or undefined when the call must fail fast. */
  tryAcquire(): CircuitPermit | undefined {
    const state = this.state;
    if (state === 'open') return undefined;
    if (state === 'half-open') {
      if (this.trialInFlight) return undefined;
      this.current = 'half-open';
      this.trialInFlight = true;
      return this.permit(true);
    }
    return this.permit(false);
  }

  private permit(trial: boolean): CircuitPermit {
    let settled = false;
    const issuedIn = this.generation;
    const settle = (ok: boolean): void => {
      if (settled) return;
      settled = true;
      if (trial) this.trialInFlight = false;
      // Only the half-open trial decides once the circuit has opened: a call let through before
      // that (slow, still in flight) says nothing about the controller now.
      else if (issuedIn !== this.generation || this.current !== 'closed') return;
      if (ok) {
        this.failures = 0;
        this.current = 'closed';
        return;
      }
      this.failures += 1;
      if (trial || this.failures >= this.options.failureThreshold) this.open();
    };
    return { success: () => settle(true), failure: () => settle(false) };
  }

  private open(): void {
    this.current = 'open';
    this.openedAt = this.now();
    this.generation += 1;
  }
}
