import { useId, useState } from 'react';
import { formatDateTime, formatTime } from '../../../lib/format';

export interface Sample {
  t: number;
  v: number | undefined;
}

const W = 600;
const H = 180;
const PAD = { left: 40, right: 12, top: 10, bottom: 24 };

function niceMax(max: number): number {
  if (max <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(max));
  return Math.ceil(max / magnitude) * magnitude;
}

/**
 * A plain SVG line chart (no chart library: a few hundred points need none). Gaps in the data stay
 * gaps rather than straight lines across missing samples. Hover or focus shows the nearest value.
 * The colour is a CSS value (style, not attribute) so a theme's variables work: `var(--ccm-chart-1)`.
 */
export function LineChart({ title, unit, samples, from, to, max, color = 'var(--ccm-chart-1)' }: { title: string; unit: string; samples: Sample[]; from: number; to: number; max?: number; color?: string }) {
  const [hover, setHover] = useState<number>();
  const titleId = useId();
  const values = samples.map((s) => s.v).filter((v): v is number => v !== undefined);
  // Counts get a top divisible by 4, so the quarter grid lines fall on whole numbers.
  const top = max ?? Math.max(4, Math.ceil(niceMax(Math.max(1, ...values)) / 4) * 4);
  const x = (t: number) => PAD.left + ((t - from) / Math.max(1, to - from)) * (W - PAD.left - PAD.right);
  const y = (v: number) => PAD.top + (1 - v / top) * (H - PAD.top - PAD.bottom);

  let path = '';
  let pen = false;
  for (const s of samples) {
    if (s.v === undefined) {
      pen = false;
      continue;
    }
    path += `${pen ? 'L' : 'M'}${x(s.t).toFixed(1)},${y(s.v).toFixed(1)}`;
    pen = true;
  }

  const latest = [...samples].reverse().find((s) => s.v !== undefined);
  const fmt = (v: number) => `${unit === '%' ? v.toFixed(1) : Math.round(v)}${unit === '%' ? ' %' : ` ${unit}`}`;
  const summary = values.length
    ? `latest ${fmt(latest!.v!)}, min ${fmt(Math.min(...values))}, max ${fmt(Math.max(...values))}`
    : 'no samples in this range';
  const hovered = hover !== undefined ? samples[hover] : undefined;

  const onMove = (clientX: number, rect: DOMRect) => {
    const t = from + ((clientX - rect.left) / rect.width * W - PAD.left) / (W - PAD.left - PAD.right) * (to - from);
    let best: number | undefined;
    for (let i = 0; i < samples.length; i++) {
      if (samples[i].v === undefined) continue;
      if (best === undefined || Math.abs(samples[i].t - t) < Math.abs(samples[best].t - t)) best = i;
    }
    setHover(best);
  };

  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => f * top);
  return (
    <figure className="mb-0">
      <figcaption id={titleId} className="d-flex justify-content-between small mb-1">
        <strong>{title}</strong>
        <span className="text-body-secondary">{hovered?.v !== undefined ? `${formatDateTime(new Date(hovered.t).toISOString())}: ${fmt(hovered.v)}` : summary}</span>
      </figcaption>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        className="w-100 border rounded bg-body"
        role="img"
        aria-labelledby={titleId}
        aria-description={`${title}: ${summary}`}
        onMouseMove={(e) => onMove(e.clientX, e.currentTarget.getBoundingClientRect())}
        onMouseLeave={() => setHover(undefined)}
        preserveAspectRatio="none"
        style={{ height: 180 }}
      >
        {ticks.map((v) => (
          <g key={v}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} stroke="currentColor" strokeOpacity={0.1} />
            <text x={PAD.left - 6} y={y(v) + 4} fontSize={10} textAnchor="end" fill="currentColor" opacity={0.6}>
              {Math.round(v)}
            </text>
          </g>
        ))}
        {[from, (from + to) / 2, to].map((t, i) => (
          <text key={i} x={x(t)} y={H - 6} fontSize={10} textAnchor={i === 0 ? 'start' : i === 2 ? 'end' : 'middle'} fill="currentColor" opacity={0.6}>
            {to - from > 86_400_000 ? formatDateTime(new Date(t).toISOString()) : formatTime(new Date(t).toISOString())}
          </text>
        ))}
        <path d={path} fill="none" style={{ stroke: color }} strokeWidth={1.5} vectorEffect="non-scaling-stroke" />
        {samples.length > 0 && samples.length <= 60 &&
          samples.map((s) => (s.v === undefined ? null : <circle key={s.t} cx={x(s.t)} cy={y(s.v)} r={2} style={{ fill: color }} />))}
        {hovered?.v !== undefined && (
          <g>
            <line x1={x(hovered.t)} x2={x(hovered.t)} y1={PAD.top} y2={H - PAD.bottom} stroke="currentColor" strokeOpacity={0.4} />
            <circle cx={x(hovered.t)} cy={y(hovered.v)} r={3.5} style={{ fill: color }} />
          </g>
        )}
      </svg>
    </figure>
  );
}
