import { useNow } from '../../../components/use-now';
import type { WorkerListItem } from '../api/types';
import { startupWords } from '../lib/startup-words';

/**
 * "Starting, ready in about 4 min" while a start is under way (the server's `startup`), kept
 * current by its own clock. Nothing otherwise.
 */
export function StartupEta({ startup, className }: { startup: WorkerListItem['startup']; className?: string }) {
  const now = useNow(15_000);
  return <StartupEtaAt startup={startup} now={now} className={className} />;
}

/** The same against the caller's clock (a table row takes the table's one ticker). */
export function StartupEtaAt({ startup, now: tick, className = '' }: { startup: WorkerListItem['startup']; now: number; className?: string }) {
  // The ticker's time can be up to its interval old when new data renders; the real clock is never behind it.
  const words = startupWords(startup, Math.max(tick, Date.now()));
  if (!words) return null;
  return (
    <span className={`small ${words.overdue ? 'text-warning-emphasis' : 'text-body-secondary'} ${className}`.trim()} title={words.title} data-testid="worker-startup">
      {words.text}
    </span>
  );
}
