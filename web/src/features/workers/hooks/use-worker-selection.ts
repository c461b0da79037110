import { useCallback, useEffect, useMemo, useState } from 'react';
import type { WorkerListItem } from '../api/types';

/**
 * The workers chosen for a bulk action: by row (kept across pages, each as last listed, so its
 * `actions` stay current), or every worker matching the filter (`allMatching`). A new filter
 * (`scope`) starts a new selection: what was chosen under another filter is out of sight.
 */
export function useWorkerSelection(pageItems: readonly WorkerListItem[] | undefined, scope: string) {
  const [chosen, setChosen] = useState<ReadonlyMap<string, WorkerListItem>>(new Map());
  const [allMatching, setAllMatching] = useState(false);

  useEffect(() => {
    setChosen(new Map());
    setAllMatching(false);
  }, [scope]);

  // Each chosen worker as the list last answered it.
  useEffect(() => {
    if (!pageItems) return;
    setChosen((prev) => {
      if (!pageItems.some((w) => prev.has(w.id) && prev.get(w.id) !== w)) return prev;
      const next = new Map(prev);
      for (const w of pageItems) if (next.has(w.id)) next.set(w.id, w);
      return next;
    });
  }, [pageItems]);

  const toggle = useCallback(
    (id: string) => {
      setAllMatching(false);
      setChosen((prev) => {
        const next = new Map(prev);
        if (next.has(id)) next.delete(id);
        else {
          const w = pageItems?.find((x) => x.id === id);
          if (w) next.set(id, w);
        }
        return next;
      });
    },
    [pageItems],
  );

  const pageSelected = Boolean(pageItems?.length) && pageItems!.every((w) => chosen.has(w.id));
  const togglePage = useCallback(() => {
    setAllMatching(false);
    setChosen((prev) => {
      const next = new Map(prev);
      const all = pageItems?.every((w) => next.has(w.id));
      for (const w of pageItems ?? []) {
        if (all) next.delete(w.id);
        else next.set(w.id, w);
      }
      return next;
    });
  }, [pageItems]);

  const clear = useCallback(() => {
    setChosen(new Map());
    setAllMatching(false);
  }, []);
  const selectAllMatching = useCallback(() => setAllMatching(true), []);
  const ids = useMemo(() => new Set(chosen.keys()), [chosen]);

  return { chosen, ids, allMatching, pageSelected, toggle, togglePage, clear, selectAllMatching };
}

export type WorkerSelection = ReturnType<typeof useWorkerSelection>;
