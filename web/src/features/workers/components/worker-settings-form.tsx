import { useId, useState } from 'react';
import { ErrorAlert } from '../../../components/error-alert';
import { useNotify } from '../../../components/toaster';
import { useDefaults } from '../../../lib/defaults';
import { formatDuration } from '../../../lib/format';
import type { Worker } from '../api/types';
import { useUpdateWorker } from '../api/update-worker';
import { IDLE_TIMEOUT_MINUTES, draftOf, settingsChange, settingsProblems, type WorkerSettingsDraft } from '../lib/worker-settings-rules';

/**
 * The worker's own settings (admin, PATCH /api/workers/{id}): its name, the CML endpoint override,
 * idle detection and its idle timeout. The form checks what the server checks and sends only what
 * changed; clearing the override or going back to the fleet default sends null.
 */
export function WorkerSettingsForm({ worker }: { worker: Worker }) {
  const notify = useNotify();
  const update = useUpdateWorker();
  const { data: defaults } = useDefaults();
  const [draft, setDraft] = useState<WorkerSettingsDraft>(() => draftOf(worker));
  const [tried, setTried] = useState(false);
  const id = useId();
  const problems = settingsProblems(draft, defaults?.provisioning.workerName);
  const change = settingsChange(worker, draft);
  const nothing = Object.keys(change).length === 0;
  const set = <K extends keyof WorkerSettingsDraft>(key: K, value: WorkerSettingsDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const shown = (field: keyof typeof problems) => (tried ? problems[field] : undefined);
  const fieldClass = (field: keyof typeof problems) => `form-control form-control-sm${shown(field) ? ' is-invalid' : ''}`;

  return (
    <form
      className="card"
      aria-labelledby={`${id}-title`}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        setTried(true);
        if (Object.keys(problems).length > 0 || nothing || update.isPending) return;
        update.mutate(
          { id: worker.id, ...change },
          {
            onSuccess: (w) => {
              setDraft(draftOf(w));
              setTried(false);
              notify('success', `Settings of ${w.name} saved.`);
            },
          },
        );
      }}
    >
      <div className="card-header">
        <h2 id={`${id}-title`} className="h6 mb-0">
          Settings
        </h2>
      </div>
      <div className="card-body small">
        <div className="mb-3">
          <label htmlFor={`${id}-name`} className="form-label">
            Name
          </label>
          <input
            id={`${id}-name`}
            className={fieldClass('name')}
            value={draft.name}
            maxLength={200}
            aria-invalid={Boolean(shown('name')) || undefined}
            aria-describedby={shown('name') ? `${id}-name-problem` : undefined}
            onChange={(e) => set('name', e.target.value)}
          />
          {shown('name') && (
            <div id={`${id}-name-problem`} className="invalid-feedback">
              {problems.name}
            </div>
          )}
        </div>
        <div className="mb-3">
          <label htmlFor={`${id}-endpoint`} className="form-label">
            CML endpoint override
          </label>
          <div className="input-group input-group-sm">
            <input
              id={`${id}-endpoint`}
              className={fieldClass('endpoint')}
              value={draft.endpoint}
              placeholder="https://cml.example.com"
              inputMode="url"
              aria-invalid={Boolean(shown('endpoint')) || undefined}
              aria-describedby={`${id}-endpoint-help${shown('endpoint') ? ` ${id}-endpoint-problem` : ''}`}
              onChange={(e) => set('endpoint', e.target.value)}
            />
            <button type="button" className="btn btn-outline-secondary" onClick={() => set('endpoint', '')} disabled={!draft.endpoint}>
              Clear
            </button>
          </div>
          {shown('endpoint') && (
            <div id={`${id}-endpoint-problem`} className="invalid-feedback d-block">
              {problems.endpoint}
            </div>
          )}
          <div id={`${id}-endpoint-help`} className="form-text">
            Empty: the cml-endpoint tag or the instance's IP address decides (now {worker.endpoint ?? 'none'}, from {worker.endpointSource}).
          </div>
        </div>
        <div className="form-check form-switch mb-3">
          <input
            id={`${id}-idle`}
            className="form-check-input"
            type="checkbox"
            role="switch"
            checked={draft.idleDetectionEnabled}
            onChange={(e) => set('idleDetectionEnabled', e.target.checked)}
          />
          <label htmlFor={`${id}-idle`} className="form-check-label">
            Idle detection for this worker (stops it when nobody uses it)
          </label>
        </div>
        <fieldset className="mb-3">
          <legend className="form-label fs-6 small mb-1">Idle timeout</legend>
          <div className="form-check">
            <input
              id={`${id}-fleet`}
              className="form-check-input"
              type="radio"
              name={`${id}-timeout`}
              checked={draft.timeoutSource === 'fleet'}
              onChange={() => set('timeoutSource', 'fleet')}
            />
            <label htmlFor={`${id}-fleet`} className="form-check-label">
              Fleet default{defaults?.idle?.timeoutMinutes !== undefined ? ` (${formatDuration(defaults.idle.timeoutMinutes * 60_000)})` : ''}
            </label>
          </div>
          <div className="form-check d-flex flex-wrap align-items-center gap-2">
            <input
              id={`${id}-own`}
              className="form-check-input"
              type="radio"
              name={`${id}-timeout`}
              checked={draft.timeoutSource === 'worker'}
              onChange={() => set('timeoutSource', 'worker')}
            />
            <label htmlFor={`${id}-own`} className="form-check-label">
              This worker's own:
            </label>
            <input
              id={`${id}-minutes`}
              className={`${fieldClass('idleTimeoutMinutes')} w-auto`}
              type="number"
              inputMode="numeric"
              min={IDLE_TIMEOUT_MINUTES.min}
              max={IDLE_TIMEOUT_MINUTES.max}
              step={1}
              value={draft.idleTimeoutMinutes}
              aria-label="Idle timeout of this worker, minutes"
              aria-invalid={Boolean(shown('idleTimeoutMinutes')) || undefined}
              aria-describedby={shown('idleTimeoutMinutes') ? `${id}-minutes-problem` : undefined}
              onFocus={() => set('timeoutSource', 'worker')}
              onChange={(e) => setDraft((d) => ({ ...d, timeoutSource: 'worker', idleTimeoutMinutes: e.target.value }))}
            />
            <span>minutes</span>
            {shown('idleTimeoutMinutes') && (
              <div id={`${id}-minutes-problem`} className="invalid-feedback d-block w-100">
                {problems.idleTimeoutMinutes}
              </div>
            )}
          </div>
        </fieldset>
        <div className="d-flex align-items-center gap-2">
          <button type="submit" className="btn btn-sm btn-primary" aria-disabled={nothing || update.isPending || undefined} aria-describedby={nothing ? `${id}-nothing` : undefined}>
            {update.isPending && <span className="spinner-border spinner-border-sm me-1" aria-hidden="true" />}
            Save settings
          </button>
          {nothing && (
            <span id={`${id}-nothing`} className="text-body-secondary">
              Nothing changed yet.
            </span>
          )}
        </div>
        {update.error && <ErrorAlert className="mt-3 mb-0" error={update.error} title="The settings were not saved:" />}
      </div>
    </form>
  );
}
