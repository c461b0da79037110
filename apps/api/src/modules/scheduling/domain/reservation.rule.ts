import { type TagSelector } from './tag-selector.value-object.js';

/** A reservation's window and who holds which workers in it. */
export interface ReservationWindow {
  id: string;
  purpose: string;
  owner: string;
  start: Date;
  end: Date;
  workerIds: readonly string[];
}

export const MAX_RESERVATION_DAYS = 31;
export const MAX_RESERVED_WORKERS = 100;

/** What is wrong with a reservation request, each saying what to fix. */
export function reservationProblems(input: { purpose?: string; start?: Date; end?: Date; workerIds?: string[]; count?: number; selector?: TagSelector }, now: Date): string[] {
  const problems: string[] = [];
  if (!input.purpose?.trim()) problems.push('purpose: say what the workers are for, e.g. "CCNA class, group B"');
  if (!input.start || Number.isNaN(input.start.getTime())) problems.push('start: give an ISO 8601 time, e.g. 2026-12-08T09:00:00+01:00');
  if (!input.end || Number.isNaN(input.end.getTime())) problems.push('end: give an ISO 8601 time, e.g. 2026-12-08T17:00:00+01:00');
  if (input.start && input.end && !problems.length) {
    if (input.end <= input.start) problems.push('end: the reservation ends before it starts; give an end after the start');
    else if (input.end.getTime() - input.start.getTime() > MAX_RESERVATION_DAYS * 86_400_000) problems.push(`end: a reservation lasts at most ${MAX_RESERVATION_DAYS} days; split longer ones`);
    if (input.end <= now) problems.push('end: the reservation is over already; give a window that has not ended');
  }
  // null is no value (a JSON client may send it for a field it leaves out).
  const byIds = input.workerIds != null;
  const bySelector = input.count != null || input.selector != null;
  if (byIds === bySelector) problems.push('workers: give either workerIds, or count with a selector (the product picks free workers)');
  if (bySelector && input.selector == null) problems.push('selector: give the tags the workers must have, e.g. {"team": ["ccna"]}');
  if (byIds && (!Array.isArray(input.workerIds) || input.workerIds.length === 0 || input.workerIds.length > MAX_RESERVED_WORKERS)) problems.push(`workerIds: give 1 to ${MAX_RESERVED_WORKERS} workers`);
  if (bySelector && (!Number.isInteger(input.count) || input.count! < 1 || input.count! > MAX_RESERVED_WORKERS)) problems.push(`count: give a whole number of workers from 1 to ${MAX_RESERVED_WORKERS}`);
  return problems;
}

export function overlaps(a: { start: Date; end: Date }, b: { start: Date; end: Date }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** The existing reservations that hold one of these workers at an overlapping time. */
export function conflicting(wanted: { start: Date; end: Date; workerIds: readonly string[] }, existing: readonly ReservationWindow[]): ReservationWindow[] {
  return existing.filter((r) => overlaps(r, wanted) && r.workerIds.some((w) => wanted.workerIds.includes(w)));
}

export interface Candidate {
  id: string;
  name: string;
  status: string;
}

/**
 * Picks `count` free workers for a window among the candidates (those the selector matched):
 * free means no reservation holds it then; running ones first (no boot wait), then by name, so the
 * choice is stable. Returns the picked ones, or how many were free when not enough.
 */
export function pickFree(candidates: readonly Candidate[], count: number, window: { start: Date; end: Date }, existing: readonly ReservationWindow[]): { picked: Candidate[] } | { free: Candidate[] } {
  const held = new Set(existing.filter((r) => overlaps(r, window)).flatMap((r) => r.workerIds));
  const free = candidates
    .filter((c) => !held.has(c.id) && !['terminated', 'shutting-down', 'failed'].includes(c.status))
    .sort((a, b) => Number(b.status === 'running') - Number(a.status === 'running') || a.name.localeCompare(b.name));
  return free.length >= count ? { picked: free.slice(0, count) } : { free };
}
