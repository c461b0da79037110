import { type ReactNode, useId, useState } from 'react';
import { ActionButton } from '../../../components/action-button';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { DisabledReason } from '../../../components/disabled-reason';
import { useNotify } from '../../../components/toaster';
import { errorMessage } from '../../../lib/api-client';
import { operationInProgress } from '../api/operation-conflict';
import { useRefreshWorker } from '../api/refresh-worker';
import { useStartWorker } from '../api/start-worker';
import { useStopWorker } from '../api/stop-worker';
import { useTerminateWorker } from '../api/terminate-worker';
import type { Worker } from '../api/types';
import { useUnregisterWorker } from '../api/unregister-worker';

type Dialog = 'stop' | 'terminate' | 'unregister' | null;
type ActionName = keyof Worker['actions'];

/** Why the server says an action is not available now, or undefined when it is. */
function reasonOf(worker: Worker, action: ActionName): string | undefined {
  const a = worker.actions[action];
  return a.allowed ? undefined : (a.reason ?? 'Not available now.');
}

/**
 * Start, stop, refresh, terminate and unregister, as the server offers them to this caller
 * (`worker.actions`: its role and the worker's state, decided on the server). An action the caller's
 * role never allows is not shown at all; one the worker's state refuses now is shown disabled with the
 * server's reason next to it (a reason shared by several buttons is said once after them). Nothing
 * is rendered when the role allows none of them.
 */
export function WorkerActions({ worker }: { worker: Worker }) {
  const notify = useNotify();
  const sharedId = useId();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [alsoTerminate, setAlsoTerminate] = useState(false);
  const [forceTerminate, setForceTerminate] = useState(false);
  const start = useStartWorker();
  const stop = useStopWorker();
  const refresh = useRefreshWorker();
  const terminate = useTerminateWorker();
  const unregister = useUnregisterWorker();

  const instance = worker.instanceId ? `instance ${worker.instanceId}` : 'its instance';

  // Another operation runs on the worker: the server's answer names it, the worker is re-read (its
  // page then shows that operation's steps), and a dialog has nothing left to ask.
  const busyWith = (verb: string) => (err: unknown) => {
    if (!operationInProgress(err)) throw err;
    notify('warning', `${verb} ${worker.name}: ${errorMessage(err)}`);
  };
  const onStart = () =>
    start.mutate(worker.id, {
      onSuccess: (r) => notify('success', r.message),
      onError: (err) => (operationInProgress(err) ? busyWith('Start')(err) : notify('danger', `Start ${worker.name}: ${errorMessage(err)}`)),
    });
  const onRefresh = () =>
    refresh.mutate(worker.id, {
      onSuccess: () => notify('info', `${worker.name}: EC2 state and status checks re-read.`),
      onError: (err) => notify('danger', `Refresh ${worker.name}: ${errorMessage(err)}`),
    });

  const offered: { action: ActionName; label: string; variant?: string; busy?: boolean; onClick: () => void }[] = [
    { action: 'start', label: 'Start', variant: 'success', busy: start.isPending, onClick: onStart },
    { action: 'stop', label: 'Stop', variant: 'warning', busy: stop.isPending, onClick: () => setDialog('stop') },
    { action: 'refresh', label: 'Refresh', busy: refresh.isPending, onClick: onRefresh },
    { action: 'terminate', label: 'Terminate', variant: 'outline-danger', onClick: () => setDialog('terminate') },
    { action: 'unregister', label: 'Unregister', variant: 'outline-danger', onClick: () => setDialog('unregister') },
  ];
  const buttons = offered.filter((b) => worker.actions[b.action].refusedBy !== 'role');
  const reasons = buttons.map((b) => reasonOf(worker, b.action));
  // Reasons given for more than one button, each said once, in the order they first appear.
  const shared = [...new Set(reasons.filter((r, i) => r !== undefined && reasons.indexOf(r) !== i))] as string[];
  const sharedIdOf = (reason: string) => `${sharedId}-${shared.indexOf(reason)}`;
  const sharedReasons: ReactNode[] = shared.map((r) => <DisabledReason key={r} id={sharedIdOf(r)} reason={r} className="w-100" />);

  if (buttons.length === 0) return null;
  return (
    <div className="d-flex flex-wrap align-items-center gap-2" role="group" aria-label={`Actions for ${worker.name}`}>
      {buttons.map((b, i) => {
        const reason = reasons[i];
        const isShared = reason !== undefined && shared.includes(reason);
        return (
          <ActionButton
            key={b.action}
            variant={b.variant}
            reason={reason}
            busy={b.busy}
            showReason={!isShared}
            describedBy={isShared ? sharedIdOf(reason) : undefined}
            onClick={b.onClick}
          >
            {b.label}
          </ActionButton>
        );
      })}
      {sharedReasons}

      <ConfirmDialog
        show={dialog === 'stop'}
        title={`Stop ${worker.name}?`}
        confirmLabel={`Stop ${worker.name}`}
        variant="warning"
        onClose={() => setDialog(null)}
        onConfirm={() => stop.mutateAsync(worker.id).then((r) => notify('success', r.message), busyWith('Stop'))}
      >
        <p className="mb-2">
          The running labs on this CML controller are stopped first, then EC2 stops {instance} in {worker.region}. The controller cannot be reached until the worker
          is started again; the steps show on this page as they run.
        </p>
        <p className="mb-0 small text-body-secondary">Labs and their configurations stay on the disk; the disk is still billed while the instance is stopped.</p>
      </ConfirmDialog>

      <ConfirmDialog
        show={dialog === 'terminate'}
        title={`Terminate ${worker.name}?`}
        confirmLabel={`Terminate ${worker.name}`}
        typeToConfirm={worker.name}
        onClose={() => {
          setDialog(null);
          setForceTerminate(false);
        }}
        onConfirm={() =>
          terminate.mutateAsync({ id: worker.id, force: forceTerminate || undefined }).then((r) => notify('success', r.message), busyWith('Terminate'))
        }
      >
        <p className="mb-2">
          The labs are stopped and wiped (their topologies exported to S3 when a bucket is set up) and the licence is released; then EC2 terminates {instance} in{' '}
          {worker.region} and deletes its disks. <strong>Every lab on this controller is lost; this cannot be undone.</strong>
        </p>
        <p className="mb-2 small text-body-secondary">The worker's record and its history stay in CML Cloud Manager.</p>
        <div className="form-check">
          <input id="terminate-force" type="checkbox" className="form-check-input" checked={forceTerminate} onChange={(e) => setForceTerminate(e.target.checked)} />
          <label htmlFor="terminate-force" className="form-check-label">
            Do not wait for the controller if it cannot be reached
          </label>
        </div>
        {forceTerminate && (
          <p className="mb-0 mt-1 small text-warning-emphasis">
            Steps that need the controller are skipped when it does not answer: its labs are not exported and its licence may stay held in Smart Software Manager
            until someone releases it there.
          </p>
        )}
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
