import type { NotificationKind, NotificationSeverity } from '../api/notification-types';

/** Each kind of notification in plain words, for the "Notify me about…" form. */
export const KIND_DESCRIPTIONS: Record<NotificationKind, { label: string; description: string }> = {
  'stop-warning': { label: 'A worker is about to be stopped', description: 'Before idle detection, a schedule, a runtime limit or the end of a reservation stops it, with links to keep it running or stop it now.' },
  'start-failed': { label: 'A start failed', description: 'EC2 could not start the worker, even after trying other instance types.' },
  'start-fell-back': { label: 'A start used another instance type', description: 'EC2 had no capacity for the usual type, so the worker runs on the next one of the fallback list.' },
  'status-checks-impaired': { label: 'Status checks failed', description: "EC2 reports the instance's or system's status checks as impaired." },
  'controller-unavailable': { label: 'A controller stopped answering', description: "The worker runs but its CML controller has not answered for a while." },
  'license-problem': { label: 'A licence needs attention', description: 'A CML licence is unregistered, expired or about to expire.' },
  'license-not-released': { label: 'A licence was not released', description: 'A terminated worker could not deregister its CML licence; release it in Smart Licensing.' },
  'budget-threshold': { label: 'A budget reached a threshold', description: "A monthly budget's spend reached one of its thresholds (80 %, 100 % …); at 100 % a budget that stops workers stops those it covers." },
};

export const SEVERITY_STYLE: Record<NotificationSeverity, { border: string; label: string }> = {
  info: { border: 'border-info', label: 'Information' },
  warning: { border: 'border-warning', label: 'Warning' },
  critical: { border: 'border-danger', label: 'Critical' },
};
