import { type ReactNode, useId, useState } from 'react';
import Modal from 'react-bootstrap/Modal';
import { ErrorAlert } from './error-alert';

export interface ConfirmDialogProps {
  show: boolean;
  title: string;
  /** Exactly what will happen, in words. */
  children: ReactNode;
  /** Names the action, e.g. "Terminate lab-east-1". */
  confirmLabel: string;
  variant?: 'danger' | 'warning' | 'primary';
  /** When set, the action stays disabled until this text is typed (for what cannot be undone). */
  typeToConfirm?: string;
  onConfirm: () => Promise<unknown>;
  onClose: () => void;
}

/**
 * Asks before a destructive action. Focus moves into the dialog and returns to the button that
 * opened it (react-bootstrap's Modal); a refusal keeps the dialog open with the server's reason.
 */
export function ConfirmDialog({ show, title, children, confirmLabel, variant = 'danger', typeToConfirm, onConfirm, onClose }: ConfirmDialogProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [typed, setTyped] = useState('');
  const titleId = useId();
  const typedId = useId();

  const close = () => {
    if (busy) return;
    setError(undefined);
    setTyped('');
    onClose();
  };

  const confirm = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await onConfirm();
      setTyped('');
      setBusy(false);
      onClose();
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  const blocked = typeToConfirm !== undefined && typed.trim() !== typeToConfirm;
  return (
    <Modal show={show} onHide={close} aria-labelledby={titleId} backdrop={busy ? 'static' : true} keyboard={!busy}>
      <Modal.Header closeButton={!busy}>
        <Modal.Title id={titleId} as="h2" className="h5">
          {title}
        </Modal.Title>
      </Modal.Header>
      <Modal.Body>
        <div className="mb-2">{children}</div>
        {typeToConfirm !== undefined && (
          <div className="mt-3">
            <label htmlFor={typedId} className="form-label small">
              Type <strong className="user-select-all">{typeToConfirm}</strong> to confirm
            </label>
            <input id={typedId} className="form-control" value={typed} onChange={(e) => setTyped(e.target.value)} autoComplete="off" autoFocus />
          </div>
        )}
        {error !== undefined && <ErrorAlert className="mt-3 mb-0" error={error} title="The server refused:" />}
      </Modal.Body>
      <Modal.Footer>
        <button type="button" className="btn btn-outline-secondary" onClick={close} disabled={busy} autoFocus={typeToConfirm === undefined}>
          Cancel
        </button>
        <button type="button" className={`btn btn-${variant}`} onClick={() => void confirm()} disabled={busy || blocked}>
          {busy && <span className="spinner-border spinner-border-sm me-2" aria-hidden="true" />}
          {confirmLabel}
        </button>
      </Modal.Footer>
    </Modal>
  );
}
