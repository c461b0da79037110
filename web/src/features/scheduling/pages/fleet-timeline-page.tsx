import { Link, useSearchParams } from 'react-router';
import { EmptyState } from '../../../components/empty-state';
import { ErrorAlert } from '../../../components/error-alert';
import { Loading } from '../../../components/loading';
import { usePageTitle } from '../../../components/page-title';
import { useHasRole } from '../../../lib/auth';
import { usePlan } from '../api/scheduling-api';
import { FleetTimeline } from '../components/fleet-timeline';
import { SchedulingNav } from '../components/scheduling-nav';
import { viewerTimeZone } from '../lib/zoned-time';

export const ZOOMS = {
  day: { label: 'Day', days: 1, step: 1, before: 0 },
  week: { label: 'Week', days: 7, step: 7, before: 2 },
  '2weeks': { label: '2 weeks', days: 14, step: 7, before: 3 },
} as const;
export type Zoom = keyof typeof ZOOMS;

const pad = (n: number) => String(n).padStart(2, '0');
const dayKey = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

/** Local midnight of a YYYY-MM-DD day, moved by `days` whole days (DST-safe: calendar days, not 24 h). */
function localDay(key: string, days = 0): Date {
  const [y, m, d] = key.split('-').map(Number);
  return new Date(y, m - 1, d + days);
}

/** The range a zoom shows from its first day: whole local days. */
export function rangeOf(firstDay: string, zoom: Zoom): { from: string; to: string } {
  return { from: localDay(firstDay).toISOString(), to: localDay(firstDay, ZOOMS[zoom].days).toISOString() };
}

/** The first day shown by default: today for a day, a couple of days back otherwise (so that now sits early on). */
export function defaultFirstDay(zoom: Zoom, now = new Date()): string {
  return dayKey(localDay(dayKey(now), -ZOOMS[zoom].before));
}

/**
 * The fleet over time: each worker's actual running periods, what its rules plan, reservations and
 * overrides, about a week at a time in the viewer's zone. The range lives in the address
 * (?zoom=week&from=2026-12-07), so a view can be shared.
 */
export default function FleetTimelinePage() {
  usePageTitle('Fleet timeline', 'Scheduling');
  const [params, setParams] = useSearchParams();
  const zoom: Zoom = (params.get('zoom') as Zoom) in ZOOMS ? (params.get('zoom') as Zoom) : 'week';
  const firstDay = /^\d{4}-\d{2}-\d{2}$/.test(params.get('from') ?? '') ? params.get('from')! : defaultFirstDay(zoom);
  const { from, to } = rangeOf(firstDay, zoom);
  const plan = usePlan(from, to);
  const isManager = useHasRole('manager');
  const zone = viewerTimeZone();

  const go = (next: { zoom?: Zoom; from?: string }) =>
    setParams(
      (prev) => {
        const p = new URLSearchParams(prev);
        const z = next.zoom ?? zoom;
        p.set('zoom', z);
        p.set('from', next.from ?? firstDay);
        return p;
      },
      { replace: true },
    );
  // Zooming while now is on screen keeps now on screen; elsewhere it keeps the first day.
  const showsNow = Date.now() >= Date.parse(from) && Date.now() < Date.parse(to);
  const shift = (direction: 1 | -1) => go({ from: dayKey(localDay(firstDay, direction * ZOOMS[zoom].step)) });
  const lastDay = dayKey(localDay(firstDay, ZOOMS[zoom].days - 1));
  const rangeLabel = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });

  return (
    <div>
      <SchedulingNav />
      <h1 className="h3">Fleet timeline</h1>
      <div className="d-flex flex-wrap align-items-center gap-2 mb-3">
        <div className="btn-group btn-group-sm" role="group" aria-label="Move in time">
          <button type="button" className="btn btn-outline-secondary" onClick={() => shift(-1)}>
            ← Earlier {ZOOMS[zoom].step === 1 ? '1 day' : `${ZOOMS[zoom].step} days`}
          </button>
          <button type="button" className="btn btn-outline-secondary" onClick={() => go({ from: defaultFirstDay(zoom) })}>
            Now
          </button>
          <button type="button" className="btn btn-outline-secondary" onClick={() => shift(1)}>
            Later {ZOOMS[zoom].step === 1 ? '1 day' : `${ZOOMS[zoom].step} days`} →
          </button>
        </div>
        <div className="btn-group btn-group-sm" role="group" aria-label="Zoom">
          {(Object.keys(ZOOMS) as Zoom[]).map((z) => (
            <button key={z} type="button" className={`btn ${z === zoom ? 'btn-secondary' : 'btn-outline-secondary'}`} aria-pressed={z === zoom} onClick={() => go({ zoom: z, from: showsNow ? defaultFirstDay(z) : firstDay })}>
              {ZOOMS[z].label}
            </button>
          ))}
        </div>
        <span className="small text-body-secondary" aria-live="polite" data-testid="timeline-range">
          {rangeLabel.format(localDay(firstDay))}
          {zoom !== 'day' && <> – {rangeLabel.format(localDay(lastDay))}</>} · times in {zone}
        </span>
        {plan.isFetching && !plan.isPending && <span className="spinner-border spinner-border-sm text-secondary" role="status" aria-label="Refreshing" />}
      </div>
      {plan.isPending && <Loading label="Loading the plan…" />}
      {plan.error && <ErrorAlert error={plan.error} title="The fleet plan could not be loaded." />}
      {plan.data && plan.data.rows.length === 0 && (
        <EmptyState title="No managed workers">
          The timeline shows managed workers. <Link to="/workers">Go to the workers</Link>.
        </EmptyState>
      )}
      {plan.data && plan.data.rows.length > 0 && <FleetTimeline rows={plan.data.rows} from={plan.data.from} to={plan.data.to} now={plan.data.now} timeZone={zone} />}
      <p className="small text-body-secondary mt-3">
        {isManager ? (
          <>
            Plan the fleet with <Link to="/scheduling/schedules">schedules</Link>, <Link to="/scheduling/reservations">reservations</Link> and <Link to="/scheduling/runtime-limits">runtime limits</Link>; owners set overrides on a worker's page.
          </>
        ) : (
          <>
            Book workers under <Link to="/scheduling/reservations">reservations</Link>; owners set overrides on a worker's page.
          </>
        )}
      </p>
    </div>
  );
}
