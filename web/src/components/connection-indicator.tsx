import type { StreamState } from '../lib/sse/live-stream';
import { useNow } from './use-now';

/** Whether live updates are arriving: live, connecting, or reconnecting (with the countdown). */
export function ConnectionIndicator({ state }: { state: StreamState }) {
  const now = useNow(1_000);
  const { status } = state;
  const view =
    status === 'live'
      ? { tone: 'success', text: 'Live', title: 'Live updates are on' }
      : status === 'connecting'
        ? { tone: 'secondary', text: 'Connecting…', title: 'Connecting to live updates' }
        : status === 'reconnecting'
          ? {
              tone: 'warning',
              text: 'Reconnecting',
              countdown: state.retryAt && state.retryAt > now ? ` in ${Math.ceil((state.retryAt - now) / 1000)} s` : '…',
              title: `Live updates interrupted (${state.failures} failed attempt${state.failures === 1 ? '' : 's'}); what you see may be out of date`,
            }
          : { tone: 'secondary', text: 'Offline', title: 'Live updates are off' };
  return (
    <span className={`badge rounded-pill text-bg-${view.tone} d-inline-flex align-items-center gap-1`} title={view.title} role="status" aria-label={`Live updates: ${view.text}`}>
      <span aria-hidden="true" className="d-inline-block rounded-circle bg-light" style={{ width: 6, height: 6 }} />
      {view.text}
      {/* The countdown changes every second; announcing it would drown everything else. */}
      {'countdown' in view && <span aria-hidden="true">{view.countdown}</span>}
    </span>
  );
}
