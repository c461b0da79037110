import type { CostEvents } from './cost-events.js';
import type { BudgetEvents } from './budget-events.js';
import type { LabEvents } from './lab-events.js';
import type { NotificationEvents } from './notification-events.js';
import type { SchedulingEvents } from './scheduling-events.js';
import type { SettingsEvents } from './settings-events.js';
import type { WorkerEvents } from './worker-events.js';

/**
 * The one typed map of every event the product emits: name -> payload.
 * The event bus, the live stream (SSE), the audit timeline and the CloudEvents publisher
 * all use these names and payloads. Names are past tense and dotted.
 * Payloads never carry secrets (license tokens, credentials, session or access tokens).
 */
export interface EventMap extends WorkerEvents, LabEvents, SchedulingEvents, NotificationEvents, CostEvents, BudgetEvents, SettingsEvents {
  'system.started': { instanceId: string; version: string };
}

export type EventType = keyof EventMap & string;
