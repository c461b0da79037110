import { useState } from 'react';
import { ErrorAlert } from '../../../components/error-alert';
import { EmptyState, Loading } from '../../../components/loading';
import { Pager } from '../../../components/pager';
import { formatDateTime } from '../../../lib/format';
import { useWorkerTimeline } from '../api/get-worker-timeline';
import { describeEvent } from '../lib/describe-event';

const ACTOR_TONE: Record<string, string> = { user: 'primary', service: 'info', system: 'secondary' };

/** The audit timeline in words: what happened, when, and who (a person, an API client or the system). */
export function WorkerTimeline({ workerId }: { workerId: string }) {
  const [page, setPage] = useState(1);
  const { data, error, isPending } = useWorkerTimeline(workerId, page);
  if (isPending) return <Loading label="Loading the timeline…" />;
  if (error) return <ErrorAlert error={error} title="The timeline could not be loaded." />;
  if (data.items.length === 0) return <EmptyState title="Nothing recorded yet." />;
  return (
    <>
      <ol className="list-group list-group-flush" aria-label="Timeline, newest first">
        {data.items.map((e) => (
          <li key={e.id} className="list-group-item px-0">
            <div className="d-flex flex-wrap gap-2 align-items-baseline">
              <time dateTime={e.occurredAt} className="small text-body-secondary text-nowrap" style={{ minWidth: 150 }}>
                {formatDateTime(e.occurredAt)}
              </time>
              <span className={`badge text-bg-${ACTOR_TONE[e.actor.kind] ?? 'secondary'}`} title={`${e.actor.kind} ${e.actor.id}`}>
                {e.actor.kind === 'system' ? 'system' : e.actor.name}
              </span>
              <span className="flex-grow-1">{describeEvent(e)}</span>
              <code className="small text-body-secondary">{e.type}</code>
            </div>
          </li>
        ))}
      </ol>
      <Pager label="Timeline pages" page={data.page} pageSize={data.pageSize} total={data.total} lastPage={data.lastPage} onPage={setPage} />
    </>
  );
}
