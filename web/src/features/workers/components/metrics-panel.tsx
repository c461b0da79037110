import { type FormEvent, useId, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { DisabledReason } from '../../../components/disabled-reason';
import { ErrorAlert } from '../../../components/error-alert';
import { EmptyState, Loading } from '../../../components/loading';
import { formatChartTime, formatCount, formatDuration, formatPercent } from '../../../lib/format';
import { useWorkerMetrics } from '../api/get-worker-metrics';
import type { MetricPoint } from '../api/types';
import {
  fromLocalInput,
  METRIC_PRESETS,
  MIN_SPAN_MS,
  type MetricPreset,
  type MetricRange,
  rangeFromParams,
  rangeToParams,
  selectedWindow,
  toLocalInput,
  windowProblem,
  zoomWindow,
} from '../lib/metric-range';
import { type ChartSeries, LineChart, nearestIndex } from './line-chart';

type Key = Exclude<keyof MetricPoint, 'at'>;
interface ChartSpec {
  id: string;
  title: string;
  axisUnit: string;
  max?: number;
  format: (v: number, fractionDigits?: number) => string;
  /** `color` is a CSS value, set through `style` so the theme's variables (`var(--ccm-chart-N)`) work. */
  series: { key: Key; label: string; color: string; dash?: string }[];
}

const percent = (v: number, digits = 1) => formatPercent(v, digits);
const nodes = (v: number) => formatCount(Math.round(v), 'node');

// The controller's own figures and EC2's (CloudWatch) side by side: they differ when CML is not the
// only thing on the machine, or when the controller stops answering while the instance runs.
const CHARTS: ChartSpec[] = [
  {
    id: 'cpu',
    title: 'CPU',
    axisUnit: 'percent',
    max: 100,
    format: percent,
    series: [
      { key: 'cpuPercent', label: 'CML controller', color: 'var(--ccm-chart-1)' },
      { key: 'ec2CpuPercent', label: 'EC2 (CloudWatch)', color: 'var(--ccm-chart-5)', dash: '6 3' },
    ],
  },
  {
    id: 'memory',
    title: 'Memory',
    axisUnit: 'percent',
    max: 100,
    format: percent,
    series: [
      { key: 'memoryPercent', label: 'CML controller', color: 'var(--ccm-chart-2)' },
      { key: 'ec2MemoryPercent', label: 'EC2 (CloudWatch agent)', color: 'var(--ccm-chart-5)', dash: '6 3' },
    ],
  },
  { id: 'disk', title: 'Disk', axisUnit: 'percent', max: 100, format: percent, series: [{ key: 'diskPercent', label: 'Disk', color: 'var(--ccm-chart-3)' }] },
  { id: 'nodes', title: 'Running nodes', axisUnit: 'nodes', format: nodes, series: [{ key: 'runningNodes', label: 'Running nodes', color: 'var(--ccm-chart-4)' }] },
];

const PRESET_LABEL: Record<MetricPreset, string> = { '1h': '1 h', '6h': '6 h', '24h': '24 h', '7d': '7 d' };

/**
 * Metric history: the range lives in the URL (a preset or an absolute window, so a view can be
 * shared), zoom by dragging across a chart or with the buttons, and one crosshair shared by every
 * chart whose values are read out for screen readers. A separate chunk: loaded only when someone
 * opens the tab.
 */
export default function MetricsPanel({ workerId }: { workerId: string }) {
  const [params, setParams] = useSearchParams();
  const range = rangeFromParams(params);
  const { data, error, isPending, isFetching } = useWorkerMetrics(workerId, range);
  const [cursor, setCursor] = useState<number>();
  const helpId = useId();

  const go = (next: MetricRange) => {
    setCursor(undefined);
    setParams((prev) => rangeToParams(prev, next));
  };
  const shown = data ? { from: Date.parse(data.from), to: Date.parse(data.to) } : undefined;
  const zoomTo = (from: number, to: number) => go({ kind: 'window', preset: range.preset, ...selectedWindow(from, to) });
  const zoomBy = (factor: number, center?: number) => {
    if (!shown) return;
    go({ kind: 'window', preset: range.preset, ...zoomWindow(shown.from, shown.to, factor, Date.now(), center) });
  };

  const times = useMemo(() => data?.points.map((p) => Date.parse(p.at)) ?? [], [data]);
  const charts = useMemo(
    () =>
      CHARTS.map((c) => ({
        ...c,
        series: c.series.map((s): ChartSeries => ({ ...s, key: s.key, values: data?.points.map((p) => p[s.key]) ?? [] })),
      })),
    [data],
  );
  const at = cursor === undefined ? undefined : times.indexOf(cursor);
  const reading =
    at !== undefined && at >= 0
      ? `${formatChartTime(times[at], { withDate: true, seconds: true })}: ${charts
          .flatMap((c) => c.series.map((s) => `${c.series.length > 1 ? `${c.title} ${s.label}` : s.label} ${s.values[at] === undefined ? 'no sample' : c.format(s.values[at]!)}`))
          .join(', ')}`
      : '';
  const zoomInReason = shown && shown.to - shown.from <= MIN_SPAN_MS ? `Zoomed in as far as it goes (${formatDuration(MIN_SPAN_MS)}).` : undefined;

  return (
    <section aria-label="Metrics">
      <div className="d-flex flex-wrap align-items-center gap-2 mb-2">
        <div className="btn-group btn-group-sm" role="group" aria-label="Time range">
          {(Object.keys(METRIC_PRESETS) as MetricPreset[]).map((p) => {
            const active = range.kind === 'preset' && range.preset === p;
            return (
              <button key={p} type="button" className={`btn ${active ? 'btn-primary' : 'btn-outline-primary'}`} aria-pressed={active} aria-label={`Last ${PRESET_LABEL[p]}`} onClick={() => go({ kind: 'preset', preset: p })}>
                {PRESET_LABEL[p]}
              </button>
            );
          })}
        </div>
        <div className="btn-group btn-group-sm" role="group" aria-label="Zoom">
          <button type="button" className="btn btn-outline-secondary" onClick={() => zoomBy(0.5, cursor)} aria-disabled={!shown || Boolean(zoomInReason)} disabled={!shown || Boolean(zoomInReason)}>
            Zoom in
          </button>
          <button type="button" className="btn btn-outline-secondary" onClick={() => zoomBy(2, cursor)} disabled={!shown}>
            Zoom out
          </button>
          {range.kind === 'window' && (
            <button type="button" className="btn btn-outline-secondary" onClick={() => go({ kind: 'preset', preset: range.preset })}>
              Reset zoom (last {PRESET_LABEL[range.preset]})
            </button>
          )}
        </div>
        <DisabledReason reason={zoomInReason} />
        {isFetching && (
          <span className="small text-body-secondary" role="status">
            Loading…
          </span>
        )}
        {data && (
          <span className="small text-body-secondary ms-auto" data-testid="metrics-window">
            {formatChartTime(shown!.from, { withDate: true })} – {formatChartTime(shown!.to, { withDate: true })} ({formatDuration(shown!.to - shown!.from)}), {formatCount(data.points.length, 'sample')}
          </span>
        )}
      </div>
      <CustomRange key={`${params.toString()}/${Boolean(data)}`} shown={shown} onApply={(from, to) => go({ kind: 'window', preset: range.preset, from, to })} />
      {isPending && <Loading label="Loading metrics…" />}
      {error && <ErrorAlert error={error} title="The metrics could not be loaded." />}
      {data && data.points.length === 0 && (
        <EmptyState title="No samples in this range.">
          Metrics are collected while the worker runs. {range.kind === 'window' ? 'Zoom out or reset the zoom to see more.' : 'Choose a longer range.'}
        </EmptyState>
      )}
      {data && data.points.length > 0 && (
        <>
          <p id={helpId} className="small text-body-secondary mb-2">
            Drag across a chart to zoom in. From the keyboard: focus a chart, then ← and → move the crosshair (Home and End: first and last sample), + and − zoom, Esc hides the crosshair.
          </p>
          <div className="small border rounded px-2 py-1 mb-2 bg-body-tertiary" role="status" aria-live="polite" aria-label="Crosshair values" data-testid="metrics-crosshair" style={{ minHeight: '2em' }}>
            {reading || 'Point at a chart, or focus one and use the arrow keys, to read every series at that time.'}
          </div>
          <div className="row g-3">
            {charts.map((c) => (
              <div key={c.id} className="col-12 col-xl-6">
                <LineChart
                  title={c.title}
                  axisUnit={c.axisUnit}
                  format={c.format}
                  times={times}
                  series={c.series}
                  from={shown!.from}
                  to={shown!.to}
                  max={c.max}
                  cursor={cursor}
                  onCursor={(t) => setCursor(t === undefined ? undefined : times[nearestIndex(times, t)!])}
                  onZoom={zoomTo}
                  onZoomBy={zoomBy}
                  describedBy={helpId}
                />
              </div>
            ))}
          </div>
        </>
      )}
    </section>
  );
}

/** An absolute window typed in: checked as the server checks it before it is sent. */
function CustomRange({ shown, onApply }: { shown: { from: number; to: number } | undefined; onApply: (from: number, to: number) => void }) {
  const id = useId();
  const [from, setFrom] = useState(shown ? toLocalInput(shown.from) : '');
  const [to, setTo] = useState(shown ? toLocalInput(shown.to) : '');
  const problem = windowProblem(fromLocalInput(from), fromLocalInput(to));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!problem) onApply(fromLocalInput(from), fromLocalInput(to));
  };
  return (
    <form className="d-flex flex-wrap align-items-end gap-2 mb-3" onSubmit={submit} aria-label="Custom time range">
      <div>
        <label htmlFor={`${id}-from`} className="form-label small mb-0">
          From
        </label>
        <input id={`${id}-from`} type="datetime-local" className="form-control form-control-sm" value={from} onChange={(e) => setFrom(e.target.value)} aria-describedby={problem ? `${id}-problem` : undefined} />
      </div>
      <div>
        <label htmlFor={`${id}-to`} className="form-label small mb-0">
          To
        </label>
        <input id={`${id}-to`} type="datetime-local" className="form-control form-control-sm" value={to} onChange={(e) => setTo(e.target.value)} aria-describedby={problem ? `${id}-problem` : undefined} />
      </div>
      <button type="submit" className="btn btn-sm btn-outline-primary" aria-disabled={Boolean(problem)} disabled={Boolean(problem)} aria-describedby={problem ? `${id}-problem` : undefined}>
        Show this range
      </button>
      <DisabledReason id={`${id}-problem`} reason={problem} />
    </form>
  );
}
