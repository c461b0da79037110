import { formatDateTime, formatRelative } from '../lib/format';
import { useNow } from './use-now';

/** "5 min ago" that keeps itself current; the exact time is in the tooltip and the datetime attribute. */
export function RelativeTime({ iso, everyMs = 30_000 }: { iso: string | undefined; everyMs?: number }) {
  const now = useNow(everyMs);
  return <RelativeTimeAt iso={iso} now={now} />;
}

/**
 * "5 min ago" against the caller's clock: a panel that shows several times and durations takes one
 * `useNow` and passes it to each, so they never disagree ("2 min ago" beside "3 min ago").
 */
export function RelativeTimeAt({ iso, now }: { iso: string | undefined; now: number }) {
  if (!iso) return <span className="text-body-secondary">—</span>;
  return (
    <time dateTime={iso} title={formatDateTime(iso)}>
      {formatRelative(iso, now)}
    </time>
  );
}
