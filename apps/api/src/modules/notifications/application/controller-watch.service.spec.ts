import type { Clock } from '#kernel';
import { AppConfig } from '../../../config/app-config.js';
import type { NotificationDraft, WorkerRef } from '../domain/notification.rule.js';
import { ControllerWatch } from './controller-watch.service.js';
import type { NotificationDispatcher } from './notification-dispatcher.service.js';
import { type LicenceExpiry, type SilentController, WorkerDirectory } from './ports/worker-directory.port.js';

const NOW = new Date('2026-12-03T14:00:00.000Z');
const w = (name: string): WorkerRef => ({ id: `id-${name}`, name, tags: {} });
const minutesAgo = (m: number) => new Date(NOW.getTime() - m * 60_000);

class Silent extends WorkerDirectory {
  constructor(
    private readonly silent: SilentController[],
    private readonly expiries: LicenceExpiry[] = [],
  ) {
    super();
  }
  find(): Promise<WorkerRef | undefined> {
    return Promise.resolve(undefined);
  }
  silentControllers(): Promise<SilentController[]> {
    return Promise.resolve(this.silent);
  }
  licenceExpiries(): Promise<LicenceExpiry[]> {
    return Promise.resolve(this.expiries);
  }
}

describe('ControllerWatch', () => {
  it.each<[string, number, boolean]>([
    ['not before the threshold', 9, false],
    ['at the threshold', 10, true],
    ['well past it', 90, true],
  ])('notifies %s (silent for %i min of 10)', async (_, minutes, notified) => {
    const sent: { draft: NotificationDraft; key: string }[] = [];
    const dispatcher = { dispatch: (draft: NotificationDraft, _w: WorkerRef, key: string) => (sent.push({ draft, key }), Promise.resolve({ recipients: [], deliveries: 0 })) } as unknown as NotificationDispatcher;
    const config = new AppConfig({ notifications: { controllerUnavailableMinutes: 10, licenseExpiryWarningDays: 14 } as AppConfig['notifications'] });
    const watch = new ControllerWatch(new Silent([{ worker: w('lab-1'), since: minutesAgo(minutes) }]), dispatcher, config, { now: () => NOW } as Clock);
    const summary = await watch.check();
    expect(summary).toMatchObject({ running: 1, notified: notified ? 1 : 0 });
    if (!notified) return expect(sent).toEqual([]);
    // The outage is named by when it began: every later run finds the same key, so it is notified once.
    expect(sent[0].key).toBe(`controller-unavailable:id-lab-1:${minutesAgo(minutes).toISOString()}`);
    expect(sent[0].draft).toMatchObject({ kind: 'controller-unavailable', severity: 'warning' });
  });

  it.each<[string, number, number, boolean]>([
    ['a licence that expires in 9 days (of 14)', 9, 14, true],
    ['one that expires in 20 days: not yet', 20, 14, false],
    ['one already expired: its status says so', -1, 14, false],
    ['with the warning turned off (0)', 9, 0, false],
  ])('%s', async (_, days, warningDays, notified) => {
    const sent: { draft: NotificationDraft; key: string }[] = [];
    const dispatcher = { dispatch: (draft: NotificationDraft, _w: WorkerRef, key: string) => (sent.push({ draft, key }), Promise.resolve({ recipients: [], deliveries: 0 })) } as unknown as NotificationDispatcher;
    const config = new AppConfig({ notifications: { controllerUnavailableMinutes: 10, licenseExpiryWarningDays: warningDays } as AppConfig['notifications'] });
    const expiresAt = new Date(NOW.getTime() + days * 86_400_000);
    const watch = new ControllerWatch(new Silent([], [{ worker: w('lab-1'), expiresAt }]), dispatcher, config, { now: () => NOW } as Clock);
    expect(await watch.check()).toMatchObject({ notified: notified ? 1 : 0 });
    if (!notified) return expect(sent).toEqual([]);
    // Named by the expiry date: every later run finds the same key, so it is notified once per date.
    expect(sent[0].key).toBe(`license-expiry:id-lab-1:${expiresAt.toISOString().slice(0, 10)}`);
    expect(sent[0].draft).toMatchObject({ kind: 'license-problem', title: `lab-1: CML licence expires on 12 Dec 2026 (in 9 days)` });
  });
});
