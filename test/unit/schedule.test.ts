import { describe, expect, it } from 'vitest';
import { addMinutes, appointmentClashes, overlaps, utcToZoned, zonedToUtc, type Interval } from '../../shared/domain/schedule';

const NY = 'America/New_York';
const BERLIN = 'Europe/Berlin';
const SYDNEY = 'Australia/Sydney';

const iv = (start: string, end: string): Interval => ({ start, end });

describe('overlaps (half-open intervals)', () => {
  const a = iv('2026-12-01T14:00:00.000Z', '2026-12-01T15:00:00.000Z');
  it.each([
    ['touching at the end', iv('2026-12-01T15:00:00.000Z', '2026-12-01T16:00:00.000Z'), false],
    ['touching at the start', iv('2026-12-01T13:00:00.000Z', '2026-12-01T14:00:00.000Z'), false],
    ['contained', iv('2026-12-01T14:15:00.000Z', '2026-12-01T14:45:00.000Z'), true],
    ['containing', iv('2026-12-01T13:00:00.000Z', '2026-12-01T16:00:00.000Z'), true],
    ['identical', iv('2026-12-01T14:00:00.000Z', '2026-12-01T15:00:00.000Z'), true],
    ['partly, later', iv('2026-12-01T14:59:00.000Z', '2026-12-01T16:00:00.000Z'), true],
    ['partly, earlier', iv('2026-12-01T13:00:00.000Z', '2026-12-01T14:01:00.000Z'), true],
    ['disjoint before', iv('2026-12-01T10:00:00.000Z', '2026-12-01T11:00:00.000Z'), false],
    ['disjoint after', iv('2026-12-02T14:00:00.000Z', '2026-12-02T15:00:00.000Z'), false],
    ['empty, inside', iv('2026-12-01T14:30:00.000Z', '2026-12-01T14:30:00.000Z'), false],
  ])('%s → %s', (_name, b, expected) => {
    expect(overlaps(a, b)).toBe(expected);
    expect(overlaps(b, a)).toBe(expected);
  });

  it('compares instants, not text (offsets and missing milliseconds)', () => {
    expect(overlaps(a, iv('2026-12-01T09:30:00-05:00', '2026-12-01T10:30:00-05:00'))).toBe(true);
    expect(overlaps(a, iv('2026-12-01T15:00:00Z', '2026-12-01T16:00:00Z'))).toBe(false);
  });

  it('refuses an instant without an offset (it would silently mean the machine’s local time)', () => {
    expect(() => overlaps(a, iv('2026-12-01T14:00:00', '2026-12-01T15:00:00'))).toThrow(/UTC ISO-8601/);
    expect(() => overlaps(a, iv('not a time', '2026-12-01T15:00:00Z'))).toThrow(/not a UTC ISO-8601 instant/);
  });
});

describe('addMinutes', () => {
  it('returns toISOString() form', () => {
    expect(addMinutes('2026-12-01T14:00:00Z', 60)).toBe('2026-12-01T15:00:00.000Z');
    expect(addMinutes('2026-12-01T14:00:00.000Z', -90)).toBe('2026-12-01T12:30:00.000Z');
    expect(addMinutes('2026-12-01T09:00:00-05:00', 0)).toBe('2026-12-01T14:00:00.000Z');
  });
  it('adds elapsed time, so across a DST change the wall clock moves by ±1 h more', () => {
    // 01:30 EDT + 60 min = 01:30 EST on fall-back day.
    const start = zonedToUtc('2026-11-01', '01:30', NY);
    const end = addMinutes(start, 60);
    expect(end).toBe('2026-11-01T06:30:00.000Z');
    expect(utcToZoned(end, NY).time).toBe('01:30');
  });
  it('throws on bad input', () => {
    expect(() => addMinutes('2026-12-01', 10)).toThrow();
    expect(() => addMinutes('2026-12-01T14:00:00Z', Number.NaN)).toThrow();
  });
});

describe('zonedToUtc / utcToZoned on ordinary days', () => {
  it.each([
    [NY, '2026-12-01', '09:00', '2026-12-01T14:00:00.000Z', 2],
    [NY, '2026-07-01', '09:00', '2026-07-01T13:00:00.000Z', 3],
    [BERLIN, '2026-12-01', '09:00', '2026-12-01T08:00:00.000Z', 2],
    [BERLIN, '2026-07-01', '09:00', '2026-07-01T07:00:00.000Z', 3],
    [SYDNEY, '2026-07-01', '09:00', '2026-06-30T23:00:00.000Z', 3],
    [SYDNEY, '2026-12-01', '09:00', '2026-11-30T22:00:00.000Z', 2],
    ['UTC', '2026-12-01', '09:00', '2026-12-01T09:00:00.000Z', 2],
    [NY, '2026-12-31', '23:59', '2027-01-01T04:59:00.000Z', 4],
    [SYDNEY, '2027-01-01', '00:00', '2026-12-31T13:00:00.000Z', 5],
  ])('%s %s %s ↔ %s', (zone, date, time, utc, weekday) => {
    expect(zonedToUtc(date, time, zone)).toBe(utc);
    const back = utcToZoned(utc, zone);
    expect(back).toEqual({ date, time, weekday, minutesOfDay: Number(time.slice(0, 2)) * 60 + Number(time.slice(3)) });
  });

  it('drops seconds when reading a wall clock', () => {
    expect(utcToZoned('2026-12-01T14:07:59.999Z', NY)).toMatchObject({ time: '09:07', minutesOfDay: 547 });
  });

  it('refuses unknown zones, bad dates and bad times with clear messages', () => {
    expect(() => zonedToUtc('2026-12-01', '09:00', 'Mars/Olympus_Mons')).toThrow(/Unknown time zone "Mars\/Olympus_Mons"/);
    expect(() => zonedToUtc('2026-12-01', '09:00', '')).toThrow(/Unknown time zone/);
    expect(() => utcToZoned('2026-12-01T14:00:00Z', 'Not/AZone')).toThrow(/Unknown time zone/);
    expect(() => zonedToUtc('2026-02-30', '09:00', NY)).toThrow(/not a calendar date/);
    expect(() => zonedToUtc('2026-12-01', '24:00', NY)).toThrow(/not a time/);
    expect(() => zonedToUtc('2026-12-01', '9:00', NY)).toThrow(/not a time/);
    expect(() => zonedToUtc('2026-12-01', '09:60', NY)).toThrow(/not a time/);
  });
});

// The DST days of 2026. US: spring forward Sun 8 Mar 02:00 EST (07:00Z), fall back Sun 1 Nov 02:00
// EDT (06:00Z). EU: 29 Mar and 25 Oct at 01:00Z. Sydney: back Sun 5 Apr 03:00 AEDT (16:00Z on
// 4 Apr), forward Sun 4 Oct 02:00 AEST (16:00Z on 3 Oct).
describe('zonedToUtc on DST days', () => {
  it.each([
    // zone, date, wall time, expected UTC, note
    [NY, '2026-03-08', '01:59', '2026-03-08T06:59:00.000Z', 'last EST minute'],
    [NY, '2026-03-08', '02:00', '2026-03-08T07:00:00.000Z', 'gap start → 03:00 EDT'],
    [NY, '2026-03-08', '02:30', '2026-03-08T07:30:00.000Z', 'gap → 03:30 EDT'],
    [NY, '2026-03-08', '03:00', '2026-03-08T07:00:00.000Z', 'first EDT minute'],
    [NY, '2026-03-08', '03:30', '2026-03-08T07:30:00.000Z', 'EDT'],
    [NY, '2026-11-01', '00:59', '2026-11-01T04:59:00.000Z', 'before overlap'],
    [NY, '2026-11-01', '01:00', '2026-11-01T05:00:00.000Z', 'overlap → earlier (EDT)'],
    [NY, '2026-11-01', '01:30', '2026-11-01T05:30:00.000Z', 'overlap → earlier (EDT)'],
    [NY, '2026-11-01', '01:59', '2026-11-01T05:59:00.000Z', 'overlap → earlier (EDT)'],
    [NY, '2026-11-01', '02:00', '2026-11-01T07:00:00.000Z', 'EST'],
    [BERLIN, '2026-03-29', '01:59', '2026-03-29T00:59:00.000Z', 'last CET minute'],
    [BERLIN, '2026-03-29', '02:30', '2026-03-29T01:30:00.000Z', 'gap → 03:30 CEST'],
    [BERLIN, '2026-03-29', '03:00', '2026-03-29T01:00:00.000Z', 'first CEST minute'],
    [BERLIN, '2026-10-25', '01:59', '2026-10-24T23:59:00.000Z', 'before overlap'],
    [BERLIN, '2026-10-25', '02:00', '2026-10-25T00:00:00.000Z', 'overlap → earlier (CEST)'],
    [BERLIN, '2026-10-25', '02:30', '2026-10-25T00:30:00.000Z', 'overlap → earlier (CEST)'],
    [BERLIN, '2026-10-25', '03:00', '2026-10-25T02:00:00.000Z', 'CET'],
    [SYDNEY, '2026-04-05', '02:30', '2026-04-04T15:30:00.000Z', 'overlap → earlier (AEDT)'],
    [SYDNEY, '2026-04-05', '03:00', '2026-04-04T17:00:00.000Z', 'AEST'],
    [SYDNEY, '2026-10-04', '02:30', '2026-10-03T16:30:00.000Z', 'gap → 03:30 AEDT'],
    [SYDNEY, '2026-10-04', '03:00', '2026-10-03T16:00:00.000Z', 'first AEDT minute'],
    ['UTC', '2026-03-29', '02:30', '2026-03-29T02:30:00.000Z', 'no DST'],
    ['Australia/Lord_Howe', '2026-10-04', '02:15', '2026-10-03T15:45:00.000Z', 'half-hour gap → 02:45'],
    ['Australia/Lord_Howe', '2026-04-05', '01:45', '2026-04-04T14:45:00.000Z', 'half-hour overlap → earlier'],
  ])('%s %s %s → %s (%s)', (zone, date, time, utc) => {
    expect(zonedToUtc(date, time, zone)).toBe(utc);
  });

  it('a wall time in the gap reads back shifted forward by the gap', () => {
    expect(utcToZoned(zonedToUtc('2026-03-08', '02:30', NY), NY)).toMatchObject({ date: '2026-03-08', time: '03:30' });
    expect(utcToZoned(zonedToUtc('2026-03-29', '02:15', BERLIN), BERLIN)).toMatchObject({ date: '2026-03-29', time: '03:15' });
    expect(utcToZoned(zonedToUtc('2026-10-04', '02:45', SYDNEY), SYDNEY)).toMatchObject({ date: '2026-10-04', time: '03:45' });
  });

  it('both passes through the fall-back hour read as the same wall time', () => {
    expect(utcToZoned('2026-11-01T05:30:00.000Z', NY)).toMatchObject({ date: '2026-11-01', time: '01:30', weekday: 0, minutesOfDay: 90 });
    expect(utcToZoned('2026-11-01T06:30:00.000Z', NY)).toMatchObject({ date: '2026-11-01', time: '01:30', weekday: 0, minutesOfDay: 90 });
    expect(utcToZoned('2026-10-25T00:30:00.000Z', BERLIN).time).toBe('02:30');
    expect(utcToZoned('2026-10-25T01:30:00.000Z', BERLIN).time).toBe('02:30');
  });
});

describe('round trips around every 2026 transition', () => {
  const transitions: [string, string, number][] = [
    // zone, transition instant, offset change in minutes (+60 spring forward, -60 fall back)
    [NY, '2026-03-08T07:00:00.000Z', 60],
    [NY, '2026-11-01T06:00:00.000Z', -60],
    [BERLIN, '2026-03-29T01:00:00.000Z', 60],
    [BERLIN, '2026-10-25T01:00:00.000Z', -60],
    [SYDNEY, '2026-10-03T16:00:00.000Z', 60],
    [SYDNEY, '2026-04-04T16:00:00.000Z', -60],
    ['UTC', '2026-03-29T01:00:00.000Z', 0],
  ];

  it.each(transitions)('%s at %s: instant → wall → instant', (zone, at, change) => {
    const t0 = Date.parse(at);
    for (let m = -6 * 60; m <= 6 * 60; m += 5) {
      const t = new Date(t0 + m * 60_000).toISOString();
      const { date, time } = utcToZoned(t, zone);
      // Only the second pass through a fall-back hour maps back to the first (earlier) pass.
      const secondPass = change < 0 && m >= 0 && m < -change;
      expect(zonedToUtc(date, time, zone)).toBe(secondPass ? addMinutes(t, change) : t);
    }
  });

  it.each(transitions)('%s at %s: every wall minute of the day → instant → wall', (zone, at, change) => {
    const day = utcToZoned(at, zone).date;
    const gapStart = utcToZoned(addMinutes(at, -1), zone).minutesOfDay + 1; // wall clock the gap starts at
    for (let m = 0; m < 1440; m += 5) {
      const time = `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
      const back = utcToZoned(zonedToUtc(day, time, zone), zone);
      const inGap = change > 0 && m >= gapStart && m < gapStart + change;
      expect(back.date).toBe(day);
      expect(back.minutesOfDay).toBe(inGap ? m + change : m);
    }
  });
});

describe('appointmentClashes', () => {
  const appts = [
    { id: 'a', start: '2026-12-01T14:00:00.000Z', end: '2026-12-01T15:00:00.000Z', client: 'Ada' },
    { id: 'b', start: '2026-12-01T15:00:00.000Z', end: '2026-12-01T16:00:00.000Z', client: 'Ben' },
    { id: 'c', start: '2026-12-01T15:30:00.000Z', end: '2026-12-01T16:30:00.000Z', client: 'Cy' },
    { id: 'd', start: '2026-12-01T17:00:00.000Z', end: '2026-12-01T18:00:00.000Z', client: 'Di' },
  ];

  it('returns every overlapping appointment, keeping their own fields', () => {
    const hits = appointmentClashes(iv('2026-12-01T14:30:00.000Z', '2026-12-01T15:45:00.000Z'), appts);
    expect(hits.map((h) => h.id)).toEqual(['a', 'b', 'c']);
    expect(hits[0]?.client).toBe('Ada');
  });

  it('does not count touching appointments', () => {
    expect(appointmentClashes(iv('2026-12-01T16:30:00.000Z', '2026-12-01T17:00:00.000Z'), appts)).toEqual([]);
  });

  it('excludes the appointment being moved', () => {
    // Moving b 30 minutes later: it overlaps its old self and c; only c is a clash.
    const moved = iv('2026-12-01T15:30:00.000Z', '2026-12-01T16:30:00.000Z');
    expect(appointmentClashes(moved, appts, 'b').map((h) => h.id)).toEqual(['c']);
    expect(appointmentClashes(moved, appts).map((h) => h.id)).toEqual(['b', 'c']);
  });

  it('handles no others', () => {
    expect(appointmentClashes(iv('2026-12-01T14:00:00.000Z', '2026-12-01T15:00:00.000Z'), [])).toEqual([]);
  });
});
