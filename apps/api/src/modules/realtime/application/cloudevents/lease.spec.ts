import { Clock } from '#kernel';
import { MemoryKeyValueStore } from '../../../../platform/kv/memory-key-value.store.js';
import { Lease } from './lease.js';

class ManualClock extends Clock {
  ms = 1_750_000_000_000;
  now(): Date {
    return new Date(this.ms);
  }
}

/** A store in which another instance acts right after a read returned (between a read and a write). */
class InterleavingStore extends MemoryKeyValueStore {
  afterRead?: () => Promise<void>;
  override async get<T>(key: string): Promise<T | undefined> {
    const value = await super.get<T>(key);
    await this.runInterleaved();
    return value;
  }
  async runInterleaved(): Promise<void> {
    const step = this.afterRead;
    this.afterRead = undefined;
    await step?.();
  }
}

describe('Lease', () => {
  const setup = () => {
    const clock = new ManualClock();
    const store = new InterleavingStore(() => clock.ms);
    const lease = (holder: string) => new Lease(store, 'test:lease', holder, 30, clock);
    return { clock, store, a: lease('a'), b: lease('b') };
  };

  it('goes to one holder at a time', async () => {
    const { a, b } = setup();
    expect(await a.acquire()).toBe(true);
    expect(await b.acquire()).toBe(false);
    expect(await a.acquire()).toBe(true);
    expect(a.held).toBe(true);
    expect(b.held).toBe(false);
  });

  it('passes to another once released', async () => {
    const { a, b } = setup();
    await a.acquire();
    await a.release();
    expect(a.held).toBe(false);
    expect(await b.acquire()).toBe(true);
  });

  it('passes to another once a holder that stopped renewing runs out', async () => {
    const { a, b, clock } = setup();
    await a.acquire();
    clock.ms += 19_000;
    expect(a.held).toBe(true);
    clock.ms += 2_000;
    // A holder trusts two thirds of the TTL, so it stops before the store lets another in.
    expect(a.held).toBe(false);
    expect(await b.acquire()).toBe(false);
    clock.ms += 10_000;
    expect(await b.acquire()).toBe(true);
    expect(await a.keep()).toBe(false);
  });

  it('renews only after a third of the TTL', async () => {
    const { a, store, clock } = setup();
    await a.acquire();
    clock.ms += 5_000;
    await a.keep();
    expect(await store.ttl('test:lease')).toBe(25);
    clock.ms += 6_000;
    await a.keep();
    expect(await store.ttl('test:lease')).toBe(30);
  });

  it('never releases a lease another holds', async () => {
    const { a, b } = setup();
    await a.acquire();
    await b.release();
    expect(await b.acquire()).toBe(false);
  });

  it('never deletes the lease of a successor that took over while the release was under way', async () => {
    const { a, b, clock, store } = setup();
    await a.acquire();
    store.afterRead = async () => {
      clock.ms += 31_000;
      expect(await b.acquire()).toBe(true);
    };
    await a.release();
    await store.runInterleaved();
    expect(await store.get('test:lease')).toBe('b');
    expect(b.held).toBe(true);
  });

  it('never overwrites a successor that took over while a renewal was under way', async () => {
    const { a, b, clock, store } = setup();
    await a.acquire();
    store.afterRead = async () => {
      clock.ms += 31_000;
      await b.acquire();
    };
    await a.acquire();
    await store.runInterleaved();
    // Whoever the store names is the only one that believes it holds the lease.
    const holder = await store.get<string>('test:lease');
    expect([a.held, b.held]).toEqual([holder === 'a', holder === 'b']);
  });
});
