import type { CostDay, CostGroup } from '../api/cost-types';

/** Colour-blind-safe (Okabe and Ito), readable on white; the last is the "other" series. */
const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00'];
const OTHER_COLOUR = '#8a8a8a';
export const OTHER_KEY = '\u0000other';

export interface Series {
  key: string;
  label: string;
  colour: string;
  totalUsd: number;
}

export interface StackedDay {
  day: string;
  totalUsd: number;
  /** One amount per series, in the series' order (0 where the group spent nothing). */
  amounts: number[];
}

/**
 * The days stacked by group: the `limit` groups that spent most keep their own colour, the rest
 * are summed as "Other (n groups)" so the chart stays readable with a large fleet.
 */
export function stackSeries(days: readonly CostDay[], groups: readonly CostGroup[], limit = PALETTE.length): { series: Series[]; days: StackedDay[] } {
  const ranked = [...groups].sort((a, b) => b.totalUsd - a.totalUsd);
  const own = ranked.length > limit ? ranked.slice(0, limit - 1) : ranked;
  const rest = ranked.slice(own.length);
  const series: Series[] = own.map((g, i) => ({ key: g.key, label: g.key, colour: PALETTE[i % PALETTE.length], totalUsd: g.totalUsd }));
  if (rest.length) series.push({ key: OTHER_KEY, label: `Other (${rest.length} groups)`, colour: OTHER_COLOUR, totalUsd: rest.reduce((s, g) => s + g.totalUsd, 0) });
  const ownKeys = new Set(own.map((g) => g.key));
  const stacked = days.map((d) => {
    const amounts = series.map((s) =>
      s.key === OTHER_KEY ? Object.entries(d.byGroup).reduce((sum, [k, usd]) => (ownKeys.has(k) ? sum : sum + usd), 0) : (d.byGroup[s.key] ?? 0),
    );
    return { day: d.day, totalUsd: d.totalUsd, amounts };
  });
  return { series, days: stacked };
}

/** A round top for the axis above `max`: 1, 2 or 5 times a power of ten, so the quarter lines read well. */
export function axisTop(max: number): number {
  if (!(max > 0)) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 2, 4, 5, 10]) if (step * magnitude >= max) return step * magnitude;
  return 10 * magnitude;
}
