import { memo } from 'react';
import { Link } from 'react-router';
import { SortHeader } from '../../../components/sort-header';
import { UsageBar } from '../../../components/usage-bar';
import { useNow } from '../../../components/use-now';
import type { Worker } from '../api/types';
import { idleSummary } from '../lib/idle-summary';
import { WorkerStatusBadge } from './worker-status-badge';

/**
 * One page of workers. Rows are memoised on the worker object: React Query keeps unchanged objects
 * identical across refetches and live patches, so an update re-renders only the rows it touches.
 */
export function WorkersTable({ workers, sort, onSort, busy }: { workers: Worker[]; sort: string; onSort: (sort: string) => void; busy?: boolean }) {
  const now = useNow(30_000);
  return (
    <div className="table-responsive">
      <table className="table table-hover align-middle mb-0" aria-busy={busy} aria-label="Workers">
        <thead className="table-light">
          <tr>
            <SortHeader field="status" sort={sort} onSort={onSort}>
              Status
            </SortHeader>
            <SortHeader field="name" sort={sort} onSort={onSort}>
              Name
            </SortHeader>
            <SortHeader field="region" sort={sort} onSort={onSort}>
              Region
            </SortHeader>
            <SortHeader field="instanceType" sort={sort} onSort={onSort}>
              Instance type
            </SortHeader>
            <th scope="col">Public IP</th>
            <SortHeader field="cpu" sort={sort} onSort={onSort}>
              CPU
            </SortHeader>
            <SortHeader field="memory" sort={sort} onSort={onSort}>
              Memory
            </SortHeader>
            <SortHeader field="disk" sort={sort} onSort={onSort}>
              Disk
            </SortHeader>
            <SortHeader field="runningNodes" sort={sort} onSort={onSort} className="text-end">
              Nodes
            </SortHeader>
            <th scope="col" className="text-end">
              Labs
            </th>
            <th scope="col">License</th>
            <th scope="col">Idle</th>
          </tr>
        </thead>
        <tbody>
          {workers.map((w) => (
            <WorkerRow key={w.id} worker={w} now={now} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

const WorkerRow = memo(function WorkerRow({ worker: w, now }: { worker: Worker; now: number }) {
  const t = w.telemetry;
  const idle = idleSummary(w, now);
  const live = w.status === 'running';
  return (
    <tr data-worker-id={w.id}>
      <td>
        <WorkerStatusBadge status={w.status} reason={w.statusReason} />
      </td>
      <td>
        <Link to={`/workers/${w.id}`} className="fw-semibold">
          {w.name}
        </Link>
        <div className="small text-body-secondary font-monospace text-nowrap">{w.instanceId ?? 'no instance'}</div>
      </td>
      <td className="text-nowrap">{w.region}</td>
      <td className="text-nowrap">{w.instanceType}</td>
      <td className="font-monospace small">{w.publicIp ?? '—'}</td>
      <td>
        <UsageBar label={`CPU of ${w.name}`} value={live ? t.cpuPercent : undefined} />
      </td>
      <td>
        <UsageBar label={`Memory of ${w.name}`} value={live ? t.memoryPercent : undefined} />
      </td>
      <td>
        <UsageBar label={`Disk of ${w.name}`} value={live ? t.diskPercent : undefined} />
      </td>
      <td className="text-end text-nowrap" title="Running nodes / defined nodes">
        {live && t.runningNodes !== undefined ? (
          <>
            {t.runningNodes}
            {t.totalNodes !== undefined && <span className="text-body-secondary"> / {t.totalNodes}</span>}
          </>
        ) : (
          <span className="text-body-secondary">—</span>
        )}
      </td>
      <td className="text-end">{t.labs ?? '—'}</td>
      <td>
        {w.cml.licensed ? (
          <span className="badge text-bg-success" title={w.cml.licenseStatus}>
            licensed
          </span>
        ) : w.cml.licenseStatus ? (
          <span className="badge text-bg-warning">{w.cml.licenseStatus.toLowerCase()}</span>
        ) : (
          <span className="text-body-secondary">—</span>
        )}
      </td>
      <td>
        {idle.tone === 'light' ? (
          <span className="text-body-secondary">—</span>
        ) : (
          <span className={`badge text-bg-${idle.tone} fw-normal`} title={idle.title}>
            {idle.text}
          </span>
        )}
      </td>
    </tr>
  );
});
