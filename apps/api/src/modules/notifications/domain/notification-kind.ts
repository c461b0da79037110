import type { NotificationKind, NotificationSeverity } from '#kernel';

export type { NotificationKind, NotificationSeverity } from '#kernel';

/** One kind of notification: what it is about, in words, and how serious it is. */
export interface NotificationKindEntry {
  kind: NotificationKind;
  severity: NotificationSeverity;
  /** What it tells, for the preferences form and docs/stop-and-start.md. */
  description: string;
}

/** Every kind of notification the product sends (docs/stop-and-start.md, "Notifications"). */
export const NOTIFICATION_CATALOGUE: readonly NotificationKindEntry[] = [
  { kind: 'stop-warning', severity: 'warning', description: 'A worker will be stopped soon (idle past its timeout), with links to keep it running or stop it now.' },
  { kind: 'start-failed', severity: 'critical', description: 'A start or launch gave up: no instance type or subnet had EC2 capacity before the deadline.' },
  { kind: 'start-fell-back', severity: 'info', description: 'A start or launch worked only with another instance type or subnet than asked for.' },
  { kind: 'status-checks-impaired', severity: 'critical', description: "EC2's instance or system status check of a worker reports impaired." },
  { kind: 'controller-unavailable', severity: 'warning', description: "A running worker's CML controller has not answered for NOTIFY_CONTROLLER_UNAVAILABLE_MINUTES." },
  { kind: 'license-problem', severity: 'warning', description: "A worker's CML licence is unregistered, expired, about to expire (LICENSE_EXPIRY_WARNING_DAYS) or its registration failed." },
  { kind: 'license-not-released', severity: 'critical', description: 'A terminate could not deregister the licence: it stays in use in Smart Licensing until released by hand.' },
  { kind: 'budget-threshold', severity: 'warning', description: "A monthly budget's spend reached one of its thresholds (80 %, 100 % ...); at 100 % a budget that stops workers stops those it covers. Not about one worker: to admins, and to the owner of an owner's budget." },
];

export const NOTIFICATION_KINDS: readonly NotificationKind[] = NOTIFICATION_CATALOGUE.map((k) => k.kind);

export function isNotificationKind(value: unknown): value is NotificationKind {
  return typeof value === 'string' && (NOTIFICATION_KINDS as readonly string[]).includes(value);
}

export function severityOf(kind: NotificationKind): NotificationSeverity {
  return NOTIFICATION_CATALOGUE.find((k) => k.kind === kind)!.severity;
}
