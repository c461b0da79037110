import { isLocalDate, type LocalDate } from './zoned-time.js';

/** One day a calendar skips, with what it is called ("Christmas Day"). */
export interface Holiday {
  date: LocalDate;
  name?: string;
}

export const MAX_HOLIDAYS = 2000;

/**
 * A calendar's days, checked: each a real `YYYY-MM-DD` date, at most MAX_HOLIDAYS; sorted, a date
 * given twice kept once (with the first name given). Returns the days or every problem found.
 */
export function normaliseHolidays(input: readonly { date?: unknown; name?: unknown }[]): { holidays: Holiday[] } | { problems: string[] } {
  const problems: string[] = [];
  if (input.length > MAX_HOLIDAYS) problems.push(`holidays: at most ${MAX_HOLIDAYS} days per calendar (got ${input.length}); split it`);
  const byDate = new Map<string, Holiday>();
  input.forEach((h, i) => {
    if (typeof h.date !== 'string' || !isLocalDate(h.date)) {
      problems.push(`holidays[${i}].date: "${String(h.date ?? '')}" is not a date; use YYYY-MM-DD, e.g. 2026-12-25`);
      return;
    }
    if (h.name !== undefined && (typeof h.name !== 'string' || h.name.length > 120)) {
      problems.push(`holidays[${i}].name: give at most 120 characters of text`);
      return;
    }
    if (!byDate.has(h.date)) byDate.set(h.date, { date: h.date, ...(typeof h.name === 'string' && h.name.trim() ? { name: h.name.trim() } : {}) });
  });
  if (problems.length) return { problems: problems.slice(0, 20) };
  return { holidays: [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date)) };
}
