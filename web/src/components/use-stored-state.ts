import { useCallback, useState } from 'react';

/**
 * State kept in this browser (localStorage) under `key`, such as a table's chosen columns. What is
 * stored is checked with `read` on the way in, so an old or damaged value falls back to
 * `undefined` instead of breaking the page; `undefined` removes the key. Storage that is full or
 * switched off only loses the memory, never the state.
 */
export function useStoredState<T>(key: string, read: (stored: unknown) => T | undefined): [T | undefined, (value: T | undefined) => void] {
  const [value, setValue] = useState<T | undefined>(() => {
    try {
      const raw = window.localStorage.getItem(key);
      return raw === null ? undefined : read(JSON.parse(raw));
    } catch {
      return undefined;
    }
  });
  const store = useCallback(
    (next: T | undefined) => {
      setValue(next);
      try {
        if (next === undefined) window.localStorage.removeItem(key);
        else window.localStorage.setItem(key, JSON.stringify(next));
      } catch {
        /* storage unavailable: the choice lasts until the page is left */
      }
    },
    [key],
  );
  return [value, store];
}
