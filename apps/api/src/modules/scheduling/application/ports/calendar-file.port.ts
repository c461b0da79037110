import type { Holiday } from '../../domain/holiday-calendar.rule.js';

/** Reads the days of a calendar file people upload (iCalendar, `.ics`), between two dates. */
export abstract class CalendarFileReader {
  /**
   * The all-day events of the file (repeating ones expanded between `from` and `to`), or a problem
   * that says what is wrong with the file.
   */
  abstract holidays(text: string, from: string, to: string): { holidays: Holiday[] } | { problem: string };
}
