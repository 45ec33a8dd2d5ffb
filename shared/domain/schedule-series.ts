// Appointment series from a treatment plan: "weekly for 8 weeks, Tuesdays 10:00".

import { addDays, assertDate, assertZone, localToMs, MINUTE_MS, parseClock, toIso, weekdayOf, type Weekday } from './schedule-time';

export interface SeriesRule {
  startDate: string; // YYYY-MM-DD, the first day the series may fall on
  time: string; // 'HH:MM' wall clock in the clinic's zone
  lengthMinutes: number;
  /** Default: the weekday of startDate. */
  weekdays?: Weekday[];
  /** Occurrences (closed days do not count). */
  count?: number;
  /** Alternatively: for N weeks, counted in 7-day blocks from startDate (every 2 weeks for 8 weeks = 4 weeks with visits). */
  weeks?: number;
  /** Default 1. */
  everyNWeeks?: number;
}

export interface SeriesOccurrence {
  date: string;
  start: string;
  end: string;
  skipped?: 'closed_day';
}

export const SERIES_CAP = 200;

function positiveInt(value: number | undefined, label: string): number | undefined {
  if (value === undefined) return undefined;
  if (!Number.isInteger(value) || value < 1) throw new Error(`${label} must be a whole number of 1 or more, got ${String(value)}`);
  return value;
}

/**
 * Every occurrence of a series. Weeks are 7-day blocks starting at startDate; with everyNWeeks = n
 * only blocks 0, n, 2n… hold visits. Each occurrence keeps its wall-clock `time` in `zone`, so its
 * UTC start moves by an hour across a DST change (a time inside a spring-forward gap moves forward
 * by the gap, like zonedToUtc); `end` is start + lengthMinutes of elapsed time.
 *
 * A closed date is returned with `skipped: 'closed_day'` and does not count towards `count` (the
 * series runs one occurrence longer); with `weeks` the span is fixed and the closed date is simply
 * skipped. With both `count` and `weeks`, whichever ends first wins. At most 200 non-skipped
 * occurrences are returned (hard cap). Throws for rules with neither count nor weeks, a length of
 * 0 or less, or malformed fields.
 */
export function generateSeries(rule: SeriesRule, zone: string, closedDays: readonly string[]): SeriesOccurrence[] {
  assertZone(zone);
  assertDate(rule.startDate, 'Series start date');
  const minutesOfDay = parseClock(rule.time, 'Series time');
  if (!Number.isFinite(rule.lengthMinutes) || rule.lengthMinutes <= 0) {
    throw new Error(`Appointment length must be more than 0 minutes, got ${String(rule.lengthMinutes)}`);
  }
  const count = positiveInt(rule.count, 'Number of visits');
  const weeks = positiveInt(rule.weeks, 'Number of weeks');
  if (count === undefined && weeks === undefined) throw new Error('A series needs a number of visits or a number of weeks');
  const every = positiveInt(rule.everyNWeeks, 'Repeat every N weeks') ?? 1;
  const weekdays = new Set<number>(rule.weekdays ?? [weekdayOf(rule.startDate)]);
  if (!weekdays.size) throw new Error('A series needs at least one weekday');
  for (const w of weekdays) if (!Number.isInteger(w) || w < 0 || w > 6) throw new Error(`Weekday must be 0 (Sunday) to 6, got ${String(w)}`);
  for (const d of closedDays) assertDate(d, 'Closed day');
  const closed = new Set(closedDays);

  const out: SeriesOccurrence[] = [];
  let booked = 0;
  const limit = Math.min(count ?? SERIES_CAP, SERIES_CAP);
  // Each active block holds at least one of the weekdays; skipped occurrences are bounded by the
  // (finite) closed-day list, so this loop always ends.
  for (let day = 0; booked < limit; day++) {
    const block = Math.floor(day / 7);
    if (weeks !== undefined && block >= weeks) break;
    if (block % every !== 0) {
      day = (block + 1) * 7 - 1; // jump to the next block
      continue;
    }
    const date = addDays(rule.startDate, day);
    if (!weekdays.has(weekdayOf(date))) continue;
    const start = localToMs(date, minutesOfDay, zone);
    const occurrence: SeriesOccurrence = { date, start: toIso(start), end: toIso(start + rule.lengthMinutes * MINUTE_MS) };
    if (closed.has(date)) occurrence.skipped = 'closed_day';
    else booked++;
    out.push(occurrence);
  }
  return out;
}
