import { CircuitBreaker } from './circuit-breaker.js';

function breaker(failureThreshold = 3, cooldownMs = 1000) {
  const clock = { now: 0 };
  return { clock, breaker: new CircuitBreaker({ failureThreshold, cooldownMs, now: () => clock.now }) };
}

const fail = (b: CircuitBreaker): void => b.tryAcquire()?.failure();
const succeed = (b: CircuitBreaker): void => b.tryAcquire()?.success();

describe('CircuitBreaker', () => {
  it('stays closed below the threshold and resets the count on a success', () => {
    const { breaker: b } = breaker(3);
    fail(b);
    fail(b);
    succeed(b);
    fail(b);
    fail(b);
    expect(b.state).toBe('closed');
    expect(b.consecutiveFailures).toBe(2);
  });

  it('opens after N consecutive failures and then fails fast for the cooldown', () => {
    const { breaker: b, clock } = breaker(3, 1000);
    fail(b);
    fail(b);
    fail(b);
    expect(b.state).toBe('open');
    expect(b.tryAcquire()).toBeUndefined();
    clock.now = 999;
    expect(b.tryAcquire()).toBeUndefined();
    expect(b.retryInMs).toBe(1);
  });

  it('lets exactly one trial call through when half-open; success closes it', () => {
    const { breaker: b, clock } = breaker(1, 1000);
    fail(b);
    clock.now = 1000;
    expect(b.state).toBe('half-open');
    const trial = b.tryAcquire();
    expect(trial).toBeDefined();
    expect(b.tryAcquire()).toBeUndefined();
    trial?.success();
    expect(b.state).toBe('closed');
    expect(b.tryAcquire()).toBeDefined();
  });

  it('reopens for a full cooldown when the trial call fails', () => {
    const { breaker: b, clock } = breaker(2, 1000);
    fail(b);
    fail(b);
    clock.now = 1500;
    b.tryAcquire()?.failure();
    expect(b.state).toBe('open');
    clock.now = 2499;
    expect(b.tryAcquire()).toBeUndefined();
    clock.now = 2500;
    expect(b.state).toBe('half-open');
  });

  it('lets a trial through at once when someone asks to check now, and only then', () => {
    const { breaker: b, clock } = breaker(2, 30_000);
    b.probeNow();
    expect(b.state).toBe('closed');
    fail(b);
    fail(b);
    clock.now = 1000;
    expect(b.tryAcquire()).toBeUndefined();
    b.probeNow();
    expect(b.state).toBe('half-open');
    const trial = b.tryAcquire();
    expect(trial).toBeDefined();
    expect(b.tryAcquire()).toBeUndefined();
    trial!.success();
    expect(b.state).toBe('closed');
  });

  it('counts an outcome once even if reported twice', () => {
    const { breaker: b } = breaker(2);
    const permit = b.tryAcquire();
    permit?.failure();
    permit?.failure();
    expect(b.consecutiveFailures).toBe(1);
    expect(b.state).toBe('closed');
  });

  it('stays open when a call let through before it opened succeeds late; only the trial closes it', () => {
    const { breaker: b, clock } = breaker(2, 1000);
    const slow = b.tryAcquire();
    fail(b);
    fail(b);
    expect(b.state).toBe('open');
    slow?.success();
    expect(b.state).toBe('open');
    expect(b.tryAcquire()).toBeUndefined();
    clock.now = 1000;
    const trial = b.tryAcquire();
    expect(trial).toBeDefined();
    trial?.success();
    expect(b.state).toBe('closed');
  });

  it('ignores a late failure from before it opened (the cooldown is not extended)', () => {
    const { breaker: b, clock } = breaker(2, 1000);
    const slow = b.tryAcquire();
    fail(b);
    fail(b);
    clock.now = 900;
    slow?.failure();
    expect(b.retryInMs).toBe(100);
  });

  it('does not let an old permit reset the count of a later closed period', () => {
    const { breaker: b, clock } = breaker(2, 1000);
    const old = b.tryAcquire();
    fail(b);
    fail(b);
    clock.now = 1000;
    b.tryAcquire()?.success();
    fail(b);
    old?.success();
    expect(b.consecutiveFailures).toBe(1);
  });
});
