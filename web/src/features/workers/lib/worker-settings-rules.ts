import type { Worker, WorkerSettingsChange } from '../api/types';
import { type WorkerNameRule, workerNameProblem } from './provision-checks';

/** The server's limits of a per-worker idle timeout (UpdateWorkerDto.idleTimeoutMinutes). */
export const IDLE_TIMEOUT_MINUTES = { min: 5, max: 10080 } as const;

/** What the settings form edits, as typed. */
export interface WorkerSettingsDraft {
  name: string;
  /** Empty: no override (the tag or the IP decides). */
  endpoint: string;
  idleDetectionEnabled: boolean;
  /** `fleet`: IDLE_TIMEOUT_MINUTES; `worker`: `idleTimeoutMinutes`. */
  timeoutSource: 'fleet' | 'worker';
  idleTimeoutMinutes: string;
}

export type SettingsProblems = Partial<Record<'name' | 'endpoint' | 'idleTimeoutMinutes', string>>;

export function draftOf(worker: Worker): WorkerSettingsDraft {
  return {
    name: worker.name,
    endpoint: worker.endpointOverride ?? '',
    idleDetectionEnabled: worker.idleDetectionEnabled,
    timeoutSource: worker.idle.timeoutMinutes === undefined ? 'fleet' : 'worker',
    idleTimeoutMinutes: worker.idle.timeoutMinutes === undefined ? '' : String(worker.idle.timeoutMinutes),
  };
}

/** Why the server would refuse an endpoint override, in the server's words (worker-endpoint.rule.ts), or undefined. */
export function endpointProblem(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'Not a URL: expected https://host[:port].';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return `It uses ${url.protocol}; expected https://host[:port].`;
  if (url.username || url.password) return 'It carries user info; credentials never go in the URL.';
  if (url.search || url.hash) return 'It has a query or fragment; expected https://host[:port].';
  if (value.length > 2048) return 'At most 2048 characters.';
  return undefined;
}

/** Why the server would refuse a per-worker idle timeout, or undefined. */
export function idleTimeoutProblem(value: string): string | undefined {
  const text = value.trim();
  if (!text) return 'Give the timeout in minutes, or use the fleet default.';
  if (!/^\d+$/.test(text)) return 'A whole number of minutes.';
  const n = Number(text);
  if (n < IDLE_TIMEOUT_MINUTES.min || n > IDLE_TIMEOUT_MINUTES.max) return `Between ${IDLE_TIMEOUT_MINUTES.min} and ${IDLE_TIMEOUT_MINUTES.max} minutes (7 days).`;
  return undefined;
}

/** Every problem of the draft, by field; empty when the server would accept it. */
export function settingsProblems(draft: WorkerSettingsDraft, nameRule: WorkerNameRule | undefined): SettingsProblems {
  const problems: SettingsProblems = {};
  const name = nameRule ? workerNameProblem(draft.name, nameRule) : draft.name.trim() ? undefined : 'Give the worker a name.';
  if (name) problems.name = name;
  const endpoint = draft.endpoint.trim() ? endpointProblem(draft.endpoint.trim()) : undefined;
  if (endpoint) problems.endpoint = endpoint;
  const timeout = draft.timeoutSource === 'worker' ? idleTimeoutProblem(draft.idleTimeoutMinutes) : undefined;
  if (timeout) problems.idleTimeoutMinutes = timeout;
  return problems;
}

/** What PATCH /api/workers/{id} should get: only what differs from the worker (null clears an override or the timeout). */
export function settingsChange(worker: Worker, draft: WorkerSettingsDraft): WorkerSettingsChange {
  const change: WorkerSettingsChange = {};
  const name = draft.name.trim();
  if (name !== worker.name) change.name = name;
  const endpoint = draft.endpoint.trim().replace(/\/$/, '');
  if (endpoint !== (worker.endpointOverride ?? '')) change.endpoint = endpoint || null;
  if (draft.idleDetectionEnabled !== worker.idleDetectionEnabled) change.idleDetectionEnabled = draft.idleDetectionEnabled;
  const timeout = draft.timeoutSource === 'worker' ? Number(draft.idleTimeoutMinutes.trim()) : undefined;
  if (timeout !== worker.idle.timeoutMinutes) change.idleTimeoutMinutes = timeout ?? null;
  return change;
}
