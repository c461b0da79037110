import { memo } from 'react';
import type { WorkerStatus } from '../api/types';

const TONES: Record<WorkerStatus, string> = {
  running: 'text-bg-success',
  pending: 'text-bg-info',
  stopping: 'text-bg-warning',
  stopped: 'text-bg-secondary',
  'shutting-down': 'text-bg-warning',
  terminated: 'text-bg-dark',
  failed: 'text-bg-danger',
  unknown: 'text-bg-light border',
};

const MOVING: ReadonlySet<WorkerStatus> = new Set(['pending', 'stopping', 'shutting-down']);

export const WorkerStatusBadge = memo(function WorkerStatusBadge({ status, reason }: { status: WorkerStatus; reason?: string }) {
  return (
    <span className={`badge ${TONES[status] ?? 'text-bg-light'} d-inline-flex align-items-center gap-1`} title={reason} data-testid="worker-status">
      {MOVING.has(status) && <span className="spinner-grow" style={{ width: 6, height: 6 }} aria-hidden="true" />}
      {status === 'shutting-down' ? 'shutting down' : status}
    </span>
  );
});
