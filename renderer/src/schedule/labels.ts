// How dates, times and appointments read on the schedule ("Tue 1 Dec", "Week of 30 Nov – 6 Dec
// 2026"). Month and weekday names come from the computer's locale; the order is fixed so a tired
// eye always finds the day number first.
import { STATUS_LABELS, type AppointmentView } from '../../../shared/schemas/schedule';
import { mondayOf, addDays, type ScheduleView } from './calendar';

const utc = (date: string) => new Date(`${date}T12:00:00Z`);
const weekdayShort = new Intl.DateTimeFormat(undefined, { weekday: 'short', timeZone: 'UTC' });
const weekdayLong = new Intl.DateTimeFormat(undefined, { weekday: 'long', timeZone: 'UTC' });
const monthShort = new Intl.DateTimeFormat(undefined, { month: 'short', timeZone: 'UTC' });

const dayOfMonth = (date: string) => Number(date.slice(8, 10));
const year = (date: string) => date.slice(0, 4);

/** "1 Dec" */
export function dayMonth(date: string): string {
  return `${dayOfMonth(date)} ${monthShort.format(utc(date))}`;
}

/** "Tue" */
export function weekdayName(date: string, long = false): string {
  return (long ? weekdayLong : weekdayShort).format(utc(date));
}

/** "Tue 1 Dec" */
export function shortDay(date: string): string {
  return `${weekdayName(date)} ${dayMonth(date)}`;
}

/** "Tuesday 1 Dec 2026" */
export function longDay(date: string): string {
  return `${weekdayName(date, true)} ${dayMonth(date)} ${year(date)}`;
}

/** The toolbar title: "Tuesday 1 Dec 2026" or "Week of 30 Nov – 6 Dec 2026". */
export function rangeTitle(view: ScheduleView, anchor: string): string {
  if (view === 'day') return longDay(anchor);
  const monday = mondayOf(anchor);
  const sunday = addDays(monday, 6);
  const from = year(monday) === year(sunday) ? dayMonth(monday) : `${dayMonth(monday)} ${year(monday)}`;
  return `Week of ${from} – ${dayMonth(sunday)} ${year(sunday)}`;
}

export function minutesBetween(a: AppointmentView): number {
  return Math.round((Date.parse(a.end) - Date.parse(a.start)) / 60_000);
}

/** "10:00–11:00" */
export function timeRange(a: Pick<AppointmentView, 'localStart' | 'localEnd'>): string {
  return `${a.localStart}–${a.localEnd}`;
}

export const INACTIVE_STATUSES: ReadonlySet<string> = new Set(['cancelled', 'late_cancelled', 'no_show']);

export function isInactive(a: Pick<AppointmentView, 'status'>): boolean {
  return INACTIVE_STATUSES.has(a.status);
}

/** Everything a screen reader (and a tooltip) needs about one block, in reading order. */
export function describeAppointment(a: AppointmentView): string {
  const parts = [a.clientName, `${shortDay(a.localDate)} ${timeRange(a)}`, a.serviceName || 'No service', STATUS_LABELS[a.status]];
  if (a.statusReason && isInactive(a)) parts.push(`reason: ${a.statusReason}`);
  if (a.alerts.length > 0) parts.push(`alerts: ${a.alerts.map((x) => x.title).join(', ')}`);
  if (a.referralWarnings.length > 0) parts.push(`referral: ${a.referralWarnings.join(', ')}`);
  if (a.seriesId) parts.push('part of a series');
  return parts.join(', ');
}
