import { useId } from 'react';
import { formatDateTime } from '../../../lib/format';
import type { Setting } from '../api/settings-types';
import { type Draft, describeValue } from '../lib/setting-rules';

/**
 * One runtime setting: its field (with the unit), the environment's default, where the value in
 * force comes from and who set it, and a reset to the default.
 */
export function SettingField({ setting, draft, resetting, problem, onChange, onReset, onUndo }: {
  setting: Setting;
  draft: Draft;
  /** A reset to the default waits to be saved. */
  resetting: boolean;
  problem?: string;
  onChange: (draft: Draft) => void;
  onReset: () => void;
  onUndo: () => void;
}) {
  const id = useId();
  const fieldId = `${id}-field`;
  const helpId = `${id}-help`;
  const errorId = `${id}-error`;
  const describedBy = `${helpId}${problem ? ` ${errorId}` : ''}`;
  const invalid = problem ? ' is-invalid' : '';
  const fromSetting = setting.source === 'setting';
  const resetReason = !fromSetting ? 'Already the default' : resetting ? 'Resets when you save' : undefined;
  const hint = setting.kind === 'string-list' ? 'Comma-separated.' : setting.kind === 'region-map' ? 'One region=AMI id a line.' : undefined;

  let control;
  if (setting.kind === 'boolean') {
    control = (
      <div className="form-check form-switch">
        <input id={fieldId} className={`form-check-input${invalid}`} type="checkbox" role="switch" checked={draft === true} disabled={resetting} onChange={(e) => onChange(e.target.checked)} aria-describedby={describedBy} />
        <label className="form-check-label" htmlFor={fieldId}>
          {setting.label} ({draft === true ? 'on' : 'off'})
        </label>
      </div>
    );
  } else {
    const common = { id: fieldId, value: String(draft), disabled: resetting, onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => onChange(e.target.value), 'aria-invalid': problem ? true : undefined, 'aria-describedby': describedBy } as const;
    const input =
      setting.kind === 'region-map' ? (
        <textarea {...common} className={`form-control form-control-sm font-monospace${invalid}`} rows={3} />
      ) : (
        <input {...common} className={`form-control form-control-sm${invalid}`} type="text" inputMode={setting.kind === 'integer' ? 'numeric' : undefined} />
      );
    control = (
      <>
        <label htmlFor={fieldId} className="form-label mb-1 fw-semibold">
          {setting.label}
        </label>
        <div className="input-group input-group-sm has-validation" style={{ maxWidth: setting.kind === 'integer' ? 260 : 520 }}>
          {input}
          {setting.unit && <span className="input-group-text">{setting.unit}</span>}
        </div>
      </>
    );
  }

  return (
    <div className="border-bottom py-3" data-setting={setting.name}>
      <div className="d-flex flex-wrap justify-content-between gap-2">
        <div className="flex-grow-1">{control}</div>
        <div className="text-md-end small">
          {fromSetting ? (
            <span className="badge text-bg-info fw-normal">set by an administrator</span>
          ) : (
            <span className="badge text-bg-light border fw-normal">default from the environment</span>
          )}
          {setting.changedAt && (
            <span className="d-block text-body-secondary">
              last changed by {setting.changedBy ?? 'an administrator'}, {formatDateTime(setting.changedAt)}
            </span>
          )}
          <div className="mt-1 d-flex gap-2 justify-content-md-end align-items-center">
            {resetting ? (
              <button type="button" className="btn btn-link btn-sm p-0" onClick={onUndo}>
                Undo reset of {setting.label}
              </button>
            ) : (
              <button type="button" className="btn btn-outline-secondary btn-sm" aria-label={`Reset to default: ${setting.label}`} aria-disabled={resetReason ? true : undefined} title={resetReason} onClick={() => !resetReason && onReset()}>
                Reset to default
              </button>
            )}
            {resetReason && !resetting && <span className="text-body-secondary fst-italic">{resetReason}</span>}
          </div>
        </div>
      </div>
      <div id={errorId} className={`invalid-feedback ${problem ? 'd-block' : ''}`} role={problem ? 'alert' : undefined}>
        {problem}
      </div>
      <div id={helpId} className="form-text">
        {resetting && <strong className="d-block">Goes back to the default ({describeValue(setting, setting.environmentValue)}) when you save.</strong>}
        {hint && `${hint} `}
        Default: {describeValue(setting, setting.environmentValue)} (<code>{setting.variable}</code>
        {setting.min !== undefined && `; ${setting.min.toLocaleString()} to ${setting.max?.toLocaleString()} ${setting.unit ?? ''}`}
        {setting.job && `; job ${setting.job}`}). {setting.description}
      </div>
    </div>
  );
}
