import { Injectable } from '@nestjs/common';
import ICAL from 'ical.js';
import type { Holiday } from '../../domain/holiday-calendar.rule.js';
import { CalendarFileReader } from '../../application/ports/calendar-file.port.js';

const MAX_DAYS_PER_EVENT = 31;
const MAX_OCCURRENCES = 5000;

/**
 * iCalendar files through ical.js: every VEVENT's days (a multi-day all-day event gives each of its
 * days; an event with a time gives the day it starts on), RRULEs expanded within the range asked.
 */
@Injectable()
export class IcalCalendarReader extends CalendarFileReader {
  holidays(text: string, from: string, to: string): { holidays: Holiday[] } | { problem: string } {
    let root: ICAL.Component;
    try {
      root = new ICAL.Component(ICAL.parse(text));
    } catch (err) {
      return { problem: `The file is not iCalendar (${(err as Error).message.slice(0, 200)}); export the calendar as .ics` };
    }
    if (root.name !== 'vcalendar') return { problem: 'The file is not a calendar: it has no BEGIN:VCALENDAR' };
    const out: Holiday[] = [];
    const events = root.getAllSubcomponents('vevent');
    if (events.length === 0) return { problem: 'The calendar has no events (VEVENT): there are no days to take from it' };
    for (const component of events) {
      const event = new ICAL.Event(component);
      const name = event.summary?.trim() || undefined;
      const starts: ICAL.Time[] = [];
      if (event.isRecurring()) {
        const it = event.iterator();
        for (let next = it.next(); next && starts.length < MAX_OCCURRENCES; next = it.next()) {
          const day = next.toString().slice(0, 10);
          if (day > to) break;
          if (day >= from) starts.push(next);
        }
      } else if (event.startDate) {
        starts.push(event.startDate);
      }
      const days = event.startDate && event.endDate && event.startDate.isDate ? Math.min(MAX_DAYS_PER_EVENT, Math.max(1, event.endDate.subtractDate(event.startDate).toSeconds() / 86_400)) : 1;
      for (const start of starts) {
        for (let i = 0; i < days; i++) {
          const t = start.clone();
          t.adjust(i, 0, 0, 0);
          const date = t.toString().slice(0, 10);
          if (date >= from && date <= to) out.push({ date, ...(name ? { name } : {}) });
        }
      }
    }
    return { holidays: out };
  }
}
