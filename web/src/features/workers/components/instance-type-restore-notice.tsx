import { RelativeTime } from '../../../components/relative-time';
import { formatFullTimestamp } from '../../../lib/format';
import type { Worker } from '../api/types';

/**
 * While a worker runs on a fallback instance type and waits to go back to its own (the server's
 * `instanceTypeRestore`, WORKER_CAPACITY_FALLBACK_RESTORE_TYPE=on-next-stop), says so on its page,
 * and why the change has not happened yet when a try failed.
 */
export function InstanceTypeRestoreNotice({ restore, status }: { restore: Worker['instanceTypeRestore']; status: Worker['status'] }) {
  if (!restore) return null;
  const { originalInstanceType: own, fallbackInstanceType: fallback } = restore;
  const when = status === 'stopped' ? 'at the next check, or before its next start' : 'when next stopped';
  return (
    <div className="alert alert-info py-2 small mb-3" role="status" data-testid="instance-type-restore">
      Runs on {fallback} for lack of capacity; goes back to {own} {when}.
      {restore.lastError && (
        <>
          {' '}
          The last try to change it back failed
          {restore.lastAttemptAt && (
            <>
              {' '}
              <span title={formatFullTimestamp(restore.lastAttemptAt)}>
                <RelativeTime iso={restore.lastAttemptAt} />
              </span>
            </>
          )}
          : {restore.lastError}
        </>
      )}
    </div>
  );
}
