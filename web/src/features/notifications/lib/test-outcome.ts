import type { ChannelDelivery } from '../api/channel-types';

/** How a test send ended, as far as the channel's newest delivery tells. */
export type TestOutcome = { state: 'sent' | 'failed' | 'retrying'; delivery: ChannelDelivery };

/**
 * The outcome of a test once the delivery job has tried it: `lastDelivery` has changed from
 * `before` (the newest delivery when the test was asked for) and has been attempted. Until then
 * (queued, not tried) undefined. `retrying`: the first attempt failed and the job tries again later.
 */
export function testOutcome(before: ChannelDelivery | undefined, now: ChannelDelivery | undefined): TestOutcome | undefined {
  if (!now) return undefined;
  if (now.status === 'pending' && now.attempts === 0) return undefined;
  const unchanged = before !== undefined && before.status === now.status && before.attempts === now.attempts && before.lastAttemptAt === now.lastAttemptAt && before.sentAt === now.sentAt && before.title === now.title;
  if (unchanged) return undefined;
  return { state: now.status === 'sent' ? 'sent' : now.status === 'failed' ? 'failed' : 'retrying', delivery: now };
}
