// How printed documents write dates, times and names. Paper is read by people outside the app
// (a physician, an insurer), so dates are spelled out: "27 November 2026", never 11/27/26.
import { isIsoDate, todayIn } from '../domain/dates';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** '2026-11-27' → '27 November 2026'; '' stays ''; anything that is not a date is printed as is. */
export function formatDate(isoDate: string): string {
  if (!isIsoDate(isoDate)) return isoDate;
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** The calendar date (YYYY-MM-DD) of an instant where the clinic is. */
export function dateIn(instant: string, timeZone: string): string {
  return todayIn(new Date(instant), timeZone);
}

/** An instant as the clinic reads it: '27 November 2026 at 10:00 AM EST'. */
export function formatDateTime(instant: string, timeZone: string): string {
  const when = new Date(instant);
  const time = new Intl.DateTimeFormat('en-US', { timeZone, hour: 'numeric', minute: '2-digit', timeZoneName: 'short' }).format(when);
  return `${formatDate(todayIn(when, timeZone))} at ${time}`;
}

export interface PersonName {
  legalFirstName: string;
  legalLastName: string;
}

/** 'Eleanor Vance' */
export const fullName = (p: PersonName) => `${p.legalFirstName} ${p.legalLastName}`.trim();
/** 'Vance, Eleanor': how a chart and a file name sort. */
export const sortName = (p: PersonName) => `${p.legalLastName}, ${p.legalFirstName}`;

export interface Signer {
  firstName: string;
  lastName: string;
  credentials: string;
}

/** 'Maya Okafor, LMT' */
export const practitionerName = (p: Signer) => `${p.firstName} ${p.lastName}${p.credentials ? `, ${p.credentials}` : ''}`;

/** Characters Windows, macOS or Linux refuse in a file name, and control characters. */
// eslint-disable-next-line no-control-regex
const ILLEGAL_IN_FILE_NAMES = /[<>:"/\\|?*\u0000-\u001f\u007f]/g;

/**
 * A name that is safe as one file name on every desktop system: no path separators or reserved
 * characters, no leading/trailing dots or spaces, and short enough for any file system.
 */
export function safeFileName(name: string, extension: string): string {
  const base = name
    .normalize('NFC')
    .replace(ILLEGAL_IN_FILE_NAMES, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '')
    .slice(0, 150)
    .trim();
  // Windows refuses these device names even with an extension ("CON.pdf").
  if (/^(con|prn|aux|nul|com\d|lpt\d)$/i.test(base)) return `${base} document.${extension}`;
  return `${base || 'Document'}.${extension}`;
}
