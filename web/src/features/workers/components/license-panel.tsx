import { useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useEffect, useId, useState } from 'react';
import { ActionButton } from '../../../components/action-button';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { ErrorAlert } from '../../../components/error-alert';
import { useNotify } from '../../../components/toaster';
import { OPERATION_POLL_MS } from '../../../config/console';
import { errorMessage } from '../../../lib/api-client';
import { formatDateTime, formatNumber } from '../../../lib/format';
import { workerKeys } from '../../../lib/query-keys';
import { useDeregisterLicense, useRegisterLicense } from '../api/change-license';
import { useOperation } from '../api/get-operation';
import type { LicenseDetails, Operation, Worker } from '../api/types';

const KIND_WORDS: Record<string, string> = { 'license-registration': 'Licence registration', 'license-deregistration': 'Licence deregistration' };
const STATUS: Record<Operation['status'], { text: string; tone: string }> = {
  running: { text: 'running', tone: 'info' },
  succeeded: { text: 'succeeded', tone: 'success' },
  failed: { text: 'failed', tone: 'danger' },
};

/** The licence facts and, for an admin, registering and deregistering it with the operation's progress. */
export function LicensePanel({ worker, pollMs = OPERATION_POLL_MS }: { worker: Worker; pollMs?: number }) {
  const [operationId, setOperationId] = useState<string>();
  return (
    <div className="row g-3">
      <section className="col-12 col-xl-7" aria-labelledby="license-facts">
        <LicenseFacts worker={worker} />
      </section>
      <section className="col-12 col-xl-5" aria-labelledby="license-actions">
        <LicenseActions worker={worker} onStarted={setOperationId} />
        {operationId && <LicenseOperation key={operationId} workerId={worker.id} operationId={operationId} pollMs={pollMs} />}
      </section>
    </div>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt className="col-5 fw-normal text-body-secondary">{label}</dt>
      <dd className="col-7">{children}</dd>
    </>
  );
}

function LicenseFacts({ worker }: { worker: Worker }) {
  const license: LicenseDetails | undefined = worker.cml.license;
  return (
    <div className="card h-100">
      <div className="card-header">
        <h2 id="license-facts" className="h6 mb-0">
          Licence as the controller reports it
        </h2>
      </div>
      <div className="card-body small">
        {!license ? (
          <p className="mb-0 text-body-secondary" data-testid="license-unknown">
            Not read yet: the licence is read when the controller is synced while it runs
            {worker.cml.licenseStatus ? ` (last registration status: ${worker.cml.licenseStatus})` : ''}.
          </p>
        ) : (
          <>
            <dl className="row mb-2" data-testid="license-facts">
              <Row label="Registration">{license.registrationStatus ?? 'unknown'}</Row>
              <Row label="Registration expires">{license.registrationExpiresAt ? formatDateTime(license.registrationExpiresAt) : '—'}</Row>
              <Row label="Authorization">{license.authorizationStatus ?? 'unknown'}</Row>
              <Row label="Authorization expires">{license.authorizationExpiresAt ? formatDateTime(license.authorizationExpiresAt) : '—'}</Row>
              <Row label="Licensed">{worker.cml.licensed === undefined ? 'unknown' : worker.cml.licensed ? 'yes' : 'no'}</Row>
              <Row label="Product">{license.product ?? '—'}</Row>
              <Row label="Smart account">{[license.smartAccount, license.virtualAccount].filter(Boolean).join(' / ') || '—'}</Row>
              {worker.cml.lastReadAt && <Row label="Read at">{formatDateTime(worker.cml.lastReadAt)}</Row>}
            </dl>
            <h3 className="h6 small">Features</h3>
            {license.features.length === 0 ? (
              <p className="text-body-secondary mb-0">None reported.</p>
            ) : (
              <table className="table table-sm small mb-0">
                <caption className="visually-hidden">Licensed features</caption>
                <thead>
                  <tr>
                    <th scope="col">Feature</th>
                    <th scope="col">Status</th>
                    <th scope="col" className="text-end">
                      In use (count)
                    </th>
                    <th scope="col" className="text-end">
                      Allowed (count)
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {license.features.map((f) => (
                    <tr key={f.id}>
                      <td title={f.id}>{f.name ?? f.id}</td>
                      <td>{f.status ?? '—'}</td>
                      <td className="text-end">{f.inUse === undefined ? '—' : formatNumber(f.inUse, 0)}</td>
                      <td className="text-end">{f.max === undefined ? '—' : formatNumber(f.max, 0)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </>
        )}
      </div>
    </div>
  );
}

function LicenseActions({ worker, onStarted }: { worker: Worker; onStarted: (id: string) => void }) {
  const notify = useNotify();
  const id = useId();
  const register = useRegisterLicense();
  const deregister = useDeregisterLicense();
  const [token, setToken] = useState('');
  const [reregister, setReregister] = useState(false);
  const [tried, setTried] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const { registerLicense: canRegister, deregisterLicense: canDeregister } = worker.actions;
  if (canRegister.refusedBy === 'role' && canDeregister.refusedBy === 'role') return null;
  const registerReason = canRegister.allowed ? undefined : (canRegister.reason ?? 'Not available now.');
  const deregisterReason = canDeregister.allowed ? undefined : (canDeregister.reason ?? 'Not available now.');
  const trimmed = token.trim();
  const tokenProblem = trimmed.length < 10 ? 'Paste a Smart Licensing registration token (10 to 4096 characters).' : trimmed.length > 4096 ? 'At most 4096 characters.' : undefined;

  return (
    <div className="card">
      <div className="card-header">
        <h2 id="license-actions" className="h6 mb-0">
          Register or release
        </h2>
      </div>
      <div className="card-body small">
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            setTried(true);
            if (registerReason || tokenProblem || register.isPending) return;
            register.mutate(
              { id: worker.id, token: trimmed, reregister },
              {
                onSuccess: (op) => {
                  onStarted(op.id);
                  setToken('');
                  setTried(false);
                  notify('info', `Registering the licence of ${worker.name}; the progress shows below.`);
                },
              },
            );
          }}
        >
          <label htmlFor={`${id}-token`} className="form-label">
            Smart Licensing registration token
          </label>
          <textarea
            id={`${id}-token`}
            className={`form-control form-control-sm font-monospace${tried && tokenProblem ? ' is-invalid' : ''}`}
            rows={2}
            value={token}
            autoComplete="off"
            spellCheck={false}
            aria-invalid={(tried && Boolean(tokenProblem)) || undefined}
            aria-describedby={`${id}-token-help${tried && tokenProblem ? ` ${id}-token-problem` : ''}`}
            onChange={(e) => setToken(e.target.value)}
          />
          {tried && tokenProblem && (
            <div id={`${id}-token-problem`} className="invalid-feedback">
              {tokenProblem}
            </div>
          )}
          <div id={`${id}-token-help`} className="form-text">
            Sent to the controller only; never stored or shown again.
          </div>
          <div className="form-check my-2">
            <input id={`${id}-rereg`} type="checkbox" className="form-check-input" checked={reregister} onChange={(e) => setReregister(e.target.checked)} />
            <label htmlFor={`${id}-rereg`} className="form-check-label">
              Register again even if already registered
            </label>
          </div>
          <div className="d-flex flex-wrap gap-2 align-items-center">
            <button type="submit" className="btn btn-sm btn-primary" aria-disabled={Boolean(registerReason) || register.isPending || undefined} aria-describedby={registerReason ? `${id}-reg-reason` : undefined}>
              {register.isPending && <span className="spinner-border spinner-border-sm me-1" aria-hidden="true" />}
              Register licence
            </button>
            {registerReason && (
              <span id={`${id}-reg-reason`} className="text-body-secondary">
                {registerReason}
              </span>
            )}
          </div>
        </form>
        {register.error && <ErrorAlert className="mt-2 mb-0" error={register.error} title="Registration refused:" />}
        <hr />
        <ActionButton variant="outline-danger" reason={deregisterReason} busy={deregister.isPending} onClick={() => setConfirming(true)}>
          Deregister licence
        </ActionButton>
        {deregister.error && <ErrorAlert className="mt-2 mb-0" error={deregister.error} title="Deregistration refused:" />}
        <ConfirmDialog
          show={confirming}
          title={`Deregister the licence of ${worker.name}?`}
          confirmLabel="Deregister licence"
          onClose={() => setConfirming(false)}
          onConfirm={() =>
            deregister.mutateAsync(worker.id).then(
              (op) => {
                onStarted(op.id);
                notify('info', `Deregistering the licence of ${worker.name}; the progress shows below.`);
              },
              (err: unknown) => notify('danger', `Deregister ${worker.name}: ${errorMessage(err)}`),
            )
          }
        >
          <p className="mb-2">
            The controller releases its licence back to Smart Software Manager. Until it is registered again it runs in evaluation mode, with its limits (a few
            nodes at once).
          </p>
          <p className="mb-0 small text-body-secondary">Running labs keep running; new nodes beyond the evaluation limit cannot start.</p>
        </ConfirmDialog>
      </div>
    </div>
  );
}

/** One licence operation, re-read every `pollMs` while it runs; when it ends the worker is re-read (the controller was synced). */
export function LicenseOperation({ workerId, operationId, pollMs }: { workerId: string; operationId: string; pollMs: number }) {
  const client = useQueryClient();
  const { data: op, error } = useOperation(workerId, operationId, { running: true, pollMs });
  const ended = op !== undefined && op.status !== 'running';
  useEffect(() => {
    if (ended) void client.invalidateQueries({ queryKey: workerKeys.detail(workerId), exact: true });
  }, [ended, client, workerId]);
  if (error) return <ErrorAlert className="mt-3" error={error} title="The operation could not be read." />;
  if (!op) return null;
  const status = STATUS[op.status];
  const outcome = op.result ? Object.entries(op.result).filter(([, v]) => v !== undefined && v !== null) : [];
  return (
    <div className="card mt-3" aria-live="polite" data-testid="license-operation">
      <div className="card-body small">
        <div className="d-flex align-items-center gap-2 mb-1">
          <h3 className="h6 mb-0 me-auto">{KIND_WORDS[op.kind] ?? op.kind}</h3>
          <span className={`badge text-bg-${status.tone}`}>{status.text}</span>
        </div>
        {op.status === 'running' && (
          <p className="mb-1 d-flex align-items-center gap-2">
            <span className="spinner-border spinner-border-sm" aria-hidden="true" />
            <span data-testid="license-progress">{op.progress ?? 'Starting…'}</span>
          </p>
        )}
        {op.status === 'succeeded' && (
          <p className="mb-1" data-testid="license-outcome">
            Done{op.finishedAt ? ` at ${formatDateTime(op.finishedAt)}` : ''}
            {outcome.length > 0 && `: ${outcome.map(([k, v]) => `${k === 'registrationStatus' ? 'registration status' : k} ${String(v)}`).join(', ')}`}.
          </p>
        )}
        {op.status === 'failed' && (
          <p className="mb-1 text-danger-emphasis" data-testid="license-outcome">
            Failed: {op.error ?? 'no reason given'}
          </p>
        )}
        <p className="mb-0 text-body-secondary">
          Asked by {op.requestedBy.name} at {formatDateTime(op.startedAt)}.
        </p>
      </div>
    </div>
  );
}
