import { type FormEvent, useEffect, useState } from 'react';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert';
import { Loading } from '../../../components/loading';
import { usePageTitle } from '../../../components/page-title';
import { useNotify } from '../../../components/toaster';
import { useHasRole } from '../../../lib/auth';
import { useNotificationPreferences, useSaveNotificationPreferences } from '../api/notification-preferences';
import { NOTIFICATION_KINDS, type NotificationKind, type NotificationPreferences, type NotificationScope } from '../api/notification-types';
import { KIND_DESCRIPTIONS } from '../lib/notification-kinds';

/** "Notify me about…": which kinds, about which workers, and where to send e-mail. */
export default function NotificationPreferencesPage() {
  usePageTitle('Notify me about…', 'Notifications');
  const stored = useNotificationPreferences();
  const save = useSaveNotificationPreferences();
  const notify = useNotify();
  const isAdmin = useHasRole('admin');
  const [form, setForm] = useState<NotificationPreferences | undefined>();
  useEffect(() => {
    if (stored.data && !form) setForm({ kinds: [...stored.data.kinds], scope: stored.data.scope, email: stored.data.email ?? '' });
  }, [stored.data, form]);

  if (stored.isPending) return <Loading label="Loading your notification settings…" />;
  if (stored.error) return <ErrorAlert error={stored.error} title="Could not load your notification settings" />;
  if (!form) return null;

  const toggle = (kind: NotificationKind, on: boolean) => setForm({ ...form, kinds: on ? NOTIFICATION_KINDS.filter((k) => k === kind || form.kinds.includes(k)) : form.kinds.filter((k) => k !== kind) });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const email = form.email?.trim();
    save.mutate({ kinds: form.kinds, scope: form.scope, ...(email ? { email } : {}) }, { onSuccess: () => notify('success', 'Notification settings saved.') });
  };

  return (
    <form onSubmit={submit} style={{ maxWidth: '44rem' }} aria-labelledby="notify-title">
      <h1 id="notify-title" className="h3">
        Notify me about…
      </h1>
      <p className="text-body-secondary">What you choose here reaches you in the console's notification centre, and by e-mail when you give an address.</p>
      {isAdmin && (
        <p className="small">
          Webhooks, Slack, Teams and shared mailboxes for everyone: <Link to="/notifications/channels">Notification channels</Link>.
        </p>
      )}
      <fieldset className="mb-3">
        <legend className="h6">Kinds of notification</legend>
        {NOTIFICATION_KINDS.map((kind) => (
          <div className="form-check mb-2" key={kind}>
            <input className="form-check-input" type="checkbox" id={`kind-${kind}`} checked={form.kinds.includes(kind)} onChange={(e) => toggle(kind, e.target.checked)} aria-describedby={`kind-${kind}-help`} />
            <label className="form-check-label" htmlFor={`kind-${kind}`}>
              {KIND_DESCRIPTIONS[kind].label}
            </label>
            <div id={`kind-${kind}-help`} className="form-text mt-0">
              {KIND_DESCRIPTIONS[kind].description}
            </div>
          </div>
        ))}
      </fieldset>
      <fieldset className="mb-3">
        <legend className="h6">About which workers</legend>
        {(
          [
            ['owned', 'Workers I own'],
            ['all', 'All workers'],
          ] as [NotificationScope, string][]
        ).map(([scope, label]) => (
          <div className="form-check" key={scope}>
            <input className="form-check-input" type="radio" name="scope" id={`scope-${scope}`} checked={form.scope === scope} onChange={() => setForm({ ...form, scope })} />
            <label className="form-check-label" htmlFor={`scope-${scope}`}>
              {label}
            </label>
          </div>
        ))}
      </fieldset>
      <div className="mb-3">
        <label className="form-label" htmlFor="notify-email">
          E-mail address
        </label>
        <input className="form-control" type="email" id="notify-email" value={form.email ?? ''} onChange={(e) => setForm({ ...form, email: e.target.value })} aria-describedby="notify-email-help" autoComplete="email" />
        <div id="notify-email-help" className="form-text">
          Leave it empty for the console only.
        </div>
      </div>
      {save.error && <ErrorAlert error={save.error} title="Could not save your notification settings" />}
      <button type="submit" className="btn btn-primary" disabled={save.isPending}>
        {save.isPending ? 'Saving…' : 'Save'}
      </button>
    </form>
  );
}
