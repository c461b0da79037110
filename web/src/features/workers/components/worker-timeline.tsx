import { Fragment, useId, useState } from 'react';
import { useSearchParams } from 'react-router';
import { EmptyState } from '../../../components/empty-state';
import { ErrorAlert } from '../../../components/error-alert';
import { Loading } from '../../../components/loading';
import { Pager } from '../../../components/pager';
import { formatDay, formatFullTimestamp, formatTimestamp, localDayOf } from '../../../lib/format';
import { type TimelineView, useWorkerTimeline } from '../api/get-worker-timeline';
import { describeEvent } from '../lib/describe-event';

const ACTOR_TONE: Record<string, string> = { user: 'primary', service: 'info', system: 'secondary' };

/** The `events` search parameter: `all` shows observed changes too; absent, people and policy only. */
export const TIMELINE_VIEW_PARAM = 'events';

function useTimelineView(): [TimelineView, (view: TimelineView) => void] {
  const [params, setParams] = useSearchParams();
  const view: TimelineView = params.get(TIMELINE_VIEW_PARAM) === 'all' ? 'all' : 'people';
  const set = (next: TimelineView) =>
    setParams(
      (prev) => {
        const p = new URLSearchParams(prev);
        if (next === 'all') p.set(TIMELINE_VIEW_PARAM, 'all');
        else p.delete(TIMELINE_VIEW_PARAM);
        return p;
      },
      { replace: true },
    );
  return [view, set];
}

/**
 * The audit timeline in words: what happened, when (to the second, with the time zone; the full
 * date in the title and under a heading per day), and who (a person, an API client or the system).
 * By default it shows what people and policies did; observed changes (telemetry, CML facts, status
 * checks ...) on request, with the choice in the URL (`?events=all`) so a view can be shared.
 */
export function WorkerTimeline({ workerId }: { workerId: string }) {
  const [page, setPage] = useState(1);
  const [view, setView] = useTimelineView();
  const { data, error, isPending } = useWorkerTimeline(workerId, page, view);
  const id = useId();

  const choose = (next: TimelineView) => {
    setView(next);
    setPage(1);
  };

  const filter = (
    <div className="btn-group btn-group-sm mb-2" role="radiogroup" aria-label="Events to show">
      {(
        [
          ['people', 'People and policy'],
          ['all', 'All, including observed changes'],
        ] as const
      ).map(([value, label]) => (
        <Fragment key={value}>
          <input type="radio" className="btn-check" name={`${id}-view`} id={`${id}-${value}`} checked={view === value} onChange={() => choose(value)} />
          <label className="btn btn-outline-secondary" htmlFor={`${id}-${value}`}>
            {label}
          </label>
        </Fragment>
      ))}
    </div>
  );

  if (isPending) return <Loading label="Loading the timeline…" />;
  if (error) return <ErrorAlert error={error} title="The timeline could not be loaded." />;
  const shown = data.items;
  let day = '';
  return (
    <>
      {filter}
      {data.total === 0 ? (
        <EmptyState title={view === 'people' ? 'Nobody has done anything to this worker yet.' : 'Nothing recorded yet.'}>
          {view === 'people' ? 'Observed changes (telemetry, status checks, controller facts) are under "All".' : undefined}
        </EmptyState>
      ) : (
        <ol className="list-group list-group-flush" aria-label="Timeline, newest first">
          {shown.map((e) => {
            const eventDay = localDayOf(e.occurredAt);
            const newDay = eventDay !== day;
            day = eventDay;
            return (
              <Fragment key={e.id}>
                {newDay && (
                  <li className="list-group-item px-0 pt-3 pb-1 border-0 small fw-semibold text-body-secondary" data-testid="timeline-day">
                    {formatDay(e.occurredAt)}
                  </li>
                )}
                <li className="list-group-item px-0" data-testid="timeline-event">
                  <div className="d-flex flex-wrap gap-2 align-items-baseline">
                    <time dateTime={e.occurredAt} title={formatFullTimestamp(e.occurredAt)} className="small text-body-secondary text-nowrap font-monospace" style={{ minWidth: 110 }}>
                      {formatTimestamp(e.occurredAt)}
                    </time>
                    <span className={`badge text-bg-${ACTOR_TONE[e.actor.kind] ?? 'secondary'}`} title={`${e.actor.kind} ${e.actor.id}`}>
                      {e.actor.kind === 'system' ? 'system' : e.actor.name}
                    </span>
                    <span className="flex-grow-1" title={e.type}>
                      {describeEvent(e)}
                    </span>
                  </div>
                </li>
              </Fragment>
            );
          })}
        </ol>
      )}
      <Pager label="Timeline pages" page={data.page} pageSize={data.pageSize} total={data.total} lastPage={data.lastPage} onPage={setPage} />
    </>
  );
}
