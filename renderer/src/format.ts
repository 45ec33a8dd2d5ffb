// How client data reads on screen. Display only: no business rules here.
import { ageOn, isIsoDate } from '../../shared/domain/dates';
import type { ClientSummary } from '../../shared/schemas/client';

type Named = Pick<ClientSummary, 'legalFirstName' | 'legalLastName'>;

/** "Jane Doe" */
export function fullName(c: Named): string {
  return `${c.legalFirstName} ${c.legalLastName}`.trim();
}

/** "Doe, Jane" — how lists are sorted and scanned. */
export function sortName(c: Named): string {
  return `${c.legalLastName}, ${c.legalFirstName}`;
}

const dateFormat = new Intl.DateTimeFormat(undefined, {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  timeZone: 'UTC',
});

/** A YYYY-MM-DD calendar date as "Mar 4, 1985" (no time zone shift: it is a date, not an instant). */
export function formatDate(isoDate: string): string {
  if (!isIsoDate(isoDate)) return isoDate;
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return dateFormat.format(new Date(Date.UTC(y, m - 1, d)));
}

/** Age in whole years on `today`, or null when the birth date is not recorded. */
export function ageFrom(dateOfBirth: string, today: string): number | null {
  if (!isIsoDate(dateOfBirth)) return null;
  return ageOn(dateOfBirth, today);
}

/** "Mar 4, 1985 (39)" or "" */
export function birthDateWithAge(dateOfBirth: string, today: string): string {
  const age = ageFrom(dateOfBirth, today);
  return age === null ? '' : `${formatDate(dateOfBirth)} (${age})`;
}

/** Blank values read as an em dash, so an empty field is visibly "not recorded". */
export function orDash(value: string | null | undefined): string {
  return value && value.trim() !== '' ? value : '—';
}

export const SEX_LABELS: Record<string, string> = {
  '': 'Not recorded',
  female: 'Female',
  male: 'Male',
  intersex: 'Intersex',
  unknown: 'Unknown',
};

export const RELATIONSHIP_LABELS: Record<string, string> = {
  '': 'Not recorded',
  self: 'Self',
  spouse: 'Spouse',
  child: 'Child',
  other: 'Other',
};

/** "Nov 27, 2026" for an instant (UTC ISO-8601), on the calendar of the clinic's time zone. */
export function formatInstantDate(iso: string, timeZone: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric', timeZone }).format(date);
}

/** "Nov 27, 2026, 12:04" for an instant, in the clinic's time zone. */
export function formatInstant(iso: string, timeZone: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(undefined, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  }).format(date);
}

/** "12:04:31": when a draft was saved, on this computer's clock. */
export function formatClockTime(date: Date): string {
  return new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' }).format(date);
}

/** "1.2 MB", "340 kB" */
export function formatFileSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} kB`;
  return `${bytes} bytes`;
}
