import { type QueryClient, useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useContext, useEffect, useRef, useState } from 'react';
import { COST_REFRESH_DELAY_MS, STREAM_RETRY_BASE_MS, STREAM_RETRY_MAX_MS } from '../config/console';
import type { components } from '../lib/api-types';
import { api } from '../lib/api-client';
import { budgetKeys, costKeys, labKeys, workerKeys } from '../lib/query-keys';
import { LIVE_EVENT_TYPES } from '../lib/sse/event-types';
import { type LiveEvent, LiveStream, type StreamState } from '../lib/sse/live-stream';
import { applyNotificationEvent, NOTIFICATION_EVENT_TYPES } from '../features/notifications/lib/notification-events';

type Worker = components['schemas']['WorkerResponse'];
type WorkerListItem = components['schemas']['WorkerListItemResponse'];
type WorkerPage = components['schemas']['WorkerPageResponse'];

/** Collects invalidations for a short while, so a burst of events causes one refetch per query, not one per event. */
export function createCoalescer(client: QueryClient, delayMs = 500) {
  const pending = new Map<string, readonly unknown[]>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    invalidate(queryKey: readonly unknown[]) {
      pending.set(JSON.stringify(queryKey), queryKey);
      timer ??= setTimeout(() => {
        timer = undefined;
        const keys = [...pending.values()];
        pending.clear();
        for (const queryKey of keys) void client.invalidateQueries({ queryKey });
      }, delayMs);
    },
    cancel() {
      clearTimeout(timer);
      timer = undefined;
      pending.clear();
    },
  };
}

type Coalescer = ReturnType<typeof createCoalescer>;

/** Applies `change` to the worker wherever it is cached (its detail and every list page showing it). */
function patchWorker(client: QueryClient, id: string, change: <W extends WorkerListItem>(w: W) => W): void {
  client.setQueryData<Worker>(workerKeys.detail(id), (w) => (w ? change(w) : w));
  client.setQueriesData<WorkerPage>({ queryKey: workerKeys.lists() }, (page) =>
    page && page.items.some((w) => w.id === id) ? { ...page, items: page.items.map((w) => (w.id === id ? change(w) : w)) } : page,
  );
}

const defined = <T extends object>(o: T): Partial<T> => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;

/**
 * The only place that turns live events into cache changes. What an event says exactly (status,
 * telemetry, idle warning) is patched in at once, so tables move without a refetch; then the
 * queries it affects are invalidated, coalesced. Telemetry does not refetch the lists: with a large
 * fleet it arrives constantly and the patch already carries it. A status change also moves the
 * cost figures and budgets: those go to `slow`, which waits longer, so a fleet stopping at once
 * reads them again once (only the ones on screen refetch).
 */
export function applyLiveEvent(client: QueryClient, event: LiveEvent, coalescer: Coalescer, slow: Coalescer = coalescer): void {
  const id = event.workerId;
  if (event.type.startsWith('lab.')) {
    coalescer.invalidate(labKeys.lists());
    if (id) coalescer.invalidate(workerKeys.labs(id));
    return;
  }
  if (!event.type.startsWith('worker.')) return;
  if (id) {
    // `event` is a union on `type`: each case sees the payload its type carries.
    switch (event.type) {
      case 'worker.status-changed': {
        const { to, reason } = event.data;
        patchWorker(client, id, (w) => ({ ...w, status: to, statusReason: reason }));
        slow.invalidate(costKeys.reports());
        slow.invalidate(budgetKeys.lists());
        break;
      }
      case 'worker.telemetry-changed': {
        const figures = defined(event.data);
        patchWorker(client, id, (w) => ({ ...w, telemetry: { ...w.telemetry, ...figures, collectedAt: event.at } }));
        break;
      }
      case 'worker.idle-warning-issued': {
        const { plannedStopAt } = event.data;
        patchWorker(client, id, (w) => ({ ...w, idle: { ...w.idle, warning: { issuedAt: event.at, plannedStopAt } } }));
        break;
      }
      case 'worker.idle-warning-cleared':
        patchWorker(client, id, (w) => ({ ...w, idle: { ...w.idle, warning: undefined } }));
        break;
      case 'worker.idle-snoozed': {
        const { until } = event.data;
        patchWorker(client, id, (w) => ({ ...w, idle: { ...w.idle, snoozedUntil: until, warning: undefined } }));
        break;
      }
      case 'worker.power-operation-finished': {
        // The page stops polling the operation at once; the refetch below brings its last steps.
        const { operationId, succeeded, summary } = event.data;
        patchWorker(client, id, (w) =>
          w.powerOperation?.id === operationId ? { ...w, powerOperation: { ...w.powerOperation, status: succeeded ? 'succeeded' : 'failed', summary, finishedAt: event.at } } : w,
        );
        break;
      }
      case 'worker.renamed': {
        const { to } = event.data;
        patchWorker(client, id, (w) => ({ ...w, name: to }));
        break;
      }
    }
    coalescer.invalidate(workerKeys.detail(id));
  }
  if (event.type !== 'worker.telemetry-changed') coalescer.invalidate(workerKeys.lists());
}

const StreamContext = createContext<StreamState>({ status: 'closed', failures: 0 });

export const useLiveStreamState = () => useContext(StreamContext);

/** Opens the live stream for the signed-in console and feeds the cache from it. */
export function LiveUpdatesProvider({ children, onAuthExpired }: { children: ReactNode; onAuthExpired: (reason: string) => void }) {
  const client = useQueryClient();
  const [state, setState] = useState<StreamState>({ status: 'connecting', failures: 0 });
  const expired = useRef(onAuthExpired);
  expired.current = onAuthExpired;

  useEffect(() => {
    const coalescer = createCoalescer(client);
    const slow = createCoalescer(client, COST_REFRESH_DELAY_MS);
    const stream = new LiveStream(
      {
        onEvent: (e) => {
          // Notifications are not in the generated event map yet (notifications module, issue 14).
          if (!applyNotificationEvent(client, e)) applyLiveEvent(client, e, coalescer, slow);
        },
        onControl: (frame) => {
          // Too much was missed to replay: everything on screen may be stale.
          if (frame === 'resync') void client.invalidateQueries();
          if (frame === 'auth.expired') expired.current('Your session has ended; sign in again.');
        },
        onState: (s) => {
          setState(s);
          // The stream cannot tell why it failed; a 401 on the session check signs the console out.
          if (s.status === 'reconnecting' && s.retryAt) void api.get('/auth/session').catch(() => undefined);
        },
      },
      { eventTypes: [...LIVE_EVENT_TYPES, ...NOTIFICATION_EVENT_TYPES], baseDelayMs: STREAM_RETRY_BASE_MS, maxDelayMs: STREAM_RETRY_MAX_MS },
    );
    stream.start();
    return () => {
      stream.stop();
      coalescer.cancel();
      slow.cancel();
    };
  }, [client]);

  return <StreamContext.Provider value={state}>{children}</StreamContext.Provider>;
}
