import { Injectable } from '@nestjs/common';
import { type WorkerView, WorkersFacade } from '../../../workers/workers.public.js';
import type { WorkerRef } from '../../domain/notification.rule.js';
import { type LicenceExpiry, type SilentController, WorkerDirectory } from '../../application/ports/worker-directory.port.js';

const ref = (w: WorkerView): WorkerRef => ({ id: w.id, name: w.name, ...(w.owner ? { owner: w.owner } : {}), tags: { ...w.tags } });

/** The workers facade narrowed to what notifications need. */
@Injectable()
export class WorkersFacadeDirectory extends WorkerDirectory {
  constructor(private readonly workers: WorkersFacade) {
    super();
  }

  async find(workerId: string): Promise<WorkerRef | undefined> {
    try {
      return ref(await this.workers.get(workerId));
    } catch {
      return undefined;
    }
  }

  async silentControllers(): Promise<SilentController[]> {
    const running = await this.workers.listByStatus(['running']);
    return running
      .filter((w) => w.serviceStatus !== 'available')
      .map((w) => {
        // Since the later of: the last answer, and the start (a controller booting has not had the chance).
        const times = [w.cml?.lastReadAt, w.statusChangedAt].filter((t): t is string => typeof t === 'string').map((t) => Date.parse(t));
        return times.length ? { worker: ref(w), since: new Date(Math.max(...times)) } : undefined;
      })
      .filter((s): s is SilentController => s !== undefined);
  }

  async licenceExpiries(): Promise<LicenceExpiry[]> {
    // Running only: a stopped controller's last read is old, and it renews its authorization when it boots.
    const running = await this.workers.listByStatus(['running']);
    return running.flatMap((w) => (w.cml?.licenseExpiresAt ? [{ worker: ref(w), expiresAt: new Date(w.cml.licenseExpiresAt) }] : []));
  }
}
