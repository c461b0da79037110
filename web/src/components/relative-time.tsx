import { formatFullTimestamp, formatRelative, type TimeDirection } from '../lib/format';
import { useNow } from './use-now';

/**
 * "5 min ago" that keeps itself current; the exact time is in the tooltip and the datetime attribute.
 * Server timestamps are in the past by default: fresh data can carry a time a little ahead of the
 * shared clock (it ticks every `everyMs`, and browser and server clocks differ), which reads "just
 * now", never "in 10 s". Use `direction="future"` for what is planned (a next run, a stop).
 */
export function RelativeTime({ iso, everyMs = 30_000, direction = 'past' }: { iso: string | undefined; everyMs?: number; direction?: TimeDirection }) {
  const now = useNow(everyMs);
  return <RelativeTimeAt iso={iso} now={now} direction={direction} />;
}

/**
 * "5 min ago" against the caller's clock: a panel that shows several times and durations takes one
 * `useNow` and passes it to each, so they never disagree ("2 min ago" beside "3 min ago").
 */
export function RelativeTimeAt({ iso, now: tick, direction = 'past' }: { iso: string | undefined; now: number; direction?: TimeDirection }) {
  if (!iso) return <span className="text-body-secondary">—</span>;
  // The ticker's time can be up to `everyMs` old when new data renders; the real clock is never behind it.
  const now = Math.max(tick, Date.now());
  return (
    <time dateTime={iso} title={formatFullTimestamp(iso)}>
      {formatRelative(iso, now, direction)}
    </time>
  );
}
