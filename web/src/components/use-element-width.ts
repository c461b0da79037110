import { type RefObject, useLayoutEffect, useState } from 'react';

/**
 * The width of `ref`'s element in CSS pixels, kept current by a ResizeObserver, so an SVG can be
 * drawn at its real size (text that never stretches) instead of being scaled from a viewBox. Where
 * nothing can be measured (no ResizeObserver, or not laid out yet, as in jsdom) it is `fallback`.
 */
export function useElementWidth(ref: RefObject<HTMLElement | null>, fallback = 600): number {
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measured = el.getBoundingClientRect().width;
    if (measured > 0) setWidth(Math.round(measured));
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const w = entries[0]?.contentRect.width ?? 0;
      // Whole pixels: sub-pixel jitter while a scrollbar comes and goes would redraw for nothing.
      if (w > 0) setWidth(Math.round(w));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
