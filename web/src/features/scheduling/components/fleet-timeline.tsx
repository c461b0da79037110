import { memo, useId, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { formatFullTimestamp } from '../../../lib/format';

/** What the fleet timeline draws for one worker. */
export interface TimelineRow {
  workerId: string;
  name: string;
  /** When the instance ran (from its status history); `end` absent: still running. */
  actual: { start: string; end?: string }[];
  /** What its rules want: `running` stretches (windows, reservations, overrides). */
  planned: { start: string; end: string; state: 'running' | 'stopped' | 'either'; rule: string; label: string }[];
  reservations: { id: string; purpose: string; owner: string; start: string; end: string }[];
  overrides: { id: string; kind: 'keep-running' | 'keep-stopped'; until: string; by: string }[];
}

export interface FleetTimelineProps {
  rows: readonly TimelineRow[];
  from: string;
  to: string;
  now: string;
  /** The viewer's time zone (the axis and the labels). */
  timeZone?: string;
}

interface Span {
  key: string;
  kind: 'actual' | 'planned' | 'reservation' | 'override';
  left: number;
  width: number;
  title: string;
  label?: string;
}

const clampPercent = (v: number) => Math.min(100, Math.max(0, v));

/** Percent positions of an interval on the axis; undefined when outside it. */
function place(start: number, end: number, from: number, to: number): { left: number; width: number } | undefined {
  if (end <= from || start >= to) return undefined;
  const left = clampPercent(((Math.max(start, from) - from) / (to - from)) * 100);
  const right = clampPercent(((Math.min(end, to) - from) / (to - from)) * 100);
  return { left, width: Math.max(0.3, right - left) };
}

function spansOf(row: TimelineRow, from: number, to: number, now: number): Span[] {
  const out: Span[] = [];
  const push = (key: string, kind: Span['kind'], start: string, end: string | undefined, title: string, label?: string) => {
    const p = place(Date.parse(start), end ? Date.parse(end) : now, from, to);
    if (p) out.push({ key, kind, ...p, title, label });
  };
  row.planned.filter((p) => p.state === 'running').forEach((p, i) => push(`p${i}`, 'planned', p.start, p.end, `Planned to run ${formatFullTimestamp(p.start)} – ${formatFullTimestamp(p.end)}: ${p.label}`));
  row.actual.forEach((a, i) => push(`a${i}`, 'actual', a.start, a.end, `Ran ${formatFullTimestamp(a.start)} – ${a.end ? formatFullTimestamp(a.end) : 'now'}`));
  row.reservations.forEach((r) => push(r.id, 'reservation', r.start, r.end, `Reserved by ${r.owner} for "${r.purpose}", ${formatFullTimestamp(r.start)} – ${formatFullTimestamp(r.end)}`, r.purpose));
  row.overrides.forEach((o) =>
    push(o.id, 'override', new Date(Math.max(from, Date.parse(o.until) - 3_600_000)).toISOString(), o.until, `${o.by}: keep ${o.kind === 'keep-running' ? 'running' : 'stopped'} until ${formatFullTimestamp(o.until)}`, o.kind === 'keep-running' ? 'keep running' : 'keep stopped'),
  );
  return out;
}

const TONE: Record<Span['kind'], string> = {
  planned: 'bg-success-subtle border border-success-subtle',
  actual: 'bg-success',
  reservation: 'bg-primary text-white',
  override: 'bg-warning',
};
const TOP: Record<Span['kind'], string> = { planned: '2px', actual: '8px', reservation: '16px', override: '16px' };
const HEIGHT: Record<Span['kind'], string> = { planned: '20px', actual: '8px', reservation: '8px', override: '8px' };

/** Day boundaries in the viewer's zone between from and to, for the axis. */
function dayTicks(from: number, to: number, timeZone?: string): { at: number; label: string }[] {
  const fmt = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', timeZone });
  const hourFmt = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hour12: false, timeZone });
  const ticks: { at: number; label: string }[] = [];
  for (let t = Math.floor(from / 3_600_000) * 3_600_000; t < to; t += 3_600_000) {
    if (t < from) continue;
    if (hourFmt.format(new Date(t)) === '00:00') ticks.push({ at: t, label: fmt.format(new Date(t)) });
  }
  return ticks;
}

const Row = memo(function Row({ row, from, to, now }: { row: TimelineRow; from: number; to: number; now: number }) {
  const spans = useMemo(() => spansOf(row, from, to, now), [row, from, to, now]);
  return (
    <div className="d-flex align-items-stretch border-bottom" role="row" data-worker-id={row.workerId}>
      <div role="rowheader" className="text-truncate small py-2 pe-2" style={{ width: 160, flex: '0 0 160px' }}>
        <Link to={`/workers/${row.workerId}`}>{row.name}</Link>
      </div>
      <div role="cell" className="position-relative flex-grow-1" style={{ height: 28 }}>
        {spans.map((s) => (
          <span
            key={s.key}
            className={`position-absolute rounded-1 small overflow-hidden text-nowrap ${TONE[s.kind]}`}
            style={{ left: `${s.left}%`, width: `${s.width}%`, top: TOP[s.kind], height: HEIGHT[s.kind], fontSize: 10, lineHeight: HEIGHT[s.kind] }}
            title={s.title}
            tabIndex={0}
            role="img"
            aria-label={s.title}
            data-kind={s.kind}
          >
            {s.kind === 'reservation' || s.kind === 'override' ? <span className="visually-hidden">{s.label}</span> : null}
          </span>
        ))}
      </div>
    </div>
  );
});

/**
 * The fleet over time: one row per worker, when it ran (solid), when its rules want it running
 * (pale band), reservations (blue) and overrides (amber), with the days of the viewer's zone and
 * "now" marked. Every mark is focusable and says what it is.
 */
export function FleetTimeline({ rows, from, to, now, timeZone }: FleetTimelineProps) {
  const id = useId();
  const [f, t, n] = [Date.parse(from), Date.parse(to), Date.parse(now)];
  const ticks = useMemo(() => dayTicks(f, t, timeZone), [f, t, timeZone]);
  const nowAt = n >= f && n <= t ? ((n - f) / (t - f)) * 100 : undefined;
  const [legend] = useState([
    ['actual', 'ran'],
    ['planned', 'planned to run'],
    ['reservation', 'reserved'],
    ['override', 'override'],
  ] as const);
  return (
    <div aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="visually-hidden">
        Fleet timeline
      </h2>
      <ul className="list-inline small mb-2" aria-label="Legend">
        {legend.map(([kind, label]) => (
          <li key={kind} className="list-inline-item">
            <span className={`d-inline-block rounded-1 me-1 align-middle ${TONE[kind]}`} style={{ width: 14, height: 8 }} aria-hidden="true" />
            {label}
          </li>
        ))}
      </ul>
      <div role="table" aria-label="Fleet timeline" className="border rounded">
        <div role="row" className="d-flex border-bottom bg-body-tertiary">
          <div role="columnheader" className="small fw-semibold py-1 ps-2" style={{ width: 160, flex: '0 0 160px' }}>
            Worker
          </div>
          <div role="columnheader" className="position-relative flex-grow-1 small" style={{ height: 24 }} aria-label="Time">
            {ticks.map((tick) => (
              <span key={tick.at} className="position-absolute text-body-secondary text-nowrap" style={{ left: `${((tick.at - f) / (t - f)) * 100}%`, top: 3, paddingLeft: 3, borderLeft: '1px solid var(--bs-border-color)' }}>
                {tick.label}
              </span>
            ))}
          </div>
        </div>
        <div className="position-relative">
          {rows.map((row) => (
            <Row key={row.workerId} row={row} from={f} to={t} now={n} />
          ))}
          {nowAt !== undefined && (
            <div className="position-absolute top-0 bottom-0 border-start border-danger border-2" style={{ left: `calc(160px + (100% - 160px) * ${nowAt / 100})` }} title={`Now: ${formatFullTimestamp(now)}`} data-testid="timeline-now" aria-hidden="true" />
          )}
        </div>
      </div>
    </div>
  );
}
