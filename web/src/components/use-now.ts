import { useCallback, useSyncExternalStore } from 'react';

interface Ticker {
  now: number;
  listeners: Set<() => void>;
  timer?: ReturnType<typeof setInterval>;
}

// One interval per period for the whole page, however many clocks are on screen (a table of 100 rows).
const tickers = new Map<number, Ticker>();

function ticker(everyMs: number): Ticker {
  let t = tickers.get(everyMs);
  if (!t) {
    t = { now: Date.now(), listeners: new Set() };
    tickers.set(everyMs, t);
  }
  return t;
}

function subscribe(everyMs: number, listener: () => void): () => void {
  const t = ticker(everyMs);
  t.listeners.add(listener);
  if (!t.timer) {
    // The first clock on screen after none: the time kept since the last tick is stale (a page opened
    // minutes after the previous one closed would word its times from then).
    t.now = Date.now();
    t.timer = setInterval(() => {
      t.now = Date.now();
      for (const l of t.listeners) l();
    }, everyMs);
  }
  return () => {
    t.listeners.delete(listener);
    if (t.listeners.size === 0) {
      clearInterval(t.timer);
      t.timer = undefined;
    }
  };
}

/** The current time, re-rendering every `everyMs` (countdowns, "3 min ago"). */
export function useNow(everyMs = 30_000): number {
  // A stable subscribe function: a new one per render would resubscribe (and restart the clock) every render.
  const sub = useCallback((listener: () => void) => subscribe(everyMs, listener), [everyMs]);
  const snapshot = useCallback(() => {
    const t = ticker(everyMs);
    // An idle ticker's time is old; refresh it before the first subscriber renders with it.
    if (!t.timer && Date.now() - t.now >= everyMs) t.now = Date.now();
    return t.now;
  }, [everyMs]);
  return useSyncExternalStore(sub, snapshot);
}
