import { formatDuration, formatTime } from '../../../lib/format';
import type { WorkerListItem } from '../api/types';

const MINUTE = 60_000;

export interface StartupWords {
  /** "Starting, ready in about 4 min" or "Starting, ready any moment". */
  text: string;
  /** Where the estimate comes from, for a tooltip. */
  title: string;
  overdue: boolean;
}

const boots = (n: number) => `${n} boot${n === 1 ? '' : 's'}`;

/**
 * What a starting worker says about when it will be ready, from the server's `startup` (the median
 * of its boot-to-ready times, or the fleet's default) and the clock: minutes rounded up, never a time
 * in the past ("ready any moment" once the expected time has passed). Nothing when no boot is under way.
 */
export function startupWords(startup: WorkerListItem['startup'], now: number): StartupWords | undefined {
  if (!startup) return undefined;
  const left = Date.parse(startup.expectedReadyAt) - now;
  const overdue = startup.overdue || !(left > 0);
  const typical = formatDuration(startup.typicalSeconds * 1000);
  const basis =
    startup.basis === 'history'
      ? `Usually ready ${typical} after a start (the median of its last ${boots(startup.samples)}).`
      : `No boot of this worker has been measured yet: the fleet's usual ${typical} is assumed.`;
  const started = `Start asked for at ${formatTime(startup.startedAt)}`;
  if (overdue) {
    const taken = formatDuration(Math.max(0, now - Date.parse(startup.startedAt)));
    return { text: 'Starting, ready any moment', title: `${basis} ${started}; this boot has taken ${taken}, longer than usual.`, overdue: true };
  }
  const minutes = Math.ceil(left / MINUTE);
  return { text: `Starting, ready in about ${formatDuration(minutes * MINUTE)}`, title: `${basis} ${started}, expected ready at ${formatTime(startup.expectedReadyAt)}.`, overdue: false };
}
