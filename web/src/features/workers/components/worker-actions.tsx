import { useState } from 'react';
import { ActionButton } from '../../../components/action-button';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { useNotify } from '../../../components/toaster';
import { errorMessage } from '../../../lib/api-client';
import { useHasRole } from '../../../lib/auth';
import { useRefreshWorker } from '../api/refresh-worker';
import { useStartWorker } from '../api/start-worker';
import { useStopWorker } from '../api/stop-worker';
import { useTerminateWorker } from '../api/terminate-worker';
import type { Worker } from '../api/types';
import { useUnregisterWorker } from '../api/unregister-worker';
import { availability } from '../lib/worker-transitions';

type Dialog = 'stop' | 'terminate' | 'unregister' | null;

/**
 * Start, stop, refresh, terminate and unregister. What a role may not do is not shown at all (a
 * `user` sees none: every one of them is a manager's or an admin's); what the status does not allow
 * is shown unavailable with the reason (the server's transition table).
 */
export function WorkerActions({ worker }: { worker: Worker }) {
  const isManager = useHasRole('manager');
  const isAdmin = useHasRole('admin');
  const notify = useNotify();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [alsoTerminate, setAlsoTerminate] = useState(false);
  const start = useStartWorker();
  const stop = useStopWorker();
  const refresh = useRefreshWorker();
  const terminate = useTerminateWorker();
  const unregister = useUnregisterWorker();

  const canStart = availability('start', worker.status, worker.managed);
  const canStop = availability('stop', worker.status, worker.managed);
  const canTerminate = availability('terminate', worker.status, worker.managed);
  const unmanaged = worker.managed ? undefined : 'The worker is unregistered; nothing manages it any more.';
  const instance = worker.instanceId ? `instance ${worker.instanceId}` : 'its instance';

  const onStart = () =>
    start.mutate(worker.id, {
      onSuccess: (r) => notify('success', r.message),
      onError: (err) => notify('danger', `Start ${worker.name}: ${errorMessage(err)}`),
    });
  const onRefresh = () =>
    refresh.mutate(worker.id, {
      onSuccess: () => notify('info', `${worker.name}: EC2 state and status checks re-read.`),
      onError: (err) => notify('danger', `Refresh ${worker.name}: ${errorMessage(err)}`),
    });

  if (!isManager) return null;
  return (
    <div className="d-flex flex-wrap gap-2" role="group" aria-label={`Actions for ${worker.name}`}>
      <ActionButton variant="success" reason={canStart.reason} busy={start.isPending} onClick={onStart}>
        Start
      </ActionButton>
      <ActionButton variant="warning" reason={canStop.reason} busy={stop.isPending} onClick={() => setDialog('stop')}>
        Stop
      </ActionButton>
      <ActionButton reason={unmanaged} busy={refresh.isPending} onClick={onRefresh}>
        Refresh
      </ActionButton>
      {isAdmin && (
        <>
          <ActionButton variant="outline-danger" reason={canTerminate.reason} onClick={() => setDialog('terminate')}>
            Terminate
          </ActionButton>
          <ActionButton variant="outline-danger" reason={unmanaged} onClick={() => setDialog('unregister')}>
            Unregister
          </ActionButton>
        </>
      )}

      <ConfirmDialog
        show={dialog === 'stop'}
        title={`Stop ${worker.name}?`}
        confirmLabel={`Stop ${worker.name}`}
        variant="warning"
        onClose={() => setDialog(null)}
        onConfirm={() => stop.mutateAsync(worker.id).then((r) => notify('success', r.message))}
      >
        <p className="mb-2">
          EC2 stops {instance} in {worker.region}. Every running lab and node on this CML controller stops, and the controller cannot be reached until the worker is
          started again.
        </p>
        <p className="mb-0 small text-body-secondary">Labs and their configurations stay on the disk; the disk is still billed while the instance is stopped.</p>
      </ConfirmDialog>

      <ConfirmDialog
        show={dialog === 'terminate'}
        title={`Terminate ${worker.name}?`}
        confirmLabel={`Terminate ${worker.name}`}
        typeToConfirm={worker.name}
        onClose={() => setDialog(null)}
        onConfirm={() => terminate.mutateAsync(worker.id).then((r) => notify('success', r.message))}
      >
        <p className="mb-2">
          EC2 terminates {instance} in {worker.region} and deletes its disks. <strong>Every lab on this controller is lost; this cannot be undone.</strong>
        </p>
        <p className="mb-0 small text-body-secondary">The worker's record and its history stay in CML Cloud Manager.</p>
      </ConfirmDialog>

      <ConfirmDialog
        show={dialog === 'unregister'}
        title={`Unregister ${worker.name}?`}
        confirmLabel={alsoTerminate ? `Terminate and unregister ${worker.name}` : `Unregister ${worker.name}`}
        typeToConfirm={alsoTerminate ? worker.name : undefined}
        onClose={() => {
          setDialog(null);
          setAlsoTerminate(false);
        }}
        onConfirm={() =>
          unregister.mutateAsync({ id: worker.id, terminateInstance: alsoTerminate }).then(() => notify('success', `${worker.name} is no longer managed.`))
        }
      >
        <p className="mb-2">CML Cloud Manager stops managing {worker.name}: no more monitoring, idle stops or lab syncs. Its record and history stay.</p>
        <div className="form-check">
          <input id="unregister-terminate" type="checkbox" className="form-check-input" checked={alsoTerminate} onChange={(e) => setAlsoTerminate(e.target.checked)} />
          <label htmlFor="unregister-terminate" className="form-check-label">
            Also terminate the EC2 instance {worker.instanceId ?? ''}
          </label>
        </div>
        <p className="mt-2 mb-0 small text-body-secondary">
          {alsoTerminate
            ? 'EC2 terminates the instance first and deletes its disks, with every lab on it; if EC2 refuses, nothing changes.'
            : 'The instance is left as it is in EC2 and keeps running (and costing money) if it runs now.'}
        </p>
      </ConfirmDialog>
    </div>
  );
}
