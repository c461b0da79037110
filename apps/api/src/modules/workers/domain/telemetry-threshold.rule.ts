import { COUNT_FIGURES, PERCENT_FIGURES, type Telemetry } from './telemetry.value-object.js';

/**
 * Whether new telemetry is worth an event: a percentage that appeared or moved by at least
 * `thresholdPercent` points, or a count that changed. Smaller moves are stored without one
 * (TELEMETRY_CHANGE_THRESHOLD_PERCENT), so a busy fleet does not flood the timeline.
 */
export function telemetryMoved(before: Telemetry, after: Telemetry, thresholdPercent: number): boolean {
  const moved = PERCENT_FIGURES.some((k) => {
    const to = after[k];
    if (to === undefined) return false;
    const from = before[k];
    return from === undefined || Math.abs(to - from) >= thresholdPercent;
  });
  return moved || COUNT_FIGURES.some((k) => after[k] !== undefined && after[k] !== before[k]);
}
