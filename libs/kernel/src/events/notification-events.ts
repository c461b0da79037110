/** Payloads of the notifications module's events (see event-map.ts). */

/** What a notification is about (docs/stop-and-start.md, "Notifications"). */
export type NotificationKind = 'stop-warning' | 'start-failed' | 'start-fell-back' | 'status-checks-impaired' | 'controller-unavailable' | 'license-problem' | 'license-not-released' | 'budget-threshold';

export type NotificationSeverity = 'info' | 'warning' | 'critical';

export interface NotificationEvents {
  /**
   * An in-app notification was stored for one person. The live stream delivers it only to the
   * streams of `recipient` (and the event log shows it only to them).
   */
  'notification.created': {
    id: string;
    kind: NotificationKind;
    severity: NotificationSeverity;
    title: string;
    body: string;
    workerId?: string;
    workerName?: string;
    actions: { label: string; url: string }[];
    createdAt: string;
    /** The username it is for. */
    recipient: string;
  };
}
