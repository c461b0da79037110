import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { ActionButton } from '../../../components/action-button';
import { ErrorAlert } from '../../../components/error-alert';
import { RelativeTime } from '../../../components/relative-time';
import { useNotify } from '../../../components/toaster';
import { formatDateTimeSeconds, formatDuration } from '../../../lib/format';
import { notificationChannelKeys } from '../../../lib/query-keys';
import type { ChannelDelivery, NotificationChannel } from '../api/channel-types';
import { getNotificationChannel } from '../api/get-notification-channel';
import { testNotificationChannel } from '../api/test-notification-channel';
import { type TestOutcome, testOutcome } from '../lib/test-outcome';

type Phase = { step: 'idle' } | { step: 'queueing' } | { step: 'waiting'; before: ChannelDelivery | undefined; since: number } | { step: 'done'; outcome: TestOutcome } | { step: 'gave-up' } | { step: 'refused'; error: unknown };

/**
 * "Send test": queues a test message (the delivery job sends it like any notification, with its
 * retries), then reads the channel every `pollMs` until its newest delivery has been tried, and says
 * whether it was sent or failed (with the error). After `giveUpMs` it stops asking and says so.
 */
export function ChannelTestButton({ channel, pollMs = 2_000, giveUpMs = 120_000 }: { channel: NotificationChannel; pollMs?: number; giveUpMs?: number }) {
  const [phase, setPhase] = useState<Phase>({ step: 'idle' });
  const client = useQueryClient();
  const notify = useNotify();
  const waiting = phase.step === 'waiting';
  const polled = useQuery({
    queryKey: notificationChannelKeys.detail(channel.id),
    queryFn: ({ signal }) => getNotificationChannel(channel.id, signal),
    enabled: waiting,
    refetchInterval: waiting ? pollMs : false,
    staleTime: 0,
    gcTime: 0,
  });
  const announced = useRef<TestOutcome>(undefined);

  useEffect(() => {
    if (phase.step !== 'waiting' || !polled.data || polled.dataUpdatedAt < phase.since) return;
    const outcome = testOutcome(phase.before, polled.data.lastDelivery);
    if (outcome) setPhase({ step: 'done', outcome });
  }, [phase, polled.data, polled.dataUpdatedAt]);

  useEffect(() => {
    if (phase.step !== 'waiting') return;
    const timer = setTimeout(() => setPhase({ step: 'gave-up' }), giveUpMs);
    return () => clearTimeout(timer);
  }, [phase, giveUpMs]);

  useEffect(() => {
    if (phase.step !== 'done' || announced.current === phase.outcome) return;
    announced.current = phase.outcome;
    void client.invalidateQueries({ queryKey: notificationChannelKeys.list() });
    const { state, delivery } = phase.outcome;
    if (state === 'sent') notify('success', `Test sent to ${channel.name}.`);
    else notify('danger', `Test to ${channel.name} failed: ${delivery.lastError ?? 'no reason given'}.`);
  }, [phase, client, notify, channel.name]);

  const send = async () => {
    const before = channel.lastDelivery;
    setPhase({ step: 'queueing' });
    try {
      await testNotificationChannel(channel.id);
      setPhase({ step: 'waiting', before, since: Date.now() });
    } catch (error) {
      setPhase({ step: 'refused', error });
    }
  };

  const busy = phase.step === 'queueing' || phase.step === 'waiting';
  return (
    <div className="d-flex flex-column gap-1 align-items-start">
      <ActionButton variant="outline-primary" busy={busy} onClick={() => void send()}>
        Send test
        {' '}<span className="visually-hidden">to {channel.name}</span>
      </ActionButton>
      <div role="status" aria-live="polite" className="small" data-testid="test-outcome">
        {phase.step === 'queueing' && 'Queueing a test message…'}
        {phase.step === 'waiting' && 'Test queued; waiting for the delivery job to send it…'}
        {phase.step === 'done' && <OutcomeText outcome={phase.outcome} />}
        {phase.step === 'gave-up' && `Not tried within ${formatDuration(giveUpMs)}: the notification-delivery job has not run (see Jobs). Its outcome will show as the last delivery.`}
      </div>
      {phase.step === 'refused' && <ErrorAlert className="py-1 px-2 mb-0 small" error={phase.error} title="The test was not queued:" />}
    </div>
  );
}

function OutcomeText({ outcome: { state, delivery } }: { outcome: TestOutcome }) {
  const at = delivery.sentAt ?? delivery.lastAttemptAt;
  const attempts = `${delivery.attempts} ${delivery.attempts === 1 ? 'attempt' : 'attempts'}`;
  if (state === 'sent')
    return (
      <span className="text-success-emphasis">
        <strong>Test sent</strong> {at && <time dateTime={at}>at {formatDateTimeSeconds(at)}</time>} ({attempts}).
      </span>
    );
  return (
    <span className="text-danger-emphasis">
      <strong>Test failed</strong> ({attempts}
      {at && (
        <>
          , last <RelativeTime iso={at} />
        </>
      )}
      ): {delivery.lastError ?? 'no reason given'}.{state === 'retrying' && ' The delivery job tries it again later.'}
    </span>
  );
}
