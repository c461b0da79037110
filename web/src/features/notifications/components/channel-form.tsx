import { useId, useState } from 'react';
import { ErrorAlert } from '../../../components/error-alert';
import { CHANNEL_KINDS, type NotificationChannel, type NotificationChannelBody } from '../api/channel-types';
import { NOTIFICATION_KINDS, type NotificationKind } from '../api/notification-types';
import { type ChannelField, type ChannelFields, channelBody, channelFields, channelProblems, KIND_LABELS, SECRET_MIN, TARGET_LABELS } from '../lib/channel-rules';
import { channelServerProblems } from '../lib/channel-server-problems';
import { KIND_DESCRIPTIONS } from '../lib/notification-kinds';
import { FieldFeedback, invalidProps } from './field-feedback';

/**
 * A notification channel's fields (admins): name, kind, where it goes, the webhook's signing secret
 * (write-only: on a change, empty keeps the one set), the kinds it takes, the tags its workers must
 * carry, on or off. Checked as the server checks; each problem the server names shows at its field.
 */
export function ChannelForm({ channel, onSave, onCancel }: { channel?: NotificationChannel; onSave: (body: NotificationChannelBody) => Promise<unknown>; onCancel: () => void }) {
  const id = useId();
  const [f, setF] = useState<ChannelFields>(() => channelFields(channel));
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const secretKept = channel?.kind === 'webhook' && channel.secretSet;
  const problems = channelProblems(f, secretKept);
  const server = channelServerProblems(error);
  const shown = (field: ChannelField) => (submitted ? problems[field] : undefined) ?? server.get(field)?.join('; ');
  const placed = server.size > 0 && !server.has('');
  const set = <K extends keyof ChannelFields>(key: K, value: ChannelFields[K]) => setF((old) => ({ ...old, [key]: value }));
  const toggleKind = (kind: NotificationKind, on: boolean) => set('kinds', on ? NOTIFICATION_KINDS.filter((k) => k === kind || f.kinds.includes(k)) : f.kinds.filter((k) => k !== kind));
  const setTag = (i: number, change: Partial<{ key: string; value: string }>) => set('tags', f.tags.map((t, j) => (j === i ? { ...t, ...change } : t)));
  const target = TARGET_LABELS[f.kind];

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (Object.keys(problems).length) return;
    setBusy(true);
    setError(undefined);
    try {
      await onSave(channelBody(f));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={channel ? `Channel ${channel.name}` : 'New channel'}>
      <div className="row g-3 mb-3">
        <div className="col-md-7">
          <label htmlFor={`${id}-name`} className="form-label">
            Name
          </label>
          <input id={`${id}-name`} value={f.name} maxLength={200} onChange={(e) => set('name', e.target.value)} {...invalidProps(shown('name'), `${id}-name-error`)} />
          <FieldFeedback id={`${id}-name-error`} problem={shown('name')} />
        </div>
        <div className="col-md-5">
          <label htmlFor={`${id}-kind`} className="form-label">
            Kind
          </label>
          <select id={`${id}-kind`} value={f.kind} onChange={(e) => set('kind', e.target.value as ChannelFields['kind'])} {...invalidProps(shown('kind'), `${id}-kind-error`, { base: 'form-select' })}>
            {CHANNEL_KINDS.map((k) => (
              <option key={k} value={k}>
                {KIND_LABELS[k]}
              </option>
            ))}
          </select>
          <FieldFeedback id={`${id}-kind-error`} problem={shown('kind')} />
        </div>
      </div>
      <div className="mb-3">
        <label htmlFor={`${id}-target`} className="form-label">
          {target.label}
        </label>
        <input
          id={`${id}-target`}
          type={f.kind === 'email' ? 'email' : 'url'}
          value={f.target}
          placeholder={target.placeholder}
          autoComplete="off"
          onChange={(e) => set('target', e.target.value)}
          {...invalidProps(shown('target'), `${id}-target-error`, { helpId: `${id}-target-help` })}
        />
        <FieldFeedback id={`${id}-target-error`} problem={shown('target')} />
        <div id={`${id}-target-help`} className="form-text">
          {target.help}
        </div>
      </div>
      {f.kind === 'webhook' && (
        <div className="mb-3">
          <label htmlFor={`${id}-secret`} className="form-label">
            Signing secret
          </label>
          <input id={`${id}-secret`} type="password" value={f.secret} autoComplete="new-password" onChange={(e) => set('secret', e.target.value)} {...invalidProps(shown('secret'), `${id}-secret-error`, { helpId: `${id}-secret-help` })} />
          <FieldFeedback id={`${id}-secret-error`} problem={shown('secret')} />
          <div id={`${id}-secret-help`} className="form-text">
            {secretKept
              ? `A secret is set; leave this empty to keep it, or type a new one (at least ${SECRET_MIN} characters). It is never shown.`
              : `At least ${SECRET_MIN} characters; the receiver checks each request's X-CML-Signature with it. It is never shown again.`}
          </div>
        </div>
      )}
      <fieldset className="mb-3" aria-describedby={`${id}-kinds-error ${id}-kinds-help`}>
        <legend className="form-label fs-6 mb-1">Kinds of notification it takes</legend>
        <div id={`${id}-kinds-help`} className="form-text mt-0 mb-2">
          {f.kinds.length === 0 ? 'None chosen: the channel receives nothing but tests.' : `${f.kinds.length} of ${NOTIFICATION_KINDS.length} kinds.`}
        </div>
        {NOTIFICATION_KINDS.map((kind) => (
          <div className="form-check mb-1" key={kind}>
            <input className="form-check-input" type="checkbox" id={`${id}-kind-${kind}`} checked={f.kinds.includes(kind)} onChange={(e) => toggleKind(kind, e.target.checked)} aria-describedby={`${id}-kind-${kind}-help`} />
            <label className="form-check-label" htmlFor={`${id}-kind-${kind}`}>
              {KIND_DESCRIPTIONS[kind].label}
            </label>
            <div id={`${id}-kind-${kind}-help`} className="form-text mt-0">
              {KIND_DESCRIPTIONS[kind].description}
            </div>
          </div>
        ))}
        <FieldFeedback id={`${id}-kinds-error`} problem={shown('kinds')} />
      </fieldset>
      <fieldset className="mb-3" aria-describedby={`${id}-tags-help ${id}-tags-error`}>
        <legend className="form-label fs-6 mb-1">Only workers with these tags</legend>
        <div id={`${id}-tags-help`} className="form-text mt-0 mb-2">
          {f.tags.length === 0 ? 'No tags: notifications about every worker (and those about no worker, such as budgets).' : 'Only about workers carrying every tag listed, with that value (a budget: one covering that tag).'}
        </div>
        {f.tags.map((t, i) => (
          <div className="row g-2 mb-2 align-items-end" key={i}>
            <div className="col">
              <label htmlFor={`${id}-tag-${i}-key`} className="form-label small mb-0">
                Tag key {i + 1}
              </label>
              <input id={`${id}-tag-${i}-key`} className={`form-control form-control-sm${shown('tagSelector') ? ' is-invalid' : ''}`} value={t.key} placeholder="team" onChange={(e) => setTag(i, { key: e.target.value })} aria-describedby={`${id}-tags-error`} />
            </div>
            <div className="col-auto pb-1" aria-hidden="true">
              =
            </div>
            <div className="col">
              <label htmlFor={`${id}-tag-${i}-value`} className="form-label small mb-0">
                Tag value {i + 1}
              </label>
              <input id={`${id}-tag-${i}-value`} className="form-control form-control-sm" value={t.value} placeholder="ccna" onChange={(e) => setTag(i, { value: e.target.value })} />
            </div>
            <div className="col-auto">
              <button type="button" className="btn btn-sm btn-outline-secondary" onClick={() => set('tags', f.tags.filter((_, j) => j !== i))}>
                Remove{' '}<span className="visually-hidden">tag {i + 1}</span>
              </button>
            </div>
          </div>
        ))}
        <FieldFeedback id={`${id}-tags-error`} problem={shown('tagSelector')} />
        <button type="button" className="btn btn-sm btn-outline-secondary" onClick={() => set('tags', [...f.tags, { key: '', value: '' }])}>
          Add a tag
        </button>
      </fieldset>
      <div className="form-check form-switch mb-3">
        <input className="form-check-input" type="checkbox" role="switch" id={`${id}-enabled`} checked={f.enabled} onChange={(e) => set('enabled', e.target.checked)} aria-describedby={`${id}-enabled-help`} />
        <label className="form-check-label" htmlFor={`${id}-enabled`}>
          Enabled
        </label>
        <div id={`${id}-enabled-help`} className="form-text mt-0">
          A disabled channel keeps its settings and receives nothing (tests still go out).
        </div>
      </div>
      {error !== undefined &&
        (placed ? (
          <div className="alert alert-danger py-2" role="alert">
            The channel was not saved: the server named problems at the fields marked above.
          </div>
        ) : (
          <ErrorAlert error={error} title="The channel was not saved:" />
        ))}
      <div className="d-flex gap-2">
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {busy && <span className="spinner-border spinner-border-sm me-2" aria-hidden="true" />}
          {channel ? 'Save the channel' : 'Add the channel'}
        </button>
        <button type="button" className="btn btn-outline-secondary" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
      </div>
    </form>
  );
}
