import { useId, useRef, useState } from 'react';
import { useElementWidth } from '../../../components/use-element-width';
import { formatUsd } from '../../../lib/format';
import type { CostDay, CostGroup } from '../api/cost-types';
import { formatCostDay, formatMonth } from '../lib/month';
import { axisTop, type Series, type StackedDay, stackSeries } from '../lib/spend-series';

const H = 240;
const PAD = { left: 56, right: 8, top: 10, bottom: 26 };

function daysInMonth(month: string): number {
  const [y, m] = month.split('-').map(Number);
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** What the chart shows, in one paragraph: the figure for people who cannot see it. */
export function describeSpend(month: string, groupNoun: string, series: Series[], days: StackedDay[]): string {
  const total = days.reduce((s, d) => s + d.totalUsd, 0);
  const head = `Spend per day in ${formatMonth(month)}, stacked by ${groupNoun}`;
  if (days.length === 0 || total === 0) return `${head}: nothing spent so far.`;
  const peak = days.reduce((a, b) => (b.totalUsd > a.totalUsd ? b : a));
  const largest = series
    .slice(0, 3)
    .map((s) => `${s.label} ${formatUsd(s.totalUsd)}`)
    .join(', ');
  return `${head}: ${formatUsd(total)} over ${days.length} ${days.length === 1 ? 'day' : 'days'}, the most on ${formatCostDay(peak.day, true)} (${formatUsd(peak.totalUsd)}). Largest: ${largest}${series.length > 3 ? ', and others' : ''}.`;
}

/**
 * Spend per day, stacked by group, as hand-written SVG (a month of bars needs no chart library,
 * ADR 0044). It is drawn at its measured width (ADR 0049), so its text keeps one size on any
 * screen; its summary is its accessible name, and "Show as table" gives every figure as a table.
 */
export function SpendChart({ month, groupNoun, days, groups }: { month: string; groupNoun: string; days: CostDay[]; groups: CostGroup[] }) {
  const [asTable, setAsTable] = useState(false);
  const captionId = useId();
  // The figure is there in both views, so the measurement survives switching to the table and back.
  const box = useRef<HTMLElement>(null);
  const W = Math.max(320, useElementWidth(box, 720));
  const { series, days: stacked } = stackSeries(days, groups);
  const summary = describeSpend(month, groupNoun, series, stacked);
  const slots = Math.max(daysInMonth(month), stacked.length);
  const top = axisTop(Math.max(0, ...stacked.map((d) => d.totalUsd)));
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const slot = plotW / slots;
  const barW = Math.max(2, slot * 0.7);
  const y = (usd: number) => PAD.top + (1 - usd / top) * plotH;

  return (
    <figure ref={box} className="mb-0" aria-labelledby={captionId}>
      <figcaption id={captionId} className="d-flex flex-wrap align-items-center gap-2 mb-2">
        <span className="fw-semibold me-auto">Spend per day, by {groupNoun} (USD)</span>
        <button type="button" className="btn btn-sm btn-outline-secondary" onClick={() => setAsTable((t) => !t)} aria-pressed={asTable}>
          {asTable ? 'Show as chart' : 'Show as table'}
        </button>
      </figcaption>
      {asTable ? (
        <div className="table-responsive" style={{ maxHeight: 420 }}>
          <table className="table table-sm mb-0">
            <caption className="visually-hidden">{summary}</caption>
            <thead className="table-light">
              <tr>
                <th scope="col">Day (UTC)</th>
                {series.map((s) => (
                  <th key={s.key} scope="col" className="text-end">
                    {s.label}
                  </th>
                ))}
                <th scope="col" className="text-end">
                  Total
                </th>
              </tr>
            </thead>
            <tbody>
              {stacked.map((d) => (
                <tr key={d.day}>
                  <th scope="row" className="fw-normal text-nowrap">
                    {formatCostDay(d.day, true)}
                  </th>
                  {d.amounts.map((usd, i) => (
                    <td key={series[i].key} className="text-end">
                      {formatUsd(usd)}
                    </td>
                  ))}
                  <td className="text-end fw-semibold">{formatUsd(d.totalUsd)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <>
          <svg width={W} height={H} className="d-block" role="img" aria-label={summary} data-testid="spend-chart">
            {[0, 0.25, 0.5, 0.75, 1].map((f) => (
              <g key={f}>
                <line x1={PAD.left} x2={W - PAD.right} y1={y(f * top)} y2={y(f * top)} stroke="currentColor" strokeOpacity={f === 0 ? 0.4 : 0.1} />
                <text x={PAD.left - 6} y={y(f * top) + 4} fontSize={11} textAnchor="end" fill="currentColor" opacity={0.7}>
                  {formatUsd(f * top, { whole: true })}
                </text>
              </g>
            ))}
            {stacked.map((d, i) => {
              const x = PAD.left + i * slot + (slot - barW) / 2;
              let base = 0;
              return (
                <g key={d.day}>
                  <title>{`${formatCostDay(d.day, true)}: ${formatUsd(d.totalUsd)}`}</title>
                  {d.amounts.map((usd, j) => {
                    if (usd <= 0) return null;
                    const y0 = y(base);
                    base += usd;
                    return (
                      <rect key={series[j].key} x={x} y={y(base)} width={barW} height={Math.max(0, y0 - y(base))} fill={series[j].colour}>
                        <title>{`${series[j].label}, ${formatCostDay(d.day, true)}: ${formatUsd(usd)}`}</title>
                      </rect>
                    );
                  })}
                </g>
              );
            })}
            {Array.from({ length: slots }, (_, i) => i)
              // Days 1, 8, 15, 22 and 29: a label a week apart never overlaps the next.
              .filter((i) => i % 7 === 0)
              .map((i) => (
                <text key={i} x={PAD.left + i * slot + slot / 2} y={H - 8} fontSize={11} textAnchor="middle" fill="currentColor" opacity={0.7}>
                  {formatCostDay(`${month}-${String(i + 1).padStart(2, '0')}`)}
                </text>
              ))}
          </svg>
          <ul className="list-inline small mb-0 mt-2" aria-label="Legend">
            {series.map((s) => (
              <li key={s.key} className="list-inline-item me-3">
                <span className="d-inline-block rounded-1 me-1 align-middle" style={{ width: 12, height: 12, background: s.colour }} aria-hidden="true" />
                {s.label} <span className="text-body-secondary">{formatUsd(s.totalUsd)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </figure>
  );
}
