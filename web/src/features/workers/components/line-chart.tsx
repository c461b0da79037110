import { type KeyboardEvent, type PointerEvent, useId, useRef, useState } from 'react';
import { useElementWidth } from '../../../components/use-element-width';
import { browserTimeZone, formatChartTime } from '../../../lib/format';

export interface ChartSeries {
  key: string;
  label: string;
  color: string;
  /** A dash pattern, so series differ by more than colour. */
  dash?: string;
  /** One value per entry of the chart's `times`; undefined is a gap. */
  values: (number | undefined)[];
}

const H = 200;
const PAD = { left: 64, right: 16, top: 12, bottom: 42 };
const DAY = 86_400_000;
/** A drag shorter than this is a click, not a selection. */
const DRAG_PX = 6;

function niceMax(max: number): number {
  if (max <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(max));
  return Math.ceil(max / magnitude) * magnitude;
}

/** The index of the time nearest to `t`, or undefined when there are none. */
export function nearestIndex(times: number[], t: number): number | undefined {
  let best: number | undefined;
  for (let i = 0; i < times.length; i++) {
    if (best === undefined || Math.abs(times[i] - t) < Math.abs(times[best] - t)) best = i;
  }
  return best;
}

/**
 * A line chart drawn in real pixels (the SVG is measured, not stretched, so its text keeps its
 * shape), one or more series over shared `times`, gaps kept as gaps. The crosshair is the caller's
 * (`cursor`, a time), so charts side by side move together; the pointer or the keyboard moves it.
 * Dragging across the plot selects a window to zoom to (`onZoom`); + and − zoom by keyboard.
 */
export function LineChart({
  title,
  axisUnit,
  format,
  times,
  series,
  from,
  to,
  max,
  cursor,
  onCursor,
  onZoom,
  onZoomBy,
  describedBy,
}: {
  title: string;
  /** The unit of the value axis, in words ("percent", "nodes"): its title. */
  axisUnit: string;
  /** A value with its unit ("35.2%", "6 nodes"). */
  format: (v: number, fractionDigits?: number) => string;
  times: number[];
  series: ChartSeries[];
  from: number;
  to: number;
  max?: number;
  cursor: number | undefined;
  onCursor: (t: number | undefined) => void;
  onZoom: (from: number, to: number) => void;
  onZoomBy: (factor: number, center?: number) => void;
  describedBy?: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  const width = Math.max(240, useElementWidth(box));
  const titleId = useId();
  const [drag, setDrag] = useState<{ start: number; end: number }>();

  const plotW = width - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const all = series.flatMap((s) => s.values.filter((v): v is number => v !== undefined));
  // Counts get a top divisible by 4, so the quarter grid lines fall on whole numbers.
  const top = max ?? Math.max(4, Math.ceil(niceMax(Math.max(1, ...all)) / 4) * 4);
  const span = Math.max(1, to - from);
  const x = (t: number) => PAD.left + ((t - from) / span) * plotW;
  const y = (v: number) => PAD.top + (1 - v / top) * plotH;
  const timeAt = (px: number) => from + ((Math.min(Math.max(px, PAD.left), PAD.left + plotW) - PAD.left) / plotW) * span;

  const index = cursor === undefined ? undefined : times.indexOf(cursor);
  const at = index !== undefined && index >= 0 ? index : undefined;

  const summary = series
    .map((s) => {
      const values = s.values.filter((v): v is number => v !== undefined);
      if (!values.length) return `${s.label}: no samples`;
      const latest = [...s.values].reverse().find((v) => v !== undefined)!;
      return `${s.label}: latest ${format(latest)}, min ${format(Math.min(...values))}, max ${format(Math.max(...values))}`;
    })
    .join('; ');
  const reading =
    at !== undefined
      ? `${formatChartTime(times[at], { withDate: true, seconds: true })}: ${series.map((s) => `${series.length > 1 ? `${s.label} ` : ''}${s.values[at] === undefined ? 'no sample' : format(s.values[at]!)}`).join(', ')}`
      : undefined;

  const localX = (e: PointerEvent<SVGSVGElement>) => e.clientX - e.currentTarget.getBoundingClientRect().left;
  const onPointerDown = (e: PointerEvent<SVGSVGElement>) => {
    if (e.button !== 0) return;
    const px = localX(e);
    setDrag({ start: px, end: px });
    e.currentTarget.setPointerCapture?.(e.pointerId);
  };
  const onPointerMove = (e: PointerEvent<SVGSVGElement>) => {
    const px = localX(e);
    if (drag) setDrag({ ...drag, end: px });
    const i = nearestIndex(times, timeAt(px));
    onCursor(i === undefined ? undefined : times[i]);
  };
  const onPointerUp = (e: PointerEvent<SVGSVGElement>) => {
    if (!drag) return;
    const end = localX(e);
    setDrag(undefined);
    if (Math.abs(end - drag.start) >= DRAG_PX) onZoom(timeAt(drag.start), timeAt(end));
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (!times.length) return;
    const last = times.length - 1;
    const step = Math.max(1, Math.round(times.length / 10));
    const move = (i: number) => onCursor(times[Math.min(last, Math.max(0, i))]);
    switch (e.key) {
      case 'ArrowRight':
        move(at === undefined ? 0 : at + 1);
        break;
      case 'ArrowLeft':
        move(at === undefined ? last : at - 1);
        break;
      case 'PageDown':
        move(at === undefined ? 0 : at + step);
        break;
      case 'PageUp':
        move(at === undefined ? last : at - step);
        break;
      case 'Home':
        move(0);
        break;
      case 'End':
        move(last);
        break;
      case 'Escape':
        onCursor(undefined);
        break;
      case '+':
      case '=':
        onZoomBy(0.5, at === undefined ? undefined : times[at]);
        break;
      case '-':
      case '_':
        onZoomBy(2, at === undefined ? undefined : times[at]);
        break;
      default:
        return;
    }
    e.preventDefault();
  };

  const paths = series.map((s) => {
    let d = '';
    let pen = false;
    s.values.forEach((v, i) => {
      if (v === undefined) {
        pen = false;
        return;
      }
      d += `${pen ? 'L' : 'M'}${x(times[i]).toFixed(1)},${y(v).toFixed(1)}`;
      pen = true;
    });
    return d;
  });

  const withDate = span > DAY;
  const tickCount = Math.max(2, Math.floor(plotW / (withDate ? 150 : 90)));
  const timeTicks = Array.from({ length: tickCount }, (_, i) => from + (i / (tickCount - 1)) * span);
  const valueTicks = [0, 0.25, 0.5, 0.75, 1].map((f) => f * top);
  const dots = times.length <= plotW / 8;

  return (
    <figure className="mb-0">
      <figcaption id={titleId} className="d-flex flex-wrap justify-content-between gap-2 small mb-1">
        <strong>
          {title} <span className="fw-normal text-body-secondary">({axisUnit})</span>
        </strong>
        <span className="text-body-secondary" data-testid="chart-reading">
          {reading ?? summary}
        </span>
      </figcaption>
      <div
        ref={box}
        className="border rounded bg-body metric-chart"
        tabIndex={0}
        role="group"
        aria-labelledby={titleId}
        aria-describedby={describedBy}
        aria-roledescription="chart"
        onKeyDown={onKeyDown}
        data-testid="metric-chart"
      >
        <svg
          width={width}
          height={H}
          className="d-block"
          role="img"
          aria-label={`${title} (${axisUnit}), ${formatChartTime(from, { withDate: true })} to ${formatChartTime(to, { withDate: true })}. ${summary}`}
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={onPointerUp}
          onPointerLeave={() => {
            setDrag(undefined);
            onCursor(undefined);
          }}
          style={{ touchAction: 'none', cursor: 'crosshair', userSelect: 'none' }}
        >
          {valueTicks.map((v) => (
            <g key={v}>
              <line x1={PAD.left} x2={PAD.left + plotW} y1={y(v)} y2={y(v)} stroke="currentColor" strokeOpacity={v === 0 ? 0.35 : 0.1} />
              <text x={PAD.left - 6} y={y(v) + 4} fontSize={11} textAnchor="end" fill="currentColor" opacity={0.75}>
                {format(v, 0)}
              </text>
            </g>
          ))}
          {timeTicks.map((t, i) => (
            <text key={i} x={x(t)} y={PAD.top + plotH + 16} fontSize={11} textAnchor={i === 0 ? 'start' : i === tickCount - 1 ? 'end' : 'middle'} fill="currentColor" opacity={0.75}>
              {formatChartTime(t, { withDate })}
            </text>
          ))}
          <text x={PAD.left + plotW / 2} y={H - 6} fontSize={11} textAnchor="middle" fill="currentColor" opacity={0.6}>
            {`Time (${browserTimeZone()})`}
          </text>
          {drag && Math.abs(drag.end - drag.start) >= DRAG_PX && (
            <rect
              x={Math.max(PAD.left, Math.min(drag.start, drag.end))}
              y={PAD.top}
              width={Math.min(PAD.left + plotW, Math.max(drag.start, drag.end)) - Math.max(PAD.left, Math.min(drag.start, drag.end))}
              height={plotH}
              fill="currentColor"
              fillOpacity={0.1}
              data-testid="zoom-selection"
            />
          )}
          {series.map((s, j) => (
            <g key={s.key}>
              <path d={paths[j]} fill="none" style={{ stroke: s.color }} strokeWidth={1.75} strokeDasharray={s.dash} />
              {dots && s.values.map((v, i) => (v === undefined ? null : <circle key={times[i]} cx={x(times[i])} cy={y(v)} r={2} style={{ fill: s.color }} />))}
            </g>
          ))}
          {at !== undefined && (
            <g data-testid="crosshair">
              <line x1={x(times[at])} x2={x(times[at])} y1={PAD.top} y2={PAD.top + plotH} stroke="currentColor" strokeOpacity={0.5} />
              {series.map((s) => (s.values[at] === undefined ? null : <circle key={s.key} cx={x(times[at])} cy={y(s.values[at]!)} r={4} style={{ fill: s.color, stroke: 'var(--bs-body-bg)' }} />))}
            </g>
          )}
        </svg>
      </div>
      {series.length > 1 && (
        <ul className="list-inline small mb-0 mt-1" aria-label={`${title} legend`}>
          {series.map((s) => (
            <li key={s.key} className="list-inline-item me-3">
              <svg width={24} height={10} aria-hidden="true" className="me-1 align-middle">
                <line x1={0} x2={24} y1={5} y2={5} style={{ stroke: s.color }} strokeWidth={2} strokeDasharray={s.dash} />
              </svg>
              {s.label}
              {s.values.every((v) => v === undefined) && <span className="text-body-secondary"> (no samples)</span>}
            </li>
          ))}
        </ul>
      )}
    </figure>
  );
}
