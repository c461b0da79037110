import { useState } from 'react';
import Modal from 'react-bootstrap/Modal';
import { Link } from 'react-router';
import { ActionButton } from '../../../components/action-button';
import { BreakableText } from '../../../components/breakable-text';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { EmptyState } from '../../../components/empty-state';
import { ErrorAlert } from '../../../components/error-alert';
import { Loading } from '../../../components/loading';
import { usePageTitle } from '../../../components/page-title';
import { RelativeTime } from '../../../components/relative-time';
import { useNotify } from '../../../components/toaster';
import { errorMessage } from '../../../lib/api-client';
import { formatDateTimeSeconds } from '../../../lib/format';
import type { ChannelDelivery, NotificationChannel } from '../api/channel-types';
import { useCreateNotificationChannel } from '../api/create-notification-channel';
import { useDeleteNotificationChannel } from '../api/delete-notification-channel';
import { useNotificationChannels } from '../api/list-notification-channels';
import { NOTIFICATION_KINDS } from '../api/notification-types';
import { useUpdateNotificationChannel } from '../api/update-notification-channel';
import { ChannelForm } from '../components/channel-form';
import { ChannelTestButton } from '../components/channel-test-button';
import { enabledBody, KIND_LABELS } from '../lib/channel-rules';
import { KIND_DESCRIPTIONS } from '../lib/notification-kinds';

const STATUS_WORDS: Record<ChannelDelivery['status'], { label: string; badge: string }> = {
  sent: { label: 'Sent', badge: 'text-bg-success' },
  pending: { label: 'Pending', badge: 'text-bg-secondary' },
  failed: { label: 'Failed', badge: 'text-bg-danger' },
};

/** Where notifications go besides each person's console and e-mail: webhooks, Slack, Teams, shared mailboxes (admins). */
export default function NotificationChannelsPage() {
  usePageTitle('Notification channels', 'Notifications');
  const channels = useNotificationChannels();
  const create = useCreateNotificationChannel();
  const update = useUpdateNotificationChannel();
  const remove = useDeleteNotificationChannel();
  const notify = useNotify();
  const [editing, setEditing] = useState<NotificationChannel | 'new'>();
  const [deleting, setDeleting] = useState<NotificationChannel>();
  const [switching, setSwitching] = useState<string>();

  const setEnabled = (c: NotificationChannel, enabled: boolean) => {
    setSwitching(c.id);
    update.mutate(
      { id: c.id, body: enabledBody(c, enabled) },
      {
        onSuccess: () => notify('success', `${c.name} ${enabled ? 'enabled: it receives notifications again' : 'disabled: it receives nothing until enabled'}.`),
        onError: (err) => notify('danger', `${c.name} was not ${enabled ? 'enabled' : 'disabled'}: ${errorMessage(err)}`),
        onSettled: () => setSwitching(undefined),
      },
    );
  };

  return (
    <div style={{ maxWidth: 1400 }}>
      <div className="d-flex flex-wrap align-items-center gap-2 mb-1">
        <h1 className="h3 mb-0 me-auto">Notification channels</h1>
        <button type="button" className="btn btn-primary" onClick={() => setEditing('new')}>
          Add a channel
        </button>
      </div>
      <p className="text-body-secondary">
        Webhooks, Slack, Microsoft Teams and shared mailboxes that receive the notifications they list, about the workers with the tags they name. Each person chooses their own in{' '}
        <Link to="/notifications/preferences">Notify me about…</Link>.
      </p>
      {channels.error && <ErrorAlert error={channels.error} title="The notification channels could not be loaded." />}
      {channels.isPending && <Loading label="Loading the notification channels…" />}
      {channels.data?.length === 0 && (
        <EmptyState title="No notification channels yet." action={{ label: 'Add a channel', onClick: () => setEditing('new') }}>
          Notifications reach people in the console and by e-mail; a channel also sends them to a webhook, Slack, Teams or a shared mailbox.
        </EmptyState>
      )}
      {channels.data && channels.data.length > 0 && (
        <div className="table-responsive">
          <table className="table align-middle" aria-label="Notification channels">
            <thead>
              <tr>
                <th scope="col">Channel</th>
                <th scope="col">Sends to</th>
                <th scope="col">State</th>
                <th scope="col">Takes</th>
                <th scope="col">Last delivery</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {channels.data.map((c) => (
                <tr key={c.id} data-testid="channel">
                  <th scope="row">
                    <span className="d-block">{c.name}</span>
                    <span className="small fw-normal text-body-secondary">
                      {KIND_LABELS[c.kind]}
                      {c.kind === 'webhook' && (c.secretSet ? ', signed' : ', no secret set')}
                    </span>
                  </th>
                  <td className="small" style={{ maxWidth: '22rem' }}>
                    <BreakableText text={c.target} />
                  </td>
                  <td>
                    <span className={`badge ${c.enabled ? 'text-bg-success' : 'text-bg-secondary'}`}>{c.enabled ? 'Enabled' : 'Disabled'}</span>
                  </td>
                  <td className="small" style={{ maxWidth: '20rem' }}>
                    <KindsSummary kinds={c.kinds} />
                    <div className="text-body-secondary">
                      {Object.keys(c.tagSelector).length === 0 ? (
                        'About every worker'
                      ) : (
                        <>
                          Workers tagged{' '}
                          {Object.entries(c.tagSelector).map(([k, v], i) => (
                            <span key={k}>
                              {i > 0 && ' and '}
                              <code>
                                {k}={v}
                              </code>
                            </span>
                          ))}
                        </>
                      )}
                    </div>
                  </td>
                  <td className="small" style={{ maxWidth: '22rem' }}>
                    <LastDelivery delivery={c.lastDelivery} />
                  </td>
                  <td>
                    <div className="d-flex flex-wrap gap-2 align-items-start">
                      <ChannelTestButton channel={c} />
                      <button type="button" className="btn btn-sm btn-outline-secondary" onClick={() => setEditing(c)}>
                        Edit{' '}<span className="visually-hidden">{c.name}</span>
                      </button>
                      <ActionButton busy={switching === c.id} onClick={() => setEnabled(c, !c.enabled)}>
                        {c.enabled ? 'Disable' : 'Enable'}
                        {' '}<span className="visually-hidden">{c.name}</span>
                      </ActionButton>
                      <button type="button" className="btn btn-sm btn-outline-danger" onClick={() => setDeleting(c)}>
                        Delete{' '}<span className="visually-hidden">{c.name}</span>
                      </button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Modal show={editing !== undefined} onHide={() => setEditing(undefined)} aria-labelledby="channel-dialog-title" size="lg">
        <Modal.Header closeButton>
          <Modal.Title id="channel-dialog-title" as="h2" className="h5">
            {editing === 'new' ? 'Add a notification channel' : `Edit ${editing?.name ?? ''}`}
          </Modal.Title>
        </Modal.Header>
        <Modal.Body>
          {editing !== undefined && (
            <ChannelForm
              channel={editing === 'new' ? undefined : editing}
              onCancel={() => setEditing(undefined)}
              onSave={async (body) => {
                const saved = editing === 'new' ? await create.mutateAsync(body) : await update.mutateAsync({ id: editing.id, body });
                notify('success', `Channel ${saved.name} ${editing === 'new' ? 'added' : 'saved'}${saved.enabled ? '' : ' (disabled)'}.`);
                setEditing(undefined);
              }}
            />
          )}
        </Modal.Body>
      </Modal>
      {deleting && (
        <ConfirmDialog
          show
          title={`Delete the channel ${deleting.name}?`}
          confirmLabel={`Delete ${deleting.name}`}
          onClose={() => setDeleting(undefined)}
          onConfirm={() => remove.mutateAsync(deleting.id).then(() => notify('success', `Channel ${deleting.name} deleted.`))}
        >
          {KIND_LABELS[deleting.kind]} <BreakableText text={deleting.target} /> receives no more notifications; what is still queued for it fails with "the channel was deleted". This cannot be undone (its
          {deleting.kind === 'webhook' ? ' secret and' : ''} settings are gone).
        </ConfirmDialog>
      )}
    </div>
  );
}

function KindsSummary({ kinds }: { kinds: NotificationChannel['kinds'] }) {
  if (kinds.length === NOTIFICATION_KINDS.length) return <div>Every kind of notification</div>;
  if (kinds.length === 0) return <div>No kind of notification (tests only)</div>;
  return (
    <ul className="list-unstyled mb-0">
      {kinds.map((k) => (
        <li key={k}>{KIND_DESCRIPTIONS[k].label}</li>
      ))}
    </ul>
  );
}

/** The newest delivery: its state in words, attempts, when (relative, and the exact time), and the error of a failing one. */
function LastDelivery({ delivery: d }: { delivery: ChannelDelivery | undefined }) {
  if (!d) return <span className="text-body-secondary">Nothing sent yet</span>;
  const at = d.sentAt ?? d.lastAttemptAt;
  const status = STATUS_WORDS[d.status];
  return (
    <div data-testid="last-delivery">
      <span className={`badge ${status.badge} me-1`}>{status.label}</span>{' '}
      <span>
        after {d.attempts} {d.attempts === 1 ? 'attempt' : 'attempts'}
      </span>{' '}
      {at ? (
        <span className="d-block">
          <RelativeTime iso={at} /> <span className="text-body-secondary">({formatDateTimeSeconds(at)})</span>
        </span>
      ) : (
        <span className="d-block text-body-secondary">queued, not tried yet</span>
      )}{' '}
      <span className="d-block text-body-secondary">
        <BreakableText text={d.title} />
      </span>{' '}
      {d.lastError && d.status !== 'sent' && (
        <span className="d-block text-danger-emphasis">
          Error: <BreakableText text={d.lastError} />
        </span>
      )}
    </div>
  );
}
