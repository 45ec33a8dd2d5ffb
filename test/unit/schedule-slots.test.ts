import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkBusinessHours,
  nearestFreeSlot,
  nextFreeSlot,
  overlaps,
  utcToZoned,
  zonedToUtc,
  type BusinessHours,
  type Interval,
  type SlotQuery,
  type Weekday,
} from '../../shared/domain/schedule';

const NY = 'America/New_York';
const BERLIN = 'Europe/Berlin';

/** Mon–Fri 09:00–17:00, Saturday split shift 09:00–12:00 and 13:00–16:00, Sunday closed. */
const HOURS: BusinessHours[] = [
  ...([1, 2, 3, 4, 5] as Weekday[]).map((weekday) => ({ weekday, open: '09:00', close: '17:00' })),
  { weekday: 6, open: '13:00', close: '16:00' },
  { weekday: 6, open: '09:00', close: '12:00' },
];

/** A local interval in `zone`: date, start and end wall times. */
const at = (date: string, from: string, to: string, zone = NY): Interval => ({ start: zonedToUtc(date, from, zone), end: zonedToUtc(date, to, zone) });

describe('checkBusinessHours', () => {
  it('inside the hours, including exactly opening to closing', () => {
    expect(checkBusinessHours(at('2026-12-01', '10:00', '11:00'), HOURS, [], NY)).toEqual({ ok: true });
    expect(checkBusinessHours(at('2026-12-01', '09:00', '17:00'), HOURS, [], NY)).toEqual({ ok: true });
  });

  it('straddling closing time', () => {
    expect(checkBusinessHours(at('2026-12-01', '16:30', '17:30'), HOURS, [], NY)).toEqual({
      ok: false,
      reason: 'outside_hours',
      message: 'Tue 1 Dec: open 09:00–17:00; this appointment runs 16:30–17:30',
    });
  });

  it('before opening', () => {
    expect(checkBusinessHours(at('2026-12-02', '08:30', '09:30'), HOURS, [], NY)).toEqual({
      ok: false,
      reason: 'outside_hours',
      message: 'Wed 2 Dec: open 09:00–17:00; this appointment runs 08:30–09:30',
    });
  });

  it('judges the clinic’s local day, not the UTC day', () => {
    // 03:00Z on Wed 2 Dec is 22:00 on Tue 1 Dec in New York.
    const late = { start: '2026-12-02T03:00:00.000Z', end: '2026-12-02T04:00:00.000Z' };
    expect(checkBusinessHours(late, HOURS, [], NY)).toMatchObject({ message: 'Tue 1 Dec: open 09:00–17:00; this appointment runs 22:00–23:00' });
  });

  it('running past midnight names the next day', () => {
    const overnight = { start: zonedToUtc('2026-12-01', '23:30', NY), end: zonedToUtc('2026-12-02', '00:30', NY) };
    expect(checkBusinessHours(overnight, HOURS, [], NY)).toMatchObject({ reason: 'outside_hours', message: 'Tue 1 Dec: open 09:00–17:00; this appointment runs 23:30–00:30 (Wed 2 Dec)' });
  });

  it('on a weekday with no hours', () => {
    expect(checkBusinessHours(at('2026-12-06', '10:00', '11:00'), HOURS, [], NY)).toEqual({
      ok: false,
      reason: 'closed_day',
      message: 'Sun 6 Dec: the clinic is closed on Sundays',
    });
    expect(checkBusinessHours(at('2026-12-01', '10:00', '11:00'), [], [], NY)).toMatchObject({ reason: 'closed_day' });
  });

  it('on a closed date', () => {
    expect(checkBusinessHours(at('2026-12-25', '10:00', '11:00'), HOURS, ['2026-12-24', '2026-12-25'], NY)).toEqual({
      ok: false,
      reason: 'closed_day',
      message: '25 Dec 2026 is marked as a closed day',
    });
  });

  it('split shifts: inside either shift, not across the break', () => {
    expect(checkBusinessHours(at('2026-12-05', '09:00', '12:00'), HOURS, [], NY)).toEqual({ ok: true });
    expect(checkBusinessHours(at('2026-12-05', '13:00', '14:00'), HOURS, [], NY)).toEqual({ ok: true });
    expect(checkBusinessHours(at('2026-12-05', '11:30', '12:30'), HOURS, [], NY)).toEqual({
      ok: false,
      reason: 'outside_hours',
      message: 'Sat 5 Dec: open 09:00–12:00 and 13:00–16:00; this appointment runs 11:30–12:30',
    });
    expect(checkBusinessHours(at('2026-12-05', '12:00', '13:00'), HOURS, [], NY)).toMatchObject({ ok: false });
  });

  it('touching or overlapping entries of one weekday count as one window', () => {
    const hours: BusinessHours[] = [
      { weekday: 3, open: '09:00', close: '12:00' },
      { weekday: 3, open: '12:00', close: '15:00' },
      { weekday: 3, open: '14:00', close: '18:00' },
    ];
    expect(checkBusinessHours(at('2026-12-02', '11:30', '17:30'), hours, [], NY)).toEqual({ ok: true });
    expect(checkBusinessHours(at('2026-12-02', '17:30', '18:30'), hours, [], NY)).toMatchObject({ message: 'Wed 2 Dec: open 09:00–18:00; this appointment runs 17:30–18:30' });
  });

  it('uses wall-clock hours on DST days (the fall-back Sunday is 25 hours long)', () => {
    const sunday: BusinessHours[] = [{ weekday: 0, open: '00:00', close: '03:00' }];
    // 00:00 EDT → 03:00 EST is four elapsed hours; 01:30 EST (the second 01:30) is inside.
    expect(checkBusinessHours({ start: '2026-11-01T04:00:00.000Z', end: '2026-11-01T08:00:00.000Z' }, sunday, [], NY)).toEqual({ ok: true });
    expect(checkBusinessHours({ start: '2026-11-01T06:30:00.000Z', end: '2026-11-01T07:30:00.000Z' }, sunday, [], NY)).toEqual({ ok: true });
    expect(checkBusinessHours({ start: '2026-11-01T07:30:00.000Z', end: '2026-11-01T08:30:00.000Z' }, sunday, [], NY)).toMatchObject({ reason: 'outside_hours' });
    // Berlin, Mon after the change: 09:00 CET is 08:00Z, not 07:00Z.
    expect(checkBusinessHours({ start: '2026-10-26T07:30:00.000Z', end: '2026-10-26T08:30:00.000Z' }, HOURS, [], BERLIN)).toMatchObject({ message: 'Mon 26 Oct: open 09:00–17:00; this appointment runs 08:30–09:30' });
  });

  it('accepts 24:00 as closing at midnight', () => {
    const late: BusinessHours[] = [{ weekday: 2, open: '18:00', close: '24:00' }];
    expect(checkBusinessHours(at('2026-12-01', '23:00', '23:59'), late, [], NY)).toEqual({ ok: true });
    expect(checkBusinessHours({ start: zonedToUtc('2026-12-01', '23:00', NY), end: zonedToUtc('2026-12-02', '00:00', NY) }, late, [], NY)).toEqual({ ok: true });
  });

  it('throws on bad input', () => {
    expect(() => checkBusinessHours(at('2026-12-01', '11:00', '10:00'), HOURS, [], NY)).toThrow(/end after it starts/);
    expect(() => checkBusinessHours(at('2026-12-01', '10:00', '10:00'), HOURS, [], NY)).toThrow(/end after it starts/);
    expect(() => checkBusinessHours(at('2026-12-01', '10:00', '11:00'), HOURS, [], 'Nowhere/Special')).toThrow(/Unknown time zone/);
    expect(() => checkBusinessHours(at('2026-12-01', '10:00', '11:00'), [{ weekday: 2, open: '17:00', close: '09:00' }], [], NY)).toThrow(/closing time must be after/);
    expect(() => checkBusinessHours(at('2026-12-01', '10:00', '11:00'), [{ weekday: 2, open: '9am', close: '17:00' }], [], NY)).toThrow(/Opening time/);
  });
});

describe('nextFreeSlot', () => {
  const q = (patch: Partial<SlotQuery> = {}): SlotQuery => ({ lengthMinutes: 60, busy: [], hours: HOURS, closedDays: [], zone: NY, ...patch });

  it('empty day → opening time', () => {
    expect(nextFreeSlot(zonedToUtc('2026-12-01', '06:10', NY), q())).toEqual(at('2026-12-01', '09:00', '10:00'));
  });

  it('rounds up to the local step grid', () => {
    const from = zonedToUtc('2026-12-01', '10:07', NY);
    expect(nextFreeSlot(from, q())?.start).toBe(zonedToUtc('2026-12-01', '10:15', NY));
    expect(nextFreeSlot(from, q({ stepMinutes: 30 }))?.start).toBe(zonedToUtc('2026-12-01', '10:30', NY));
    expect(nextFreeSlot(from, q({ stepMinutes: 5 }))?.start).toBe(zonedToUtc('2026-12-01', '10:10', NY));
    expect(nextFreeSlot('2026-12-01T15:00:00.001Z', q())?.start).toBe('2026-12-01T15:15:00.000Z');
    expect(nextFreeSlot('2026-12-01T15:00:00.000Z', q())?.start).toBe('2026-12-01T15:00:00.000Z');
  });

  it('the grid is local: in Kathmandu (UTC+05:45) the hour starts at :15 UTC', () => {
    const hours: BusinessHours[] = [{ weekday: 2, open: '09:00', close: '17:00' }];
    const slot = nextFreeSlot('2026-12-01T04:00:00.000Z', q({ hours, zone: 'Asia/Kathmandu', stepMinutes: 60 })); // 09:45 local
    expect(slot?.start).toBe('2026-12-01T04:15:00.000Z');
    expect(utcToZoned(slot!.start, 'Asia/Kathmandu').time).toBe('10:00');
  });

  it('after a busy block, with a 15-minute buffer', () => {
    const busy = [at('2026-12-01', '09:00', '10:00')];
    expect(nextFreeSlot(zonedToUtc('2026-12-01', '08:00', NY), q({ busy }))).toEqual(at('2026-12-01', '10:00', '11:00'));
    expect(nextFreeSlot(zonedToUtc('2026-12-01', '08:00', NY), q({ busy, bufferMinutes: 15 }))).toEqual(at('2026-12-01', '10:15', '11:15'));
  });

  it('the buffer also applies before the next busy block', () => {
    const busy = [at('2026-12-01', '09:00', '10:00'), at('2026-12-01', '11:15', '12:00')];
    // 10:15–11:15 would end right where the 11:15 visit starts, inside its 15-minute buffer.
    expect(nextFreeSlot(zonedToUtc('2026-12-01', '08:00', NY), q({ busy, bufferMinutes: 15 }))).toEqual(at('2026-12-01', '12:15', '13:15'));
    expect(nextFreeSlot(zonedToUtc('2026-12-01', '08:00', NY), q({ busy, bufferMinutes: 0 }))).toEqual(at('2026-12-01', '10:00', '11:00'));
  });

  it('a fully booked day moves to the next open day; busy order does not matter', () => {
    const busy = [at('2026-12-01', '13:00', '17:00'), at('2026-12-01', '09:00', '13:00')];
    expect(nextFreeSlot(zonedToUtc('2026-12-01', '08:00', NY), q({ busy }))).toEqual(at('2026-12-02', '09:00', '10:00'));
  });

  it('skips a closed day and a weekend', () => {
    // Fri 25 Dec 2026 is closed, Sat is closed here too and Sun has no hours.
    const noSaturday = HOURS.filter((h) => h.weekday !== 6);
    expect(nextFreeSlot(zonedToUtc('2026-12-24', '17:30', NY), q({ hours: noSaturday, closedDays: ['2026-12-25'] }))).toEqual(at('2026-12-28', '09:00', '10:00'));
    // With Saturday hours it lands in the Saturday morning shift.
    expect(nextFreeSlot(zonedToUtc('2026-12-24', '17:30', NY), q({ closedDays: ['2026-12-25'] }))).toEqual(at('2026-12-26', '09:00', '10:00'));
  });

  it('fits a split shift: a 2.5-hour visit does not fit in the 3-hour morning after a busy hour', () => {
    const busy = [at('2026-12-05', '09:00', '10:00')];
    expect(nextFreeSlot(zonedToUtc('2026-12-05', '08:00', NY), q({ busy, lengthMinutes: 150 }))).toEqual(at('2026-12-05', '13:00', '15:30'));
  });

  it('returns null beyond the horizon', () => {
    expect(nextFreeSlot(zonedToUtc('2026-12-24', '17:30', NY), q({ hours: HOURS.filter((h) => h.weekday !== 6), closedDays: ['2026-12-25'], horizonDays: 3 }))).toBeNull();
    expect(nextFreeSlot(zonedToUtc('2026-12-01', '08:00', NY), q({ hours: [] }))).toBeNull();
    expect(nextFreeSlot(zonedToUtc('2026-12-01', '08:00', NY), q({ lengthMinutes: 9 * 60 }))).toBeNull();
    // Everything booked for 60 days.
    const busy = [{ start: '2026-11-01T00:00:00.000Z', end: '2027-03-01T00:00:00.000Z' }];
    expect(nextFreeSlot('2026-12-01T00:00:00.000Z', q({ busy }))).toBeNull();
    expect(nextFreeSlot('2026-12-01T00:00:00.000Z', q({ busy, horizonDays: 100 }))).toEqual(at('2027-03-01', '09:00', '10:00'));
  });

  it('in the week of the US fall-back change, opening time moves from 13:00Z to 14:00Z', () => {
    expect(nextFreeSlot(zonedToUtc('2026-10-30', '17:00', NY), q())).toEqual({ start: '2026-10-31T13:00:00.000Z', end: '2026-10-31T14:00:00.000Z' });
    expect(nextFreeSlot(zonedToUtc('2026-10-31', '17:00', NY), q())).toEqual({ start: '2026-11-02T14:00:00.000Z', end: '2026-11-02T15:00:00.000Z' });
  });

  it('in the week of the EU change, Berlin opening moves from 07:00Z to 08:00Z', () => {
    expect(nextFreeSlot('2026-10-23T16:00:00.000Z', q({ zone: BERLIN, hours: HOURS.filter((h) => h.weekday !== 6) }))).toEqual({ start: '2026-10-26T08:00:00.000Z', end: '2026-10-26T09:00:00.000Z' });
    expect(nextFreeSlot('2026-10-22T16:00:00.000Z', q({ zone: BERLIN }))).toEqual({ start: '2026-10-23T07:00:00.000Z', end: '2026-10-23T08:00:00.000Z' });
  });

  it('on the fall-back night both passes through 01:00–02:00 are candidates', () => {
    const night: BusinessHours[] = [{ weekday: 0, open: '01:00', close: '03:00' }];
    const busy = [{ start: '2026-11-01T05:00:00.000Z', end: '2026-11-01T06:00:00.000Z' }]; // 01:00–02:00 EDT
    const slot = nextFreeSlot('2026-11-01T00:00:00.000Z', q({ hours: night, busy, lengthMinutes: 30 }));
    expect(slot).toEqual({ start: '2026-11-01T06:00:00.000Z', end: '2026-11-01T06:30:00.000Z' }); // 01:00 EST
    expect(utcToZoned(slot!.start, NY).time).toBe('01:00');
  });

  it('on the spring-forward night the gap is stepped over', () => {
    const night: BusinessHours[] = [{ weekday: 0, open: '01:00', close: '04:00' }];
    const busy = [{ start: '2026-03-08T06:00:00.000Z', end: '2026-03-08T06:50:00.000Z' }]; // 01:00–01:50 EST
    const slot = nextFreeSlot('2026-03-08T00:00:00.000Z', q({ hours: night, busy, lengthMinutes: 30 }));
    expect(slot).toEqual({ start: '2026-03-08T07:00:00.000Z', end: '2026-03-08T07:30:00.000Z' }); // 01:50 EST → 03:00 EDT
    expect(utcToZoned(slot!.start, NY).time).toBe('03:00');
    // A slot may run through the gap: 01:45 EST + 30 min ends at 03:15 EDT.
    const earlier = [{ start: '2026-03-08T06:00:00.000Z', end: '2026-03-08T06:45:00.000Z' }];
    expect(nextFreeSlot('2026-03-08T00:00:00.000Z', q({ hours: night, busy: earlier, lengthMinutes: 30 }))).toEqual({ start: '2026-03-08T06:45:00.000Z', end: '2026-03-08T07:15:00.000Z' });
  });

  it('ignores cancelled-looking empty busy intervals but honours touching ones', () => {
    const busy = [at('2026-12-01', '09:00', '09:00'), at('2026-12-01', '08:00', '09:00')];
    expect(nextFreeSlot(zonedToUtc('2026-12-01', '08:00', NY), q({ busy }))?.start).toBe(zonedToUtc('2026-12-01', '09:00', NY));
  });

  it('throws on a bad query', () => {
    const from = '2026-12-01T12:00:00.000Z';
    expect(() => nextFreeSlot(from, q({ lengthMinutes: 0 }))).toThrow(/more than 0 minutes/);
    expect(() => nextFreeSlot(from, q({ stepMinutes: 0 }))).toThrow(/step/);
    expect(() => nextFreeSlot(from, q({ bufferMinutes: -5 }))).toThrow(/Buffer/);
    expect(() => nextFreeSlot(from, q({ horizonDays: 0 }))).toThrow(/horizon/);
    expect(() => nextFreeSlot(from, q({ zone: 'Moon/Base' }))).toThrow(/Unknown time zone/);
    expect(() => nextFreeSlot('yesterday', q())).toThrow(/Search start/);
  });
});

describe('nearestFreeSlot', () => {
  const q = (busy: Interval[], patch: Partial<SlotQuery> = {}): SlotQuery => ({ lengthMinutes: 60, busy, hours: HOURS, closedDays: [], zone: NY, ...patch });
  const wanted = zonedToUtc('2026-12-01', '11:00', NY);

  it('the wanted time itself when free', () => {
    expect(nearestFreeSlot(wanted, q([]))).toEqual(at('2026-12-01', '11:00', '12:00'));
  });

  it('prefers a closer slot after', () => {
    // 09:00 is 2 h before, 12:30 is 1.5 h after.
    expect(nearestFreeSlot(wanted, q([at('2026-12-01', '10:00', '12:30')]))).toEqual(at('2026-12-01', '12:30', '13:30'));
  });

  it('prefers a closer slot before', () => {
    // 09:30 (ending where the busy block starts) is 1.5 h before, 14:00 is 3 h after.
    expect(nearestFreeSlot(wanted, q([at('2026-12-01', '10:30', '14:00')]))).toEqual(at('2026-12-01', '09:30', '10:30'));
  });

  it('on a tie takes the later one', () => {
    // 09:00 and 13:00 are both 2 h away.
    expect(nearestFreeSlot(wanted, q([at('2026-12-01', '10:00', '13:00')]))).toEqual(at('2026-12-01', '13:00', '14:00'));
  });

  it('an off-grid wanted time snaps to the nearest grid slot', () => {
    expect(nearestFreeSlot(zonedToUtc('2026-12-01', '11:05', NY), q([]))).toEqual(at('2026-12-01', '11:00', '12:00'));
    expect(nearestFreeSlot(zonedToUtc('2026-12-01', '11:10', NY), q([]))).toEqual(at('2026-12-01', '11:15', '12:15'));
  });

  it('respects the buffer', () => {
    expect(nearestFreeSlot(wanted, q([at('2026-12-01', '10:00', '12:30')], { bufferMinutes: 15 }))).toEqual(at('2026-12-01', '12:45', '13:45'));
  });

  it('falls to the next day when the wanted day is full', () => {
    expect(nearestFreeSlot(wanted, q([at('2026-12-01', '09:00', '17:00')]))).toEqual(at('2026-12-02', '09:00', '10:00'));
  });

  it('falls to the next open day when the wanted day is closed', () => {
    expect(nearestFreeSlot(zonedToUtc('2026-12-06', '11:00', NY), q([]))).toEqual(at('2026-12-07', '09:00', '10:00'));
    expect(nearestFreeSlot(wanted, q([], { closedDays: ['2026-12-01', '2026-12-02'] }))).toEqual(at('2026-12-03', '09:00', '10:00'));
  });

  it('a late-evening wanted time takes the last slot of that day', () => {
    expect(nearestFreeSlot(zonedToUtc('2026-12-01', '21:00', NY), q([]))).toEqual(at('2026-12-01', '16:00', '17:00'));
  });
});

describe('property: nextFreeSlot returns a free slot inside hours, and the first one; nearestFreeSlot a free one', () => {
  const zones = [NY, BERLIN, 'Australia/Sydney', 'UTC'];
  // Weeks around the 2026 DST changes, so the property also runs across them.
  const bases = ['2026-03-05', '2026-03-26', '2026-04-02', '2026-10-01', '2026-10-22', '2026-10-29', '2026-12-01'];

  it('holds for random busy sets', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.constantFrom(...bases),
        fc.integer({ min: 0, max: 3 * 1440 }),
        fc.array(
          fc.oneof(
            // Mostly appointments on the quarter hour (so slots often touch their buffers), some anywhere.
            fc.record({ at: fc.integer({ min: 0, max: 6 * 96 }).map((q) => q * 15), minutes: fc.integer({ min: 1, max: 16 }).map((q) => q * 15) }),
            fc.record({ at: fc.integer({ min: 0, max: 6 * 1440 }), minutes: fc.integer({ min: 0, max: 600 }) }),
          ),
          { maxLength: 25 },
        ),
        fc.oneof(fc.constantFrom(30, 45, 60, 90), fc.integer({ min: 15, max: 240 })),
        fc.constantFrom(0, 5, 10, 15, 30),
        fc.constantFrom(5, 10, 15, 20, 30, 60),
        fc.subarray(['2026-03-08', '2026-03-29', '2026-10-25', '2026-11-01', '2026-12-02', '2026-12-03'] as string[]),
        (zone, base, fromMinute, rawBusy, lengthMinutes, bufferMinutes, stepMinutes, closedDays) => {
          const origin = Date.parse(zonedToUtc(base, '00:00', zone));
          const iso = (m: number) => new Date(origin + m * 60_000).toISOString();
          const busy = rawBusy.map((b) => ({ start: iso(b.at), end: iso(b.at + b.minutes) }));
          const from = iso(fromMinute + 0.5); // half a minute: exercises rounding up
          const hours: BusinessHours[] = [
            ...([1, 2, 3, 4, 5] as Weekday[]).map((weekday) => ({ weekday, open: '08:00', close: '18:00' })),
            { weekday: 6, open: '09:00', close: '12:00' },
            { weekday: 6, open: '13:30', close: '17:00' },
            { weekday: 0, open: '01:00', close: '04:00' }, // Sunday night: crosses the DST changes
          ];
          const query: SlotQuery = { lengthMinutes, bufferMinutes, busy, hours, closedDays, zone, stepMinutes, horizonDays: 5 };
          const slot = nextFreeSlot(from, query);

          const free = (start: number): boolean => {
            const candidate = { start: new Date(start).toISOString(), end: new Date(start + lengthMinutes * 60_000).toISOString() };
            if (utcToZoned(candidate.start, zone).minutesOfDay % stepMinutes !== 0) return false;
            if (!checkBusinessHours(candidate, hours, closedDays, zone).ok) return false;
            const widened = busy.filter((b) => b.start < b.end).map((b) => ({ start: iso((Date.parse(b.start) - origin) / 60_000 - bufferMinutes), end: iso((Date.parse(b.end) - origin) / 60_000 + bufferMinutes) }));
            return !widened.some((w) => overlaps(candidate, w));
          };

          // Brute force over every whole minute from `from` to the slot (or the horizon).
          const first = Math.ceil(Date.parse(from) / 60_000) * 60_000;
          const stop = slot ? Date.parse(slot.start) : Date.parse(from) + 5 * 86_400_000;
          if (slot) {
            expect(Date.parse(slot.start)).toBeGreaterThanOrEqual(Date.parse(from));
            expect(Date.parse(slot.end) - Date.parse(slot.start)).toBe(lengthMinutes * 60_000);
            expect(free(Date.parse(slot.start))).toBe(true);
          }
          const near = nearestFreeSlot(from, query);
          if (near) expect(free(Date.parse(near.start))).toBe(true);
          if (slot && utcToZoned(slot.start, zone).date === utcToZoned(from, zone).date) {
            // A free slot later the same day exists, so the nearest one is on that day and no farther away.
            expect(utcToZoned(near!.start, zone).date).toBe(utcToZoned(from, zone).date);
            expect(Math.abs(Date.parse(near!.start) - Date.parse(from))).toBeLessThanOrEqual(Date.parse(slot.start) - Date.parse(from));
          }
          for (let t = first; t < stop; t += 60_000) {
            if (free(t)) expect.fail(`earlier free start ${new Date(t).toISOString()} than ${slot?.start ?? 'null'}`);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
