/**
 * Scheduled runs happen at fixed slots: multiples of the interval since the epoch. Every app
 * instance computes the same slots, so the first one to claim a slot runs it and the others skip.
 */
export function slotOf(nowMs: number, intervalSeconds: number): number {
  return Math.floor(nowMs / (intervalSeconds * 1000));
}

export function slotStart(slot: number, intervalSeconds: number): Date {
  return new Date(slot * intervalSeconds * 1000);
}

export function nextRunAt(nowMs: number, intervalSeconds: number): Date {
  return slotStart(slotOf(nowMs, intervalSeconds) + 1, intervalSeconds);
}

/** "every 5 min", "every 30 s", "every 2 h". */
export function describeInterval(seconds: number): string {
  if (seconds % 3600 === 0) return `every ${seconds / 3600} h`;
  if (seconds % 60 === 0) return `every ${seconds / 60} min`;
  return `every ${seconds} s`;
}
