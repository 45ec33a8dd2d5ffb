// The demo clinic's week: its time zone, opening hours and holidays, the appointment types, and
// the book of 30-minute slots the planner fills without double-booking anyone.
import { addDays, dateOfDayNumber, dayNumber, weekdayOf, zonedToUtc } from '../../../shared/domain/schedule-time';

const MINUTE = 60_000;

export const DEMO_ZONE = 'America/New_York';
const SLOT_MINUTES = 30;
const FIRST_SLOT = 8 * 60; // slot 0 starts at 08:00
/** Opening hours per weekday (minutes after midnight); Sunday closed. */
export const OPENING: Record<number, readonly [number, number] | null> = {
  0: null,
  1: [8 * 60, 19 * 60],
  2: [8 * 60, 19 * 60],
  3: [8 * 60, 19 * 60],
  4: [8 * 60, 19 * 60],
  5: [8 * 60, 19 * 60],
  6: [9 * 60, 14 * 60],
};

/** Appointment types made by migration 0004. */
export const SERVICES = { 60: '01JD0000000000000000SERV01', 30: '01JD0000000000000000SERV02', 75: '01JD0000000000000000SERV03', 90: '01JD0000000000000000SERV04' } as const;
export type Length = keyof typeof SERVICES;

/** The clinic's holidays: New Year, Independence Day, Thanksgiving, Christmas. */
export function holidays(fromYear: number, toYear: number): { date: string; reason: string }[] {
  const days: { date: string; reason: string }[] = [];
  for (let y = fromYear; y <= toYear; y++) {
    const nov1 = `${y}-11-01`;
    const thanksgiving = addDays(nov1, ((4 - weekdayOf(nov1) + 7) % 7) + 21);
    days.push({ date: `${y}-01-01`, reason: 'New Year’s Day' }, { date: `${y}-07-04`, reason: 'Independence Day' }, { date: thanksgiving, reason: 'Thanksgiving' }, { date: `${y}-12-25`, reason: 'Christmas Day' });
  }
  return days;
}

/** Which 30-minute slots of each therapist's day are taken (a bit per slot). Days are day numbers. */
export class Book {
  private taken = new Map<number, number>();
  constructor(private readonly closed: ReadonlySet<number>) {}

  /** The slot mask of `length` minutes from `startMinute`, or null when outside opening hours. */
  private mask(day: number, startMinute: number, length: number): number | null {
    const hours = OPENING[(((day + 4) % 7) + 7) % 7]; // day 0 (1970-01-01) was a Thursday
    if (!hours || this.closed.has(day) || startMinute < hours[0] || startMinute + length > hours[1]) return null;
    const first = (startMinute - FIRST_SLOT) / SLOT_MINUTES;
    const count = Math.ceil(length / SLOT_MINUTES);
    return ((1 << count) - 1) << first;
  }

  tryTake(therapist: number, day: number, startMinute: number, length: number): boolean {
    const mask = this.mask(day, startMinute, length);
    if (mask === null) return false;
    const key = day * 16 + therapist;
    const used = this.taken.get(key) ?? 0;
    if (used & mask) return false;
    this.taken.set(key, used | mask);
    return true;
  }
}

/** The first free slot near the wish: same therapist and day first, then a colleague, then the next days. */
export function findSlot(book: Book, wish: { therapist: number; date: string; startMinute: number; length: number }, therapists: number): { therapist: number; date: string; startMinute: number } | null {
  const shifts = [0, 30, -30, 60, -60, 90, -90, 120, -120, 180, -180, 240, -240];
  const wishDay = dayNumber(wish.date);
  const order = [wish.therapist, ...Array.from({ length: therapists }, (_, t) => t).filter((t) => t !== wish.therapist)];
  for (let day = wishDay; day < wishDay + 4; day++) {
    for (const therapist of order) {
      for (const shift of shifts) {
        if (book.tryTake(therapist, day, wish.startMinute + shift, wish.length)) return { therapist, date: dateOfDayNumber(day), startMinute: wish.startMinute + shift };
      }
    }
  }
  return null;
}

export const hhmm = (minute: number) => `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
const noonOffsets = new Map<string, number>();
/** The instant of a wall-clock minute in the clinic's zone. Opening hours never cross a DST switch (02:00), so the day's noon offset holds. */
export function localInstant(date: string, minute: number): number {
  let offset = noonOffsets.get(date);
  if (offset === undefined) noonOffsets.set(date, (offset = Date.parse(`${date}T12:00:00Z`) - Date.parse(zonedToUtc(date, '12:00', DEMO_ZONE))));
  return Date.parse(`${date}T00:00:00Z`) + minute * MINUTE - offset;
}
