import { useId, useState } from 'react';
import Modal from 'react-bootstrap/Modal';
import { ErrorAlert } from '../../../components/error-alert';
import { useNotify } from '../../../components/toaster';
import { useDefaults } from '../../../lib/defaults';
import { formatBytes } from '../../../lib/format';
import type { WorkerOption } from '../api/types';
import { useUploadLab } from '../api/upload-lab';

/** Until the server's limit is known; the API's default (LAB_UPLOAD_MAX_BYTES). */
const FALLBACK_MAX_BYTES = 5 * 1024 * 1024;

/** Checks a file before it is sent: a YAML topology within the server's size limit. Returns the problem, if any. */
export function topologyProblem(file: File | undefined, maxBytes: number): string | undefined {
  if (!file) return 'Choose a topology file.';
  if (file.size === 0) return `${file.name} is empty.`;
  if (file.size > maxBytes) return `${file.name} is ${formatBytes(file.size)}; the limit is ${formatBytes(maxBytes)}.`;
  if (!/\.(ya?ml)$/i.test(file.name)) return `${file.name} is not a .yaml or .yml file (a CML topology export).`;
  return undefined;
}

/** Upload a CML topology to a worker: fixed (from its page) or chosen (from the fleet list). */
export function UploadLabDialog({ show, onClose, workerId, workers }: { show: boolean; onClose: () => void; workerId?: string; workers?: WorkerOption[] }) {
  const id = useId();
  const [target, setTarget] = useState(workerId ?? '');
  const [file, setFile] = useState<File>();
  const [touched, setTouched] = useState(false);
  const upload = useUploadLab();
  const notify = useNotify();
  const maxBytes = useDefaults().data?.labs.uploadMaxBytes ?? FALLBACK_MAX_BYTES;
  const problem = topologyProblem(file, maxBytes);
  const chosen = workerId ?? target;

  const close = () => {
    if (upload.isPending) return;
    setFile(undefined);
    setTouched(false);
    upload.reset();
    onClose();
  };

  return (
    <Modal show={show} onHide={close} aria-labelledby={`${id}-title`}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setTouched(true);
          if (problem || !chosen || !file) return;
          upload.mutate(
            { workerId: chosen, file },
            {
              onSuccess: (lab) => {
                notify('success', `Uploaded ${file.name} as lab ${lab.title}.`);
                close();
              },
            },
          );
        }}
      >
        <Modal.Header closeButton={!upload.isPending}>
          <Modal.Title id={`${id}-title`} as="h2" className="h5">
            Upload a lab topology
          </Modal.Title>
        </Modal.Header>
        <Modal.Body>
          {!workerId && (
            <div className="mb-3">
              <label htmlFor={`${id}-worker`} className="form-label">
                Worker
              </label>
              <select id={`${id}-worker`} className="form-select" value={target} onChange={(e) => setTarget(e.target.value)} required>
                <option value="">Choose a running worker…</option>
                {(workers ?? [])
                  .filter((w) => w.status === 'running')
                  .map((w) => (
                    <option key={w.id} value={w.id}>
                      {w.name}
                    </option>
                  ))}
              </select>
            </div>
          )}
          <label htmlFor={`${id}-file`} className="form-label">
            Topology file (CML YAML export, at most {formatBytes(maxBytes)})
          </label>
          <input
            id={`${id}-file`}
            type="file"
            className={`form-control ${touched && problem ? 'is-invalid' : ''}`}
            accept=".yaml,.yml,application/yaml,text/yaml"
            onChange={(e) => {
              setFile(e.target.files?.[0]);
              setTouched(true);
              upload.reset();
            }}
            aria-describedby={`${id}-file-problem`}
          />
          {touched && problem && (
            <div id={`${id}-file-problem`} className="invalid-feedback d-block">
              {problem}
            </div>
          )}
          {file && !problem && <div className="form-text">{file.name}, {formatBytes(file.size)}</div>}
          {upload.error && <ErrorAlert className="mt-3 mb-0" error={upload.error} title="The controller did not take the topology:" />}
        </Modal.Body>
        <Modal.Footer>
          <button type="button" className="btn btn-outline-secondary" onClick={close} disabled={upload.isPending}>
            Cancel
          </button>
          <button type="submit" className="btn btn-primary" disabled={upload.isPending || !chosen || Boolean(problem)}>
            {upload.isPending && <span className="spinner-border spinner-border-sm me-1" aria-hidden="true" />}
            Upload
          </button>
        </Modal.Footer>
      </form>
    </Modal>
  );
}
