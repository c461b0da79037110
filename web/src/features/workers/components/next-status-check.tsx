import { useNow } from '../../../components/use-now';
import type { Worker } from '../api/types';

/**
 * "checking again in 7 s" while the instance is starting or stopping (the server follows it closely),
 * so a person sees the console is on it rather than stuck. Nothing otherwise.
 */
export function NextStatusCheck({ check }: { check: Worker['nextStatusCheck'] }) {
  const now = useNow(1_000);
  if (!check || check.reason !== 'following-change') return null;
  const seconds = Math.max(0, Math.ceil((Date.parse(check.at) - now) / 1000));
  return (
    <span className="small text-body-secondary ms-2" data-testid="next-status-check" title={`While an instance starts or stops, its state is read every ${check.intervalSeconds} s.`}>
      {seconds > 0 ? `checking again in ${seconds} s` : 'checking now…'}
    </span>
  );
}
