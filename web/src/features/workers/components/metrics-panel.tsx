import { useMemo, useState } from 'react';
import { ErrorAlert } from '../../../components/error-alert';
import { EmptyState, Loading } from '../../../components/loading';
import { METRIC_RANGES, type MetricRange, useWorkerMetrics } from '../api/get-worker-metrics';
import type { MetricPoint } from '../api/types';
import { LineChart, type Sample } from './line-chart';

const SERIES: { key: keyof MetricPoint; title: string; unit: string; max?: number; color: string }[] = [
  { key: 'cpuPercent', title: 'CPU', unit: '%', max: 100, color: 'var(--ccm-chart-1)' },
  { key: 'memoryPercent', title: 'Memory', unit: '%', max: 100, color: 'var(--ccm-chart-2)' },
  { key: 'diskPercent', title: 'Disk', unit: '%', max: 100, color: 'var(--ccm-chart-3)' },
  { key: 'runningNodes', title: 'Running nodes', unit: 'nodes', color: 'var(--ccm-chart-4)' },
];

/** Metric history with a range picker. A separate chunk: loaded only when someone opens the tab. */
export default function MetricsPanel({ workerId }: { workerId: string }) {
  const [range, setRange] = useState<MetricRange>('6h');
  const { data, error, isPending, isFetching } = useWorkerMetrics(workerId, range);

  const charts = useMemo(() => {
    if (!data) return [];
    const from = Date.parse(data.from);
    const to = Date.parse(data.to);
    return SERIES.map((s) => ({
      ...s,
      from,
      to,
      samples: data.points.map((p): Sample => ({ t: Date.parse(p.at), v: p[s.key] as number | undefined })),
    }));
  }, [data]);

  return (
    <section aria-label="Metrics">
      <div className="d-flex align-items-center gap-2 mb-3">
        <div className="btn-group btn-group-sm" role="group" aria-label="Time range">
          {(Object.keys(METRIC_RANGES) as MetricRange[]).map((r) => (
            <button key={r} type="button" className={`btn ${r === range ? 'btn-primary' : 'btn-outline-primary'}`} aria-pressed={r === range} onClick={() => setRange(r)}>
              {r}
            </button>
          ))}
        </div>
        {isFetching && <span className="small text-body-secondary" role="status">Loading…</span>}
        {data && <span className="small text-body-secondary ms-auto">{data.points.length} samples</span>}
      </div>
      {isPending && <Loading label="Loading metrics…" />}
      {error && <ErrorAlert error={error} title="The metrics could not be loaded." />}
      {data && data.points.length === 0 && <EmptyState title="No samples in this range.">Metrics are collected while the worker runs.</EmptyState>}
      {data && data.points.length > 0 && (
        <div className="row g-3">
          {charts.map((c) => (
            <div key={c.key} className="col-12 col-xl-6">
              <LineChart title={c.title} unit={c.unit} samples={c.samples} from={c.from} to={c.to} max={c.max} color={c.color} />
            </div>
          ))}
        </div>
      )}
    </section>
  );
}
