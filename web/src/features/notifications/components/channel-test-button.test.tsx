import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { mockApi, problem } from '../../../test/mock-api';
import { renderPage } from '../../../test/render';
import type { ChannelDelivery, NotificationChannel } from '../api/channel-types';
import { ChannelTestButton } from './channel-test-button';

let api: ReturnType<typeof mockApi>;
afterEach(() => api.restore());

const ID = '0193b2c4-9b00-7000-8000-0000000000d1';
const OLD: ChannelDelivery = { title: 'lab-1 will be stopped', status: 'sent', attempts: 1, lastAttemptAt: '2026-12-01T10:00:00.000Z', sentAt: '2026-12-01T10:00:00.000Z' };
const QUEUED: ChannelDelivery = { title: 'Test notification for "Ops"', status: 'pending', attempts: 0 };
const channel = (lastDelivery?: ChannelDelivery): NotificationChannel => ({ id: ID, name: 'Ops', kind: 'webhook', target: 'https://h.example.com', enabled: true, kinds: [], tagSelector: {}, secretSet: true, createdAt: '', updatedAt: '', ...(lastDelivery ? { lastDelivery } : {}) });

/** The channel as GET answers it, one answer after another (the last one repeats). */
function open(answers: ChannelDelivery[], test: Parameters<typeof mockApi>[0][string] = { status: 202, data: { deliveryId: 'd1' } }, giveUpMs = 10_000) {
  let n = 0;
  api = mockApi({
    'POST /notification-channels/:id/test': test,
    'GET /notification-channels/:id': () => ({ data: channel(answers[Math.min(n++, answers.length - 1)]) }),
    'GET /notification-channels': { data: { items: [] } },
  });
  renderPage(<ChannelTestButton channel={channel(OLD)} pollMs={10} giveUpMs={giveUpMs} />);
  return userEvent.setup();
}

describe('"Send test"', { timeout: 20_000 }, () => {
  it('queues a test, waits while it is queued and says when it was sent', async () => {
    const user = open([QUEUED, QUEUED, { ...QUEUED, status: 'sent', attempts: 1, lastAttemptAt: new Date().toISOString(), sentAt: new Date().toISOString() }]);
    await user.click(screen.getByRole('button', { name: 'Send test to Ops' }));
    expect(await screen.findByText('Test queued; waiting for the delivery job to send it…')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('test-outcome')).toHaveTextContent(/^Test sent at .+ \(1 attempt\)\.$/));
    expect(api.callsTo('POST /notification-channels/:id/test')).toHaveLength(1);
    expect(api.callsTo('GET /notification-channels/:id').length).toBeGreaterThanOrEqual(3);
    expect(await screen.findByText('Test sent to Ops.')).toBeInTheDocument();
  });

  it('says the test failed, with the error, when the first attempt fails (the job retries it)', async () => {
    const user = open([QUEUED, { ...QUEUED, attempts: 1, lastAttemptAt: new Date().toISOString(), lastError: 'the webhook answered HTTP 503' }]);
    await user.click(screen.getByRole('button', { name: 'Send test to Ops' }));
    await waitFor(() => expect(screen.getByTestId('test-outcome')).toHaveTextContent(/^Test failed \(1 attempt, last now\): the webhook answered HTTP 503\. The delivery job tries it again later\.$/));
    expect(await screen.findByText('Test to Ops failed: the webhook answered HTTP 503.')).toBeInTheDocument();
  });

  it('says the test failed for good when the delivery has failed', async () => {
    const user = open([{ ...QUEUED, status: 'failed', attempts: 1, lastAttemptAt: new Date().toISOString(), lastError: 'the channel was deleted' }]);
    await user.click(screen.getByRole('button', { name: 'Send test to Ops' }));
    await waitFor(() => expect(screen.getByTestId('test-outcome')).toHaveTextContent(/^Test failed \(1 attempt, last now\): the channel was deleted\.$/));
  });

  it('does not take the delivery from before the test for its outcome', async () => {
    const user = open([OLD], undefined, 300);
    await user.click(screen.getByRole('button', { name: 'Send test to Ops' }));
    await waitFor(() => expect(screen.getByTestId('test-outcome')).toHaveTextContent(/^Not tried within 0 s: the notification-delivery job has not run/));
    expect(screen.getByTestId('test-outcome')).not.toHaveTextContent('Test sent');
  });

  it("shows the server's reason when the test is not queued", async () => {
    const user = open([QUEUED], problem(404, 'NOTIFICATION_CHANNEL.NOT_FOUND', 'Notification channel x does not exist.'));
    await user.click(screen.getByRole('button', { name: 'Send test to Ops' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Notification channel x does not exist.');
    expect(api.callsTo('GET /notification-channels/:id')).toHaveLength(0);
  });
});
