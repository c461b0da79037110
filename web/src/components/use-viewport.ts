import { useCallback, useSyncExternalStore } from 'react';

const queryOf = (width: number) => `(min-width: ${width}px)`;

/**
 * The widest of `widths` (CSS pixels) the browser window reaches, or 0 when it is narrower than all
 * of them; re-renders when the window is resized across one. Where the browser cannot tell (no
 * matchMedia), Infinity: everything fits.
 */
export function useViewportAtLeast(widths: readonly number[]): number {
  const key = [...new Set(widths)].sort((a, b) => b - a).join(',');
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (typeof window === 'undefined' || !window.matchMedia || !key) return () => undefined;
      const lists = key.split(',').map((w) => window.matchMedia(queryOf(Number(w))));
      for (const l of lists) l.addEventListener('change', onChange);
      return () => {
        for (const l of lists) l.removeEventListener('change', onChange);
      };
    },
    [key],
  );
  const snapshot = useCallback(() => {
    if (typeof window === 'undefined' || !window.matchMedia) return Infinity;
    const reached = key ? key.split(',').map(Number).find((w) => window.matchMedia(queryOf(w)).matches) : undefined;
    return reached ?? 0;
  }, [key]);
  return useSyncExternalStore(subscribe, snapshot);
}
