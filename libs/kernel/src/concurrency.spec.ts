import { createLimiter, inCompletionOrder, mapWithConcurrency } from './concurrency.js';

const tick = () => new Promise((r) => setImmediate(r));

function gate(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('createLimiter', () => {
  it('never runs more than the limit at once, across callers, and runs everything in arrival order', async () => {
    const limit = createLimiter(2);
    let running = 0;
    let peak = 0;
    const started: number[] = [];
    const gates = Array.from({ length: 5 }, gate);
    const tasks = gates.map((g, i) =>
      limit(async () => {
        started.push(i);
        running++;
        peak = Math.max(peak, running);
        await g.promise;
        running--;
        return i * 10;
      }),
    );
    await tick();
    expect(started).toEqual([0, 1]);
    gates[1].resolve();
    await tick();
    expect(started).toEqual([0, 1, 2]);
    for (const g of gates) g.resolve();
    expect(await Promise.all(tasks)).toEqual([0, 10, 20, 30, 40]);
    expect(peak).toBe(2);
  });

  it.each(Array.from({ length: 8 }, (_, k) => k))('keeps a limit of 1 when a caller arrives %i microtasks after a slot is freed', async (delay) => {
    const limit = createLimiter(1);
    let running = 0;
    let peak = 0;
    const task = async () => {
      running++;
      peak = Math.max(peak, running);
      await tick();
      running--;
    };
    const first = gate();
    const a = limit(async () => {
      await first.promise;
    });
    const b = limit(task);
    first.resolve();
    let late: Promise<void> = Promise.resolve();
    let chain = Promise.resolve();
    for (let i = 0; i < delay; i++) chain = chain.then(() => undefined);
    await chain.then(() => {
      late = limit(task);
    });
    await Promise.all([a, b, late]);
    expect(peak).toBe(1);
  });

  it('frees the slot of a task that fails and passes the failure on', async () => {
    const limit = createLimiter(1);
    await expect(limit(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(limit(async () => 'next')).resolves.toBe('next');
  });

  it.each([0, -1, 1.5])('refuses a limit of %p', (n) => {
    expect(() => createLimiter(n)).toThrow(RangeError);
  });
});

describe('mapWithConcurrency', () => {
  it('keeps the input order of results', async () => {
    expect(await mapWithConcurrency([3, 1, 2], 2, async (n) => n * 2)).toEqual([6, 2, 4]);
  });
});

describe('inCompletionOrder', () => {
  function deferred<T>() {
    let resolve!: (v: T) => void;
    let reject!: (e: unknown) => void;
    const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
    return { promise, resolve, reject };
  }

  it('hands out values in the order they settle, in batches of what is ready, at most maxBatch each', async () => {
    const d = Array.from({ length: 5 }, () => deferred<string>());
    const batches: string[][] = [];
    const reading = (async () => {
      for await (const batch of inCompletionOrder(d.map((x) => x.promise), 2)) batches.push(batch);
    })();
    d[3].resolve('d');
    await tick();
    d[0].resolve('a');
    d[4].resolve('e');
    d[1].resolve('b');
    await tick();
    d[2].resolve('c');
    await reading;
    expect(batches).toEqual([['d'], ['a', 'e'], ['b'], ['c']]);
  });

  it('waits for nothing when there is nothing to wait for', async () => {
    const batches: number[][] = [];
    for await (const batch of inCompletionOrder<number>([], 3)) batches.push(batch);
    expect(batches).toEqual([]);
  });

  it('ends with the error of a rejected value', async () => {
    const read = async () => {
      for await (const _ of inCompletionOrder([Promise.resolve(1), Promise.reject(new Error('lost'))], 5)) void _;
    };
    await expect(read()).rejects.toThrow('lost');
  });

  it.each([0, 1.5, -1])('refuses a batch size of %p', async (size) => {
    await expect(inCompletionOrder([], size).next()).rejects.toThrow(RangeError);
  });
});
