// Calendar dates (birth dates, service dates) are plain `YYYY-MM-DD` text: no time zone, no clock.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `text` is a real calendar date written as YYYY-MM-DD (so 2023-02-29 is false). */
export function isIsoDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

// Building an Intl.DateTimeFormat costs far more than using one, and "today in the clinic's zone"
// is asked on every chart, agenda and calendar call: keep one formatter per named zone.
const formatters = new Map<string, Intl.DateTimeFormat>();
const dayFormatter = (timeZone?: string) => new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today's date as YYYY-MM-DD in the given IANA time zone (the clinic's), or the runtime's zone. */
export function todayIn(now: Date, timeZone?: string): string {
  let formatter = timeZone ? formatters.get(timeZone) : undefined;
  if (!formatter) {
    formatter = dayFormatter(timeZone);
    // The runtime's own zone is not cached: it can change (TZ) while the app runs.
    if (timeZone) formatters.set(timeZone, formatter);
  }
  const parts = formatter.formatToParts(now);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** Whole years between a birth date and `onDate` (both YYYY-MM-DD). */
export function ageOn(birthDate: string, onDate: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = onDate.split('-').map(Number) as [number, number, number];
  let age = y - by;
  if (m < bm || (m === bm && d < bd)) age -= 1;
  return age;
}

/** True when `zone` is an IANA time zone this runtime knows (e.g. America/New_York). */
export function isTimeZone(zone: string): boolean {
  if (!zone || !/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$/.test(zone)) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Whole days from `from` to `to`, both YYYY-MM-DD (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const day = (iso: string) => {
    const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
    return Date.UTC(y, m - 1, d) / 86_400_000;
  };
  return day(to) - day(from);
}
