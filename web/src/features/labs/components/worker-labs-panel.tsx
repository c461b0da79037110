import { useState } from 'react';
import { ErrorAlert } from '../../../components/error-alert';
import { EmptyState, Loading } from '../../../components/loading';
import { useNotify } from '../../../components/toaster';
import { errorMessage } from '../../../lib/api-client';
import { useHasRole } from '../../../lib/auth';
import { useWorkerLabs } from '../api/list-worker-labs';
import { useSyncWorkerLabs } from '../api/sync-worker-labs';
import { LabsTable } from './labs-table';
import { UploadLabDialog } from './upload-lab-dialog';

/** The labs tab of a worker's page: its labs with their actions, sync now, upload. */
export function WorkerLabsPanel({ workerId, workerName, running }: { workerId: string; workerName: string; running: boolean }) {
  const { data, error, isPending } = useWorkerLabs(workerId);
  const sync = useSyncWorkerLabs();
  const canOperate = useHasRole('manager');
  const notify = useNotify();
  const [uploading, setUploading] = useState(false);
  const notRunning = running ? undefined : 'The worker is not running: its controller cannot be reached.';

  return (
    <section aria-label={`Labs on ${workerName}`}>
      {canOperate && (
        <div className="d-flex gap-2 mb-3">
          <button
            type="button"
            className="btn btn-sm btn-outline-secondary"
            aria-disabled={Boolean(notRunning) || sync.isPending}
            title={notRunning}
            onClick={() =>
              !notRunning &&
              sync.mutate(workerId, {
                onSuccess: () => notify('info', `Labs of ${workerName} read from the controller.`),
                onError: (err) => notify('danger', `Sync labs of ${workerName}: ${errorMessage(err)}`),
              })
            }
          >
            {sync.isPending && <span className="spinner-border spinner-border-sm me-1" aria-hidden="true" />}
            Sync now
          </button>
          <button type="button" className="btn btn-sm btn-primary" aria-disabled={Boolean(notRunning)} title={notRunning} onClick={() => !notRunning && setUploading(true)}>
            Upload topology
          </button>
        </div>
      )}
      {isPending && <Loading label="Loading labs…" />}
      {error && <ErrorAlert error={error} title="The labs could not be loaded." />}
      {data && data.length === 0 && <EmptyState title="No labs on this worker.">{canOperate ? 'Upload a topology to create one.' : undefined}</EmptyState>}
      {data && data.length > 0 && <LabsTable labs={data} />}
      <UploadLabDialog show={uploading} onClose={() => setUploading(false)} workerId={workerId} />
    </section>
  );
}
