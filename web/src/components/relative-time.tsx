import { formatDateTime, formatRelative } from '../lib/format';
import { useNow } from './use-now';

/** "5 min ago" that keeps itself current; the exact time is in the tooltip and the datetime attribute. */
export function RelativeTime({ iso, everyMs = 30_000 }: { iso: string | undefined; everyMs?: number }) {
  const now = useNow(everyMs);
  if (!iso) return <span className="text-body-secondary">—</span>;
  return (
    <time dateTime={iso} title={formatDateTime(iso)}>
      {formatRelative(iso, now)}
    </time>
  );
}
