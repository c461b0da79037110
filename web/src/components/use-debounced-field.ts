import { useEffect, useRef, useState } from 'react';

/**
 * A text filter that applies itself: what is typed shows at once, and `commit` is called after a
 * pause in typing (`delayMs`). When `committed` changes from outside (the URL, "clear filters"),
 * the field follows. Returns the field's value, its setter, and `flush` to commit at once (Enter).
 */
export function useDebouncedField(committed: string, commit: (value: string) => void, delayMs = 300): [string, (value: string) => void, () => void] {
  const [value, setValue] = useState(committed);
  const latest = useRef(commit);
  latest.current = commit;
  useEffect(() => setValue(committed), [committed]);
  useEffect(() => {
    if (value === committed) return;
    const timer = setTimeout(() => latest.current(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, committed, delayMs]);
  return [value, setValue, () => value !== committed && latest.current(value)];
}
