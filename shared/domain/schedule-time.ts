// Instants, wall clocks and time zones for scheduling (DESIGN.md "Where things live" → Times).
// Instants are UTC ISO-8601 text; a wall-clock time only means something together with the
// clinic's IANA zone. Zone rules come from @date-fns/tz (which reads the runtime's tz database);
// nothing here hard-codes an offset.

import { TZDate, tzOffset } from '@date-fns/tz';
import { isIsoDate, isTimeZone } from './dates';

export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6; // 0 = Sunday

/** UTC ISO-8601 instants, half-open [start, end). */
export interface Interval {
  start: string;
  end: string;
}

export const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/i;
const HHMM = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Milliseconds since the epoch for an ISO instant that names its offset ('Z' or ±HH:MM). */
export function parseInstant(iso: string, label = 'Time'): number {
  const ms = typeof iso === 'string' && INSTANT.test(iso) ? Date.parse(iso) : NaN;
  if (!Number.isFinite(ms)) throw new Error(`${label} "${String(iso)}" is not a UTC ISO-8601 instant like 2026-03-08T14:00:00.000Z`);
  return ms;
}

export function toIso(ms: number): string {
  return new Date(ms).toISOString();
}

/** Minutes after midnight for 'HH:MM' (00:00–23:59); `allowMidnightEnd` also accepts '24:00'. */
export function parseClock(time: string, label = 'Time', allowMidnightEnd = false): number {
  if (allowMidnightEnd && time === '24:00') return 1440;
  const m = typeof time === 'string' ? HHMM.exec(time) : null;
  if (!m) throw new Error(`${label} "${String(time)}" is not a time like 09:30`);
  return Number(m[1]) * 60 + Number(m[2]);
}

export function formatClock(minutesOfDay: number): string {
  const h = Math.floor(minutesOfDay / 60);
  const m = minutesOfDay % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

const knownZones = new Map<string, boolean>();

/** Throws a clear error for a zone the runtime does not know (a typo must not silently mean UTC). */
export function assertZone(zone: string): void {
  let ok = knownZones.get(zone);
  if (ok === undefined) {
    ok = typeof zone === 'string' && isTimeZone(zone) && Number.isFinite(tzOffset(zone, new Date(0)));
    knownZones.set(zone, ok);
  }
  if (!ok) throw new Error(`Unknown time zone "${String(zone)}": use an IANA name like America/New_York`);
}

// ---- plain calendar dates (YYYY-MM-DD): pure calendar arithmetic, no zone involved ----

export function assertDate(date: string, label = 'Date'): void {
  if (!isIsoDate(date)) throw new Error(`${label} "${String(date)}" is not a calendar date like 2026-10-13`);
}

/** Days since 1970-01-01 for a YYYY-MM-DD date. */
export function dayNumber(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
}

export function dateOfDayNumber(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return dateOfDayNumber(dayNumber(date) + days);
}

export function weekdayOf(date: string): Weekday {
  return (((dayNumber(date) + 4) % 7) + 7) % 7 as Weekday; // 1970-01-01 was a Thursday
}

// ---- instants ----

/** Half-open overlap: touching ends do not overlap, and an empty interval overlaps nothing. */
export function overlaps(a: Interval, b: Interval): boolean {
  const as = parseInstant(a.start, 'Start');
  const ae = parseInstant(a.end, 'End');
  const bs = parseInstant(b.start, 'Start');
  const be = parseInstant(b.end, 'End');
  return as < ae && bs < be && as < be && bs < ae;
}

/** `iso` plus elapsed minutes, as UTC ISO with 'Z' and milliseconds (like Date.toISOString()). */
export function addMinutes(iso: string, minutes: number): string {
  if (!Number.isFinite(minutes)) throw new Error(`Minutes must be a number, got ${String(minutes)}`);
  return toIso(parseInstant(iso) + minutes * MINUTE_MS);
}

/** The zone's UTC offset in milliseconds at an instant. */
function offsetMs(zone: string, ms: number): number {
  return Math.round(tzOffset(zone, new Date(ms)) * MINUTE_MS);
}

/** Instant (ms) of a local wall-clock minute on a local date; same DST rules as zonedToUtc. */
export function localToMs(date: string, minutesOfDay: number, zone: string): number {
  // The wall clock read as if it were UTC; the real instant lies within ±14 h of it.
  const wall = dayNumber(date) * DAY_MS + minutesOfDay * MINUTE_MS;
  const before = offsetMs(zone, wall - DAY_MS);
  const after = offsetMs(zone, wall + DAY_MS);
  const valid = [wall - before, wall - after].filter((u) => wall - offsetMs(zone, u) === u);
  // Both valid and different: the fall-back overlap, where this wall clock happens twice → the earlier.
  if (valid.length) return Math.min(...valid);
  // Neither: the spring-forward gap. Reading the clock with the offset from before the gap lands
  // just as far past the gap's end as the wall time was past its start (02:30 → 03:30 in New York).
  return wall - before;
}

/**
 * Wall clock in `zone` → UTC ISO. In a DST gap the time moves forward by the gap (02:30 on a US
 * spring-forward day → 03:30 EDT); in a DST overlap it is the earlier instant (01:30 on a US
 * fall-back day → 01:30 EDT). (This is Temporal's 'compatible' disambiguation. TZDate's own
 * constructor picks the later instant for some zones, so it is not used for this.)
 */
export function zonedToUtc(date: string, time: string, zone: string): string {
  assertDate(date);
  assertZone(zone);
  return toIso(localToMs(date, parseClock(time), zone));
}

export interface ZonedParts {
  date: string;
  time: string;
  weekday: Weekday;
  minutesOfDay: number;
}

/** UTC instant → local date, 'HH:MM' (seconds dropped), weekday and wall-clock minutes after midnight. */
export function utcToZoned(iso: string, zone: string): ZonedParts {
  assertZone(zone);
  return zonedParts(parseInstant(iso), zone);
}

export function zonedParts(ms: number, zone: string): ZonedParts {
  const local = new TZDate(ms, zone);
  const minutesOfDay = local.getHours() * 60 + local.getMinutes();
  const date = `${String(local.getFullYear()).padStart(4, '0')}-${String(local.getMonth() + 1).padStart(2, '0')}-${String(local.getDate()).padStart(2, '0')}`;
  return { date, time: formatClock(minutesOfDay), weekday: local.getDay() as Weekday, minutesOfDay };
}
