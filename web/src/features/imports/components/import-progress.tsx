import { Link } from 'react-router';
import type { RunItem } from '../hooks/use-import-run';

const LABEL: Record<RunItem['state'], string> = { waiting: 'waiting', importing: 'importing…', imported: 'imported', refused: 'refused', cancelled: 'not imported' };
const TONE: Record<RunItem['state'], string> = { waiting: 'secondary', importing: 'info', imported: 'success', refused: 'danger', cancelled: 'secondary' };

/** A progress bar and one line per instance: imported (with a link to its worker) or refused (with the server's reason). */
export function ImportProgress({ items, done, running, onCancel }: { items: RunItem[]; done: number; running: boolean; onCancel: () => void }) {
  const total = items.length;
  const pct = total ? Math.round((done / total) * 100) : 0;
  const imported = items.filter((i) => i.state === 'imported').length;
  const refused = items.filter((i) => i.state === 'refused').length;
  return (
    <section className="card card-body mb-3" aria-labelledby="import-progress-title">
      <div className="d-flex align-items-center gap-2 mb-2">
        <h2 id="import-progress-title" className="h6 mb-0 me-auto">
          {running ? `Importing ${done + 1 > total ? total : done + 1} of ${total}…` : `Import finished: ${imported} imported, ${refused} refused`}
        </h2>
        {running && (
          <button type="button" className="btn btn-sm btn-outline-secondary" onClick={onCancel}>
            Stop after this one
          </button>
        )}
      </div>
      <div className="progress mb-3" role="progressbar" aria-label="Import progress" aria-valuenow={pct} aria-valuemin={0} aria-valuemax={100} aria-valuetext={`${done} of ${total} done`}>
        <div className={`progress-bar ${running ? 'progress-bar-striped progress-bar-animated' : refused ? 'bg-warning' : 'bg-success'}`} style={{ width: `${pct}%` }}>
          {done} / {total}
        </div>
      </div>
      <ul className="list-group" aria-live="polite">
        {items.map((i) => (
          <li key={i.instanceId} className="list-group-item d-flex flex-wrap gap-2 align-items-baseline" data-testid={`import-result-${i.instanceId}`}>
            <span className="font-monospace small">{i.instanceId}</span>{' '}
            <span className={`badge text-bg-${TONE[i.state]}`}>{LABEL[i.state]}</span>{' '}
            {i.worker && (
              <span>
                as <Link to={`/workers/${i.worker.id}`}>{i.worker.name}</Link>
              </span>
            )}
            {i.detail && <span className="text-danger small">{i.detail}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
