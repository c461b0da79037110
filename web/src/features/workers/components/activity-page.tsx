import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { EmptyState } from '../../../components/empty-state';
import { ErrorAlert } from '../../../components/error-alert';
import { Loading } from '../../../components/loading';
import { usePageTitle } from '../../../components/page-title';
import { RelativeTimeAt } from '../../../components/relative-time';
import { useNow } from '../../../components/use-now';
import { formatFullTimestamp, formatNumber } from '../../../lib/format';
import { eventsCsvUrl, type LoggedEvent, useActivity, useNewerEvents } from '../api/list-events';
import { useWorkers } from '../api/list-workers';
import { activitySearchParams, type ActivityFilter, eventQueryOf, parseActivityFilter } from '../lib/activity-filter';
import { type DescribableEvent, describeEvent } from '../lib/describe-event';
import { ActivityFilters } from './activity-filters';

const ACTOR_TONE: Record<string, string> = { user: 'primary', service: 'info', system: 'secondary' };
const ACTOR_KIND_WORDS: Record<string, string> = { user: 'person', service: 'API client', system: 'the product' };

/**
 * The fleet activity page: the event log filtered by worker, type, actor and time, newest first,
 * a page at a time. The filter lives in the URL (a view can be shared); the CSV link exports the
 * same filter. New events matching it are announced, not pushed in under the reader.
 */
export default function ActivityPage() {
  usePageTitle('Activity');
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => parseActivityFilter(params), [params]);
  // A relative range is fixed when the filter is chosen, so paging and the CSV read the same window.
  const [shownAt, setShownAt] = useState(() => Date.now());
  const query = useMemo(() => eventQueryOf(filter, shownAt), [filter, shownAt]);
  const now = useNow(30_000);
  const workers = useWorkers({ page: 1, pageSize: 500, sort: 'name' });
  const names = useMemo(() => new Map((workers.data?.items ?? []).map((w) => [w.id, w.name])), [workers.data]);
  const { data, error, isPending, fetchNextPage, hasNextPage, isFetchingNextPage, refetch } = useActivity(query);
  const items = useMemo(() => data?.pages.flatMap((p) => p.items) ?? [], [data]);
  const newer = useNewerEvents(query, data?.pages[0]?.nextAfter ?? undefined);

  const change = (next: ActivityFilter) => {
    setShownAt(Date.now());
    setParams(activitySearchParams(next), { replace: false });
  };
  const showNewer = () => {
    setShownAt(Date.now());
    void refetch();
  };

  return (
    <>
      <div className="d-flex flex-wrap align-items-center gap-2 mb-3">
        <h1 className="h3 mb-0 me-auto">Activity</h1>
        <a className="btn btn-outline-secondary" href={eventsCsvUrl(query)} download title="Every event this filter matches, newest first, as CSV">
          Download CSV
        </a>
      </div>
      <p className="text-body-secondary small">What happened across the fleet, newest first: who did it, when, and to which worker.</p>
      <ActivityFilters value={filter} workers={(workers.data?.items ?? []).map((w) => ({ id: w.id, name: w.name }))} onChange={change} />
      {(newer.data ?? 0) > 0 && (
        <div className="alert alert-info d-flex align-items-center gap-2 py-2" role="status">
          <span>
            {newer.data! >= 100 ? 'More than 99' : formatNumber(newer.data!, 0)} new {newer.data === 1 ? 'event matches' : 'events match'} this filter.
          </span>
          <button type="button" className="btn btn-sm btn-primary" onClick={showNewer}>
            Show them
          </button>
        </div>
      )}
      {error && <ErrorAlert error={error} title="The activity could not be loaded." />}
      {isPending && !error && <Loading label="Loading the activity…" />}
      {data && items.length === 0 && <EmptyState title="Nothing happened that matches this filter.">Widen the time range or clear a filter.</EmptyState>}
      {items.length > 0 && (
        <ol className="list-group list-group-flush mb-3" aria-label="Activity, newest first">
          {items.map((e) => (
            <ActivityEntry key={e.id} event={e} now={now} workerName={e.workerId ? names.get(e.workerId) : undefined} />
          ))}
        </ol>
      )}
      {hasNextPage && (
        <button type="button" className="btn btn-outline-primary" onClick={() => void fetchNextPage()} disabled={isFetchingNextPage}>
          {isFetchingNextPage ? 'Loading…' : 'Load more'}
        </button>
      )}
      {data && items.length > 0 && !hasNextPage && <p className="small text-body-secondary">That is everything this filter matches.</p>}
    </>
  );
}

function ActivityEntry({ event: e, now, workerName }: { event: LoggedEvent; now: number; workerName: string | undefined }) {
  return (
    <li className="list-group-item px-0" data-testid="activity-event">
      <div className="d-flex flex-wrap gap-2 align-items-baseline">
        <span className="small text-body-secondary text-nowrap" style={{ minWidth: 90 }}>
          <RelativeTimeAt iso={e.at} now={now} />
        </span>
        <span className={`badge text-bg-${ACTOR_TONE[e.actor.kind] ?? 'secondary'}`} title={`${ACTOR_KIND_WORDS[e.actor.kind] ?? e.actor.kind}: ${e.actor.id}`}>
          {e.actor.name}
          <span className="visually-hidden"> ({ACTOR_KIND_WORDS[e.actor.kind] ?? e.actor.kind})</span>
        </span>
        <span className="flex-grow-1" title={e.type}>
          {describeEvent(e as unknown as DescribableEvent)}
        </span>
        {e.workerId && (
          <Link to={`/workers/${e.workerId}`} className="small">
            {workerName ?? `Worker ${e.workerId.slice(0, 8)}…`}
          </Link>
        )}
      </div>
      <div className="small text-body-secondary">
        <time dateTime={e.at}>{formatFullTimestamp(e.at)}</time> · <code>{e.type}</code>
      </div>
    </li>
  );
}
