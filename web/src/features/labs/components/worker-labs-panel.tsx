import { useState } from 'react';
import { ErrorAlert } from '../../../components/error-alert';
import { EmptyState, Loading } from '../../../components/loading';
import { RelativeTime } from '../../../components/relative-time';
import { useNotify } from '../../../components/toaster';
import { errorMessage } from '../../../lib/api-client';
import { useHasRole } from '../../../lib/auth';
import { useWorkerLabs } from '../api/list-worker-labs';
import { useSyncWorkerLabs } from '../api/sync-worker-labs';
import { LabsTable } from './labs-table';
import { UploadLabDialog } from './upload-lab-dialog';

/** The labs tab of a worker's page: its labs with their actions, sync now and upload (both a manager's). */
export function WorkerLabsPanel({ workerId, workerName, status }: { workerId: string; workerName: string; status: string }) {
  const running = status === 'running';
  const { data, error, isPending } = useWorkerLabs(workerId);
  const sync = useSyncWorkerLabs();
  // Sync and upload set off work on the controller: a manager's actions, like every lab action.
  const isManager = useHasRole('manager');
  const notify = useNotify();
  const [uploading, setUploading] = useState(false);
  const lastSeen = data?.items.reduce<string | undefined>((latest, l) => (!latest || l.lastSyncedAt > latest ? l.lastSyncedAt : latest), undefined);

  return (
    <section aria-label={`Labs on ${workerName}`}>
      {!running && (
        <div className="alert alert-secondary py-2" role="status">
          {workerName} is {status}: its controller is not read, so{' '}
          {data && data.items.length > 0 ? (
            <>
              these are its labs as last seen{lastSeen && <> (<RelativeTime iso={lastSeen} />)</>}.
            </>
          ) : (
            'nothing new is seen.'
          )}{' '}
          Syncing, uploading and lab actions need it running{isManager ? ': start the worker first.' : '.'}
        </div>
      )}
      {isManager && running && (
        <div className="d-flex gap-2 mb-3">
          <button
            type="button"
            className="btn btn-sm btn-outline-secondary"
            aria-disabled={sync.isPending}
            onClick={() =>
              sync.mutate(workerId, {
                onSuccess: (r) => notify('info', `Labs of ${workerName} read from the controller: ${r.created} new, ${r.updated} changed, ${r.removed} gone, ${r.unchanged} unchanged.`),
                onError: (err) => notify('danger', `Sync labs of ${workerName}: ${errorMessage(err)}`),
              })
            }
          >
            {sync.isPending && <span className="spinner-border spinner-border-sm me-1" aria-hidden="true" />}
            Sync now
          </button>
          <button type="button" className="btn btn-sm btn-primary" onClick={() => setUploading(true)}>
            Upload topology
          </button>
        </div>
      )}
      {isPending && <Loading label="Loading labs…" />}
      {error && <ErrorAlert error={error} title="The labs could not be loaded." />}
      {data && data.items.length === 0 && running && (
        <EmptyState title="No labs on this worker.">{isManager ? 'Upload a topology to create one, or sync if labs were made on the controller.' : 'Labs made on the controller appear after its next scheduled sync.'}</EmptyState>
      )}
      {data && data.items.length === 0 && !running && <EmptyState title="No labs were seen on this worker while it ran." />}
      {data && data.items.length > 0 && <LabsTable labs={data.items} />}
      <UploadLabDialog show={uploading} onClose={() => setUploading(false)} workerId={workerId} />
    </section>
  );
}
