import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import { errorMessage } from '../../../lib/api-client';
import { workerKeys } from '../../../lib/query-keys';
import { importInstance } from '../api/import-instance';
import type { ImportedWorker } from '../api/types';

export type ItemState = 'waiting' | 'importing' | 'imported' | 'refused' | 'cancelled';

export interface RunItem {
  instanceId: string;
  state: ItemState;
  worker?: ImportedWorker;
  detail?: string;
}

/**
 * Imports the selected instances one at a time, so each gets its own outcome (and its own
 * refusal reason) and progress is real rather than a spinner over one bulk call.
 */
export function useImportRun() {
  const client = useQueryClient();
  const [items, setItems] = useState<RunItem[]>([]);
  const [running, setRunning] = useState(false);
  const cancelled = useRef(false);

  const patch = (instanceId: string, p: Partial<RunItem>) => setItems((all) => all.map((i) => (i.instanceId === instanceId ? { ...i, ...p } : i)));

  const start = useCallback(
    async (region: string, instanceIds: string[]) => {
      cancelled.current = false;
      setRunning(true);
      setItems(instanceIds.map((instanceId) => ({ instanceId, state: 'waiting' })));
      for (const instanceId of instanceIds) {
        if (cancelled.current) {
          patch(instanceId, { state: 'cancelled', detail: 'Not imported: the run was stopped.' });
          continue;
        }
        patch(instanceId, { state: 'importing' });
        try {
          const worker = await importInstance(region, instanceId);
          patch(instanceId, { state: 'imported', worker });
        } catch (err) {
          patch(instanceId, { state: 'refused', detail: errorMessage(err) });
        }
      }
      setRunning(false);
      await client.invalidateQueries({ queryKey: workerKeys.all });
    },
    [client],
  );

  const cancel = useCallback(() => {
    cancelled.current = true;
  }, []);

  const reset = useCallback(() => setItems([]), []);

  const done = items.filter((i) => i.state !== 'waiting' && i.state !== 'importing').length;
  return { items, running, start, cancel, reset, done, total: items.length };
}
