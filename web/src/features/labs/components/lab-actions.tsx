import { useState } from 'react';
import { ActionButton } from '../../../components/action-button';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { useNotify } from '../../../components/toaster';
import { errorMessage } from '../../../lib/api-client';
import { useHasRole } from '../../../lib/auth';
import { useDeleteLab } from '../api/delete-lab';
import { downloadLab } from '../api/download-lab';
import { useStartLab } from '../api/start-lab';
import { useStopLab } from '../api/stop-lab';
import type { LabRecord } from '../api/types';
import { useWipeLab } from '../api/wipe-lab';
import { labActionReason } from '../lib/lab-actions';

type Dialog = 'stop' | 'wipe' | 'delete' | null;

/**
 * Start, stop, wipe, download and delete one lab (each a manager's action, delete an admin's);
 * destructive ones ask first and say what they do. A `user` gets none (`LabsTable` leaves the column out).
 */
export function LabActions({ lab }: { lab: LabRecord }) {
  const isManager = useHasRole('manager');
  const isAdmin = useHasRole('admin');
  const notify = useNotify();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [downloading, setDownloading] = useState(false);
  const start = useStartLab();
  const stop = useStopLab();
  const wipe = useWipeLab();
  const remove = useDeleteLab();
  const ref = { workerId: lab.workerId, labId: lab.labId };
  const where = lab.workerName ? ` on ${lab.workerName}` : '';
  const nodes = lab.nodeCount !== undefined ? `${lab.nodeCount} node${lab.nodeCount === 1 ? '' : 's'}` : 'its nodes';

  const onStart = () =>
    start.mutate(ref, {
      onSuccess: () => notify('success', `Starting lab ${lab.title}${where}.`),
      onError: (err) => notify('danger', `Start ${lab.title}: ${errorMessage(err)}`),
    });
  const onDownload = () => {
    setDownloading(true);
    downloadLab({ ...ref, title: lab.title })
      .catch((err: unknown) => notify('danger', `Download ${lab.title}: ${errorMessage(err)}`))
      .finally(() => setDownloading(false));
  };

  // One row per lab: the state badge already says why most actions are off, and a sentence per
  // button would bury the table; the reason is in each button's title and description.
  return (
    <div className="d-flex flex-wrap gap-1" role="group" aria-label={`Actions for lab ${lab.title}`}>
      {isManager && (
        <>
          <ActionButton variant="outline-success" reason={labActionReason('start', lab.state)} showReason={false} busy={start.isPending} onClick={onStart}>
            Start
          </ActionButton>
          <ActionButton variant="outline-warning" reason={labActionReason('stop', lab.state)} showReason={false} onClick={() => setDialog('stop')}>
            Stop
          </ActionButton>
          <ActionButton variant="outline-secondary" reason={labActionReason('wipe', lab.state)} showReason={false} onClick={() => setDialog('wipe')}>
            Wipe
          </ActionButton>
          {/* A topology carries the nodes' configurations: a manager's to take. */}
          <ActionButton variant="outline-primary" busy={downloading} onClick={onDownload}>
            Download
          </ActionButton>
        </>
      )}
      {isAdmin && (
        <ActionButton variant="outline-danger" onClick={() => setDialog('delete')}>
          Delete
        </ActionButton>
      )}

      <ConfirmDialog
        show={dialog === 'stop'}
        title={`Stop lab ${lab.title}?`}
        confirmLabel={`Stop ${lab.title}`}
        variant="warning"
        onClose={() => setDialog(null)}
        onConfirm={() => stop.mutateAsync(ref).then(() => notify('success', `Stopping lab ${lab.title}${where}.`))}
      >
        <p className="mb-0">
          CML stops {nodes} of <strong>{lab.title}</strong>
          {where}. Anyone working in the lab loses their consoles and running state; node configurations and disks stay, and the lab can be started again.
        </p>
      </ConfirmDialog>
      <ConfirmDialog
        show={dialog === 'wipe'}
        title={`Wipe lab ${lab.title}?`}
        confirmLabel={`Wipe ${lab.title}`}
        onClose={() => setDialog(null)}
        onConfirm={() => wipe.mutateAsync(ref).then(() => notify('success', `Wiped lab ${lab.title}${where}.`))}
      >
        <p className="mb-0">
          CML erases the disks and saved state of {nodes} of <strong>{lab.title}</strong>
          {where}: changes made inside the nodes since they were created are lost. The topology (nodes, links, their definitions) stays.
        </p>
      </ConfirmDialog>
      <ConfirmDialog
        show={dialog === 'delete'}
        title={`Delete lab ${lab.title}?`}
        confirmLabel={`Delete ${lab.title}`}
        typeToConfirm={lab.title}
        onClose={() => setDialog(null)}
        onConfirm={() => remove.mutateAsync(ref).then(() => notify('success', `Deleted lab ${lab.title}${where}.`))}
      >
        <p className="mb-2">
          The lab is stopped and wiped if needed, then removed from the controller{where} with its topology. <strong>This cannot be undone.</strong>
        </p>
        <p className="mb-0 small text-body-secondary">Download it first if you may need it again.</p>
      </ConfirmDialog>
    </div>
  );
}
