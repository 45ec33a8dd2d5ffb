// Business hours and closed days: is an appointment inside opening hours on an open day?

import { format } from 'date-fns';
import { TZDate } from '@date-fns/tz';
import {
  addDays,
  assertDate,
  assertZone,
  formatClock,
  localToMs,
  parseClock,
  parseInstant,
  weekdayOf,
  zonedParts,
  type Interval,
  type Weekday,
} from './schedule-time';

/** A weekday absent = closed that day; several entries per weekday allowed (split shifts). */
export interface BusinessHours {
  weekday: Weekday;
  open: string; // 'HH:MM'
  close: string; // 'HH:MM' ('24:00' accepted for "until midnight")
}

export type HoursCheck = { ok: true } | { ok: false; reason: 'closed_day' | 'outside_hours'; message: string };

/** One opening window of one local day, as instants (ms), plus its wall-clock label. */
export interface OpenWindow {
  start: number;
  end: number;
  open: number; // minutes after local midnight
  close: number;
}

const WEEKDAY_PLURAL = ['Sundays', 'Mondays', 'Tuesdays', 'Wednesdays', 'Thursdays', 'Fridays', 'Saturdays'];

/**
 * The opening windows of a local date, sorted, with overlapping or touching entries merged
 * (09:00–12:00 plus 12:00–17:00 is one window). Times are wall clock: on a DST day a window
 * 09:00–17:00 is 7 or 9 hours long, and it is converted with the same gap/overlap rules as zonedToUtc.
 */
export function windowsOn(date: string, hours: readonly BusinessHours[], zone: string): OpenWindow[] {
  const weekday = weekdayOf(date);
  const spans = hours
    .filter((h) => h.weekday === weekday)
    .map((h) => {
      const open = parseClock(h.open, 'Opening time');
      const close = parseClock(h.close, 'Closing time', true);
      if (close <= open) throw new Error(`Business hours ${h.open}–${h.close}: closing time must be after opening time`);
      return { open, close };
    })
    .sort((a, b) => a.open - b.open);
  const merged: { open: number; close: number }[] = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s.open <= last.close) last.close = Math.max(last.close, s.close);
    else merged.push({ ...s });
  }
  return merged.map(({ open, close }) => ({
    open,
    close,
    start: localToMs(date, open, zone),
    end: close === 1440 ? localToMs(addDays(date, 1), 0, zone) : localToMs(date, close, zone),
  }));
}

export function isClosedDate(date: string, hours: readonly BusinessHours[], closed: ReadonlySet<string>): boolean {
  const weekday = weekdayOf(date);
  return closed.has(date) || !hours.some((h) => h.weekday === weekday);
}

function dayLabel(ms: number, zone: string): string {
  return format(new TZDate(ms, zone), 'EEE d MMM'); // "Tue 1 Dec"
}

/**
 * ok when the whole interval lies inside one opening window of its local start day and that day
 * is neither a closed date nor a weekday without hours. The messages are written for the owner.
 */
export function checkBusinessHours(interval: Interval, hours: readonly BusinessHours[], closedDays: readonly string[], zone: string): HoursCheck {
  assertZone(zone);
  const start = parseInstant(interval.start, 'Start');
  const end = parseInstant(interval.end, 'End');
  if (end <= start) throw new Error('The appointment must end after it starts');
  const from = zonedParts(start, zone);
  const to = zonedParts(end, zone);
  for (const d of closedDays) assertDate(d, 'Closed day');

  if (closedDays.includes(from.date)) {
    const [y, m, d] = from.date.split('-').map(Number) as [number, number, number];
    return { ok: false, reason: 'closed_day', message: `${format(new TZDate(y, m - 1, d, 'UTC'), 'd MMM yyyy')} is marked as a closed day` };
  }
  const windows = windowsOn(from.date, hours, zone);
  if (!windows.length) {
    return { ok: false, reason: 'closed_day', message: `${dayLabel(start, zone)}: the clinic is closed on ${WEEKDAY_PLURAL[from.weekday]}` };
  }
  if (windows.some((w) => start >= w.start && end <= w.end)) return { ok: true };

  const open = windows.map((w) => `${formatClock(w.open)}–${formatClock(w.close)}`).join(' and ');
  const nextDay = to.date !== from.date ? ` (${dayLabel(end, zone)})` : '';
  return {
    ok: false,
    reason: 'outside_hours',
    message: `${dayLabel(start, zone)}: open ${open}; this appointment runs ${from.time}–${to.time}${nextDay}`,
  };
}
