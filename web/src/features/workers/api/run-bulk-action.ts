import type { BulkAction, Outcome } from '../lib/bulk-actions';
import { clearWorkerOverride } from './clear-worker-override';
import { setWorkerOverride } from './set-worker-override';
import { setWorkerOwner } from './set-worker-owner';
import { startWorker } from './start-worker';
import { stopWorker } from './stop-worker';
import { updateWorker } from './update-worker';
import { updateWorkerTags } from './update-worker-tags';

/**
 * Sends one worker's part of a bulk action to its own route and says how it went. A start or stop
 * the server answers "nothing to do" (200, changed: false) is a skip with the server's words;
 * refusals are thrown and classified by the caller (outcomeOfError).
 */
export async function runBulkAction(action: BulkAction, id: string): Promise<Outcome> {
  switch (action.kind) {
    case 'start':
    case 'stop': {
      const r = await (action.kind === 'start' ? startWorker(id) : stopWorker(id));
      return r.changed ? { state: 'done', message: r.message } : { state: 'skipped', reason: r.message };
    }
    case 'set-tag':
      await updateWorkerTags({ id, set: { [action.key]: action.value }, remove: [] });
      return { state: 'done', message: `Tagged ${action.key}=${action.value}.` };
    case 'remove-tag':
      await updateWorkerTags({ id, set: {}, remove: [action.key] });
      return { state: 'done', message: `Tag ${action.key} removed.` };
    case 'owner': {
      const w = await setWorkerOwner({ id, owner: action.owner });
      return { state: 'done', message: w.owner ? `Owned by ${w.owner}.` : 'No owner now.' };
    }
    case 'override': {
      await setWorkerOverride({ id, kind: action.overrideKind, until: action.until });
      return { state: 'done', message: `${action.overrideKind === 'keep-running' ? 'Keep running' : 'Keep stopped'} override set.` };
    }
    case 'clear-override':
      await clearWorkerOverride(id);
      return { state: 'done', message: 'Override cleared.' };
    case 'idle-detection':
      await updateWorker({ id, idleDetectionEnabled: action.enabled });
      return { state: 'done', message: `Idle detection ${action.enabled ? 'on' : 'off'}.` };
  }
}
