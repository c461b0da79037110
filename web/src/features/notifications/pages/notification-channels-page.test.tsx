import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { mockApi, problem } from '../../../test/mock-api';
import { renderPage } from '../../../test/render';
import type { NotificationChannel } from '../api/channel-types';
import NotificationChannelsPage from './notification-channels-page';

let api: ReturnType<typeof mockApi>;
afterEach(() => api.restore());

const MINUTE = 60_000;
const ago = (ms: number) => new Date(Date.now() - ms).toISOString();

function aChannel(overrides: Partial<NotificationChannel> = {}): NotificationChannel {
  return {
    id: '0193b2c4-9b00-7000-8000-0000000000d1',
    name: 'Ops webhook',
    kind: 'webhook',
    target: 'https://hooks.example.com/ccm',
    enabled: true,
    kinds: ['stop-warning', 'start-failed', 'start-fell-back', 'status-checks-impaired', 'controller-unavailable', 'license-problem', 'license-not-released', 'budget-threshold'],
    tagSelector: {},
    secretSet: true,
    createdAt: ago(60 * MINUTE),
    updatedAt: ago(60 * MINUTE),
    ...overrides,
  };
}

const HOOK = aChannel({ lastDelivery: { title: 'Test notification for "Ops webhook"', status: 'sent', attempts: 1, lastAttemptAt: ago(5 * MINUTE), sentAt: ago(5 * MINUTE) } });
const SLACK = aChannel({
  id: '0193b2c4-9b00-7000-8000-0000000000d2',
  name: 'Slack #ccna',
  kind: 'slack',
  target: 'https://hooks.slack.com/services/T0/B0/x',
  enabled: false,
  secretSet: false,
  kinds: ['stop-warning', 'license-problem'],
  tagSelector: { team: 'ccna' },
  lastDelivery: { title: 'lab-1 will be stopped at 14:05 UTC', status: 'failed', attempts: 8, lastAttemptAt: ago(2 * MINUTE), lastError: 'the webhook answered HTTP 500' },
});

async function open(routes: Parameters<typeof mockApi>[0] = {}, items = [HOOK, SLACK]) {
  api = mockApi({ 'GET /notification-channels': { data: { items } }, ...routes });
  renderPage(<NotificationChannelsPage />, { path: '/notifications/channels', route: '/notifications/channels', role: 'admin' });
  if (items.length) await screen.findAllByTestId('channel');
  return userEvent.setup();
}

const row = (name: string) => screen.getAllByTestId('channel').find((r) => within(r).queryByRole('rowheader', { name: new RegExp(name.replace(/[#]/g, '\\$&')) }))!;

describe('the notification channels page', { timeout: 20_000 }, () => {
  it('lists each channel with its kind, target, state, kinds, tags and last delivery', async () => {
    await open();
    const hook = row('Ops webhook');
    expect(hook).toHaveTextContent('Webhook, signed');
    expect(hook).toHaveTextContent('https://hooks.example.com/ccm');
    expect(hook).toHaveTextContent('Enabled');
    expect(hook).toHaveTextContent('Every kind of notification');
    expect(hook).toHaveTextContent('About every worker');
    expect(within(hook).getByTestId('last-delivery')).toHaveTextContent(/^Sent after 1 attempt 5 minutes ago \(.+\) Test notification for "Ops webhook"$/);
    const slack = row('Slack #ccna');
    expect(slack).toHaveTextContent('Slack');
    expect(slack).toHaveTextContent('Disabled');
    expect(slack).toHaveTextContent('A worker is about to be stopped');
    expect(slack).toHaveTextContent('A licence needs attention');
    expect(slack).toHaveTextContent('Workers tagged team=ccna');
    expect(within(slack).getByTestId('last-delivery')).toHaveTextContent(/^Failed after 8 attempts 2 minutes ago \(.+\) lab-1 will be stopped at 14:05 UTC Error: the webhook answered HTTP 500$/);
    expect(within(slack).getByRole('button', { name: 'Enable Slack #ccna' })).toBeInTheDocument();
  });

  it('says what channels are for when there is none', async () => {
    await open({}, []);
    expect(await screen.findByText('No notification channels yet.')).toBeInTheDocument();
  });

  it('checks a new channel as the server does before sending it', async () => {
    const user = await open();
    await user.click(screen.getByRole('button', { name: 'Add a channel' }));
    const form = await screen.findByRole('form', { name: 'New channel' });
    await user.type(within(form).getByLabelText('URL'), 'file:///etc/passwd');
    await user.type(within(form).getByLabelText('Signing secret'), 'too-short');
    await user.click(within(form).getByRole('button', { name: 'Add a tag' }));
    await user.type(within(form).getByLabelText('Tag value 1'), 'ccna');
    await user.click(within(form).getByRole('button', { name: 'Add the channel' }));
    expect(within(form).getByLabelText('Name')).toHaveAccessibleDescription('Give the channel a name of 1 to 100 characters.');
    expect(within(form).getByLabelText('URL')).toHaveAccessibleDescription(/^Give the webhook URL, starting with https:\/\/ or http:\/\/\./);
    expect(within(form).getByLabelText('Signing secret')).toHaveAccessibleDescription(/^Use a secret of at least 16 characters\./);
    expect(within(form).getByLabelText('Tag key 1')).toHaveAccessibleDescription('Give each tag its key, or remove the row.');

    await user.clear(within(form).getByLabelText('Signing secret'));
    expect(within(form).getByLabelText('Signing secret')).toHaveAccessibleDescription(/^Give a secret of at least 16 characters: the webhook signs its requests with it\./);
    await user.selectOptions(within(form).getByLabelText('Kind'), 'email');
    expect(within(form).queryByLabelText('Signing secret')).not.toBeInTheDocument();
    expect(within(form).getByLabelText('E-mail address')).toHaveAccessibleDescription(/^Give an e-mail address, such as ops@example.com\./);
    expect(api.callsTo('POST /notification-channels')).toHaveLength(0);
  });

  it('adds a webhook with its secret, the kinds ticked and the tag rows as a selector', async () => {
    const user = await open({ 'POST /notification-channels': (c) => ({ status: 201, data: aChannel({ ...(c.body as object), id: 'new' }) }) });
    await user.click(screen.getByRole('button', { name: 'Add a channel' }));
    const form = await screen.findByRole('form', { name: 'New channel' });
    await user.type(within(form).getByLabelText('Name'), 'Lab hook');
    await user.type(within(form).getByLabelText('URL'), 'http://127.0.0.1:9000/hook');
    await user.type(within(form).getByLabelText('Signing secret'), 'a-secret-of-20-chars');
    for (const kind of ['A start failed', 'A start used another instance type', 'Status checks failed', 'A controller stopped answering', 'A licence was not released', 'A budget reached a threshold'])
      await user.click(within(form).getByRole('checkbox', { name: kind }));
    expect(within(form).getByRole('checkbox', { name: 'A licence needs attention' })).toHaveAccessibleDescription(/unregistered, expired or about to expire/);
    await user.click(within(form).getByRole('button', { name: 'Add a tag' }));
    await user.type(within(form).getByLabelText('Tag key 1'), 'team');
    await user.type(within(form).getByLabelText('Tag value 1'), 'ccna');
    await user.click(within(form).getByRole('button', { name: 'Add the channel' }));
    await waitFor(() => expect(api.callsTo('POST /notification-channels')).toHaveLength(1));
    expect(api.callsTo('POST /notification-channels')[0]!.body).toEqual({
      name: 'Lab hook',
      kind: 'webhook',
      target: 'http://127.0.0.1:9000/hook',
      enabled: true,
      kinds: ['stop-warning', 'license-problem'],
      tagSelector: { team: 'ccna' },
      secret: 'a-secret-of-20-chars',
    });
    expect(await screen.findByText('Channel Lab hook added.')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('form', { name: 'New channel' })).not.toBeInTheDocument());
  });

  it('keeps the secret on edit when the field is left empty', async () => {
    const user = await open({ 'PUT /notification-channels/:id': (c) => ({ data: aChannel(c.body as object) }) });
    await user.click(within(row('Ops webhook')).getByRole('button', { name: 'Edit Ops webhook' }));
    const form = await screen.findByRole('form', { name: 'Channel Ops webhook' });
    expect(within(form).getByLabelText('Signing secret')).toHaveValue('');
    expect(within(form).getByLabelText('Signing secret')).toHaveAccessibleDescription(/A secret is set; leave this empty to keep it/);
    await user.clear(within(form).getByLabelText('Name'));
    await user.type(within(form).getByLabelText('Name'), 'Ops hook');
    await user.click(within(form).getByRole('button', { name: 'Save the channel' }));
    await waitFor(() => expect(api.callsTo('PUT /notification-channels/:id')).toHaveLength(1));
    const put = api.callsTo('PUT /notification-channels/:id')[0]!;
    expect(put.url).toBe(`/notification-channels/${HOOK.id}`);
    expect(put.body).not.toHaveProperty('secret');
    expect(put.body).toMatchObject({ name: 'Ops hook', kind: 'webhook', target: HOOK.target, enabled: true, tagSelector: {} });
  });

  it("shows each problem the server names at its field", async () => {
    const refusal = problem(400, 'NOTIFICATION_CHANNEL.INVALID', 'The notification channel is not valid: url: put no user name or password in the URL; secret: use at least 16 characters.');
    (refusal.data as Record<string, unknown>).details = { problems: ['url: put no user name or password in the URL; a webhook is authenticated by its signature', 'secret: use at least 16 characters'] };
    const user = await open({ 'POST /notification-channels': refusal });
    await user.click(screen.getByRole('button', { name: 'Add a channel' }));
    const form = await screen.findByRole('form', { name: 'New channel' });
    await user.type(within(form).getByLabelText('Name'), 'Hook');
    await user.type(within(form).getByLabelText('URL'), 'https://hooks.example.com/x');
    await user.type(within(form).getByLabelText('Signing secret'), 'sixteen-chars-ok');
    await user.click(within(form).getByRole('button', { name: 'Add the channel' }));
    await waitFor(() => expect(within(form).getByLabelText('URL')).toHaveAccessibleDescription(/^put no user name or password in the URL; a webhook is authenticated by its signature/));
    expect(within(form).getByLabelText('Signing secret')).toHaveAccessibleDescription(/^use at least 16 characters/);
    expect(within(form).getByText('The channel was not saved: the server named problems at the fields marked above.')).toBeInTheDocument();
  });

  it('shows a refusal that names no field in full', async () => {
    const user = await open({ 'POST /notification-channels': problem(403, 'AUTH.FORBIDDEN', 'This needs the admin role.') });
    await user.click(screen.getByRole('button', { name: 'Add a channel' }));
    const form = await screen.findByRole('form', { name: 'New channel' });
    await user.selectOptions(within(form).getByLabelText('Kind'), 'teams');
    await user.type(within(form).getByLabelText('Name'), 'Teams');
    await user.type(within(form).getByLabelText('Teams incoming-webhook URL'), 'https://example.webhook.office.com/x');
    await user.click(within(form).getByRole('button', { name: 'Add the channel' }));
    expect(await within(form).findByText('This needs the admin role.')).toBeInTheDocument();
  });

  it('disables and enables a channel, keeping everything else', async () => {
    const user = await open({ 'PUT /notification-channels/:id': (c) => ({ data: aChannel(c.body as object) }) });
    await user.click(within(row('Ops webhook')).getByRole('button', { name: 'Disable Ops webhook' }));
    await waitFor(() => expect(api.callsTo('PUT /notification-channels/:id')).toHaveLength(1));
    expect(api.callsTo('PUT /notification-channels/:id')[0]!.body).toEqual({ name: 'Ops webhook', kind: 'webhook', target: HOOK.target, enabled: false, kinds: HOOK.kinds, tagSelector: {} });
    expect(await screen.findByText('Ops webhook disabled: it receives nothing until enabled.')).toBeInTheDocument();
    await user.click(within(row('Slack #ccna')).getByRole('button', { name: 'Enable Slack #ccna' }));
    await waitFor(() => expect(api.callsTo('PUT /notification-channels/:id')).toHaveLength(2));
    expect(api.callsTo('PUT /notification-channels/:id')[1]!.body).toMatchObject({ enabled: true, tagSelector: { team: 'ccna' }, kinds: ['stop-warning', 'license-problem'] });
  });

  it('deletes a channel after a confirmation that names it', async () => {
    const user = await open({ 'DELETE /notification-channels/:id': { status: 204 } });
    await user.click(within(row('Slack #ccna')).getByRole('button', { name: 'Delete Slack #ccna' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete the channel Slack #ccna?' });
    expect(dialog).toHaveTextContent('https://hooks.slack.com/services/T0/B0/x receives no more notifications');
    expect(api.callsTo('DELETE /notification-channels/:id')).toHaveLength(0);
    await user.click(within(dialog).getByRole('button', { name: 'Delete Slack #ccna' }));
    await waitFor(() => expect(api.callsTo('DELETE /notification-channels/:id')).toHaveLength(1));
    expect(api.callsTo('DELETE /notification-channels/:id')[0]!.url).toBe(`/notification-channels/${SLACK.id}`);
    expect(await screen.findByText('Channel Slack #ccna deleted.')).toBeInTheDocument();
  });
});
