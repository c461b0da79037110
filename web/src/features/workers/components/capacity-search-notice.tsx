import { RelativeTime } from '../../../components/relative-time';
import { formatFullTimestamp } from '../../../lib/format';
import type { Worker } from '../api/types';

/**
 * While a start or launch looks for EC2 capacity (the server's `capacityFallback.next`), says so on
 * the worker's page: how many tries, which options, and the next one. The timeline has every try.
 */
export function CapacitySearchNotice({ fallback }: { fallback: Worker['capacityFallback'] }) {
  const next = fallback?.next;
  if (!fallback || !next) return null;
  const what = fallback.action === 'start' ? 'start the worker' : 'launch the worker';
  return (
    <div className="alert alert-warning py-2 small mb-3" role="status" data-testid="capacity-search">
      EC2 had no capacity to {what} after {fallback.attempts} tr{fallback.attempts === 1 ? 'y' : 'ies'} ({fallback.tried.join(', ')}). Next try: {next.instanceType}
      {next.subnetId ? ` in ${next.subnetId}` : ''},{' '}
      <span title={formatFullTimestamp(next.at)}>
        <RelativeTime iso={next.at} direction="future" />
      </span>
      . The timeline shows every try.
    </div>
  );
}
