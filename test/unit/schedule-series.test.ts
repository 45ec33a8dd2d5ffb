import { describe, expect, it } from 'vitest';
import { generateSeries, utcToZoned, type SeriesOccurrence, type SeriesRule } from '../../shared/domain/schedule';

const NY = 'America/New_York';
const BERLIN = 'Europe/Berlin';

const real = (s: SeriesOccurrence[]) => s.filter((o) => !o.skipped);
const hourZ = (iso: string) => iso.slice(11, 16);

describe('generateSeries across DST', () => {
  const tuesdays: SeriesRule = { startDate: '2026-10-13', time: '10:00', lengthMinutes: 60, weekdays: [2], weeks: 8 };

  it('America/New_York: weekly for 8 weeks, Tuesdays 10:00 keeps 10:00 local; UTC moves 14:00Z → 15:00Z after 1 Nov', () => {
    const s = generateSeries(tuesdays, NY, []);
    expect(s.map((o) => o.date)).toEqual(['2026-10-13', '2026-10-20', '2026-10-27', '2026-11-03', '2026-11-10', '2026-11-17', '2026-11-24', '2026-12-01']);
    expect(s.map((o) => hourZ(o.start))).toEqual(['14:00', '14:00', '14:00', '15:00', '15:00', '15:00', '15:00', '15:00']);
    for (const o of s) {
      expect(utcToZoned(o.start, NY)).toMatchObject({ date: o.date, time: '10:00', weekday: 2 });
      expect(utcToZoned(o.end, NY).time).toBe('11:00');
      expect(Date.parse(o.end) - Date.parse(o.start)).toBe(60 * 60_000);
      expect(o.skipped).toBeUndefined();
    }
    expect(s[0]).toEqual({ date: '2026-10-13', start: '2026-10-13T14:00:00.000Z', end: '2026-10-13T15:00:00.000Z' });
  });

  it('the same rule with count: 8 gives the same series', () => {
    const { weeks: _weeks, ...rest } = tuesdays;
    expect(generateSeries({ ...rest, count: 8 }, NY, [])).toEqual(generateSeries(tuesdays, NY, []));
  });

  it('Europe/Berlin across 25 Oct 2026: 08:00Z → 09:00Z', () => {
    const s = generateSeries(tuesdays, BERLIN, []);
    expect(s).toHaveLength(8);
    expect(s.map((o) => hourZ(o.start))).toEqual(['08:00', '08:00', '09:00', '09:00', '09:00', '09:00', '09:00', '09:00']);
    for (const o of s) expect(utcToZoned(o.start, BERLIN).time).toBe('10:00');
  });

  it('spring forward in New York (8 Mar 2026): 15:00Z → 14:00Z', () => {
    const s = generateSeries({ startDate: '2026-02-24', time: '10:00', lengthMinutes: 50, count: 4 }, NY, []);
    expect(s.map((o) => o.start)).toEqual(['2026-02-24T15:00:00.000Z', '2026-03-03T15:00:00.000Z', '2026-03-10T14:00:00.000Z', '2026-03-17T14:00:00.000Z']);
    for (const o of s) expect(utcToZoned(o.start, NY).time).toBe('10:00');
  });

  it('spring forward in Berlin (29 Mar 2026): 09:00Z → 08:00Z', () => {
    const s = generateSeries({ startDate: '2026-03-17', time: '10:00', lengthMinutes: 50, count: 4 }, BERLIN, []);
    expect(s.map((o) => o.start)).toEqual(['2026-03-17T09:00:00.000Z', '2026-03-24T09:00:00.000Z', '2026-03-31T08:00:00.000Z', '2026-04-07T08:00:00.000Z']);
  });

  it('a Sunday series at a time that falls in the gap moves forward by the gap that day only', () => {
    const s = generateSeries({ startDate: '2026-03-01', time: '02:30', lengthMinutes: 60, count: 3 }, NY, []);
    expect(s.map((o) => utcToZoned(o.start, NY).time)).toEqual(['02:30', '03:30', '02:30']);
    expect(s.map((o) => o.start)).toEqual(['2026-03-01T07:30:00.000Z', '2026-03-08T07:30:00.000Z', '2026-03-15T06:30:00.000Z']);
  });

  it('a series in the fall-back hour takes the first 01:30', () => {
    const s = generateSeries({ startDate: '2026-10-25', time: '01:30', lengthMinutes: 30, count: 2 }, NY, []);
    expect(s.map((o) => o.start)).toEqual(['2026-10-25T05:30:00.000Z', '2026-11-01T05:30:00.000Z']);
  });
});

describe('generateSeries patterns', () => {
  it('twice a week (Mon + Thu) for 4 weeks', () => {
    const s = generateSeries({ startDate: '2026-10-05', time: '09:00', lengthMinutes: 60, weekdays: [1, 4], weeks: 4 }, NY, []);
    expect(s.map((o) => o.date)).toEqual(['2026-10-05', '2026-10-08', '2026-10-12', '2026-10-15', '2026-10-19', '2026-10-22', '2026-10-26', '2026-10-29']);
    expect(s.every((o) => utcToZoned(o.start, NY).time === '09:00')).toBe(true);
  });

  it('twice a week (Thu + Mon, listed in any order) starting on a Thursday, 6 visits', () => {
    const s = generateSeries({ startDate: '2026-10-08', time: '09:00', lengthMinutes: 60, weekdays: [4, 1, 4], count: 6 }, NY, []);
    expect(s.map((o) => o.date)).toEqual(['2026-10-08', '2026-10-12', '2026-10-15', '2026-10-19', '2026-10-22', '2026-10-26']);
  });

  it('every 2 weeks, by count and by weeks', () => {
    const byCount = generateSeries({ startDate: '2026-10-13', time: '10:00', lengthMinutes: 60, count: 4, everyNWeeks: 2 }, NY, []);
    expect(byCount.map((o) => o.date)).toEqual(['2026-10-13', '2026-10-27', '2026-11-10', '2026-11-24']);
    expect(byCount.map((o) => hourZ(o.start))).toEqual(['14:00', '14:00', '15:00', '15:00']);
    // "every 2 weeks for 8 weeks" spans 8 weeks: visits in weeks 1, 3, 5 and 7.
    const byWeeks = generateSeries({ startDate: '2026-10-13', time: '10:00', lengthMinutes: 60, weeks: 8, everyNWeeks: 2 }, NY, []);
    expect(byWeeks).toEqual(byCount);
  });

  it('every 3 weeks on Mon + Fri', () => {
    const s = generateSeries({ startDate: '2026-10-05', time: '09:00', lengthMinutes: 60, weekdays: [1, 5], count: 4, everyNWeeks: 3 }, NY, []);
    expect(s.map((o) => o.date)).toEqual(['2026-10-05', '2026-10-09', '2026-10-26', '2026-10-30']);
  });

  it('defaults to the weekday of the start date', () => {
    const s = generateSeries({ startDate: '2026-12-03', time: '11:15', lengthMinutes: 45, count: 3 }, 'UTC', []);
    expect(s).toEqual([
      { date: '2026-12-03', start: '2026-12-03T11:15:00.000Z', end: '2026-12-03T12:00:00.000Z' },
      { date: '2026-12-10', start: '2026-12-10T11:15:00.000Z', end: '2026-12-10T12:00:00.000Z' },
      { date: '2026-12-17', start: '2026-12-17T11:15:00.000Z', end: '2026-12-17T12:00:00.000Z' },
    ]);
  });

  it('starts at the first listed weekday on or after the start date', () => {
    const s = generateSeries({ startDate: '2026-10-14', time: '10:00', lengthMinutes: 60, weekdays: [2], count: 2 }, NY, []);
    expect(s.map((o) => o.date)).toEqual(['2026-10-20', '2026-10-27']);
  });

  it('with both count and weeks, whichever ends first', () => {
    const rule = { startDate: '2026-10-13', time: '10:00', lengthMinutes: 60 };
    expect(generateSeries({ ...rule, count: 3, weeks: 8 }, NY, [])).toHaveLength(3);
    expect(generateSeries({ ...rule, count: 8, weeks: 2 }, NY, [])).toHaveLength(2);
  });

  it('crosses a year end', () => {
    const s = generateSeries({ startDate: '2026-12-22', time: '10:00', lengthMinutes: 60, count: 3 }, BERLIN, []);
    expect(s.map((o) => o.date)).toEqual(['2026-12-22', '2026-12-29', '2027-01-05']);
  });
});

describe('generateSeries closed days', () => {
  const rule: SeriesRule = { startDate: '2026-12-08', time: '10:00', lengthMinutes: 60, weekdays: [2], count: 8 };

  it('a closed Tuesday is returned as skipped and the series still has 8 real occurrences', () => {
    const s = generateSeries(rule, NY, ['2026-12-22', '2026-12-25', '2026-12-29']);
    expect(s).toHaveLength(10);
    expect(real(s)).toHaveLength(8);
    expect(s.filter((o) => o.skipped).map((o) => o.date)).toEqual(['2026-12-22', '2026-12-29']);
    expect(s[2]).toEqual({ date: '2026-12-22', start: '2026-12-22T15:00:00.000Z', end: '2026-12-22T16:00:00.000Z', skipped: 'closed_day' });
    expect(s.at(-1)?.date).toBe('2027-02-09'); // two weeks later than without closures
    expect(generateSeries(rule, NY, []).at(-1)?.date).toBe('2027-01-26');
  });

  it('for N weeks the span is fixed: a closed day is skipped, not made up', () => {
    const { count: _count, ...rest } = rule;
    const s = generateSeries({ ...rest, weeks: 8 }, NY, ['2026-12-22']);
    expect(s).toHaveLength(8);
    expect(real(s)).toHaveLength(7);
    expect(s[2]?.skipped).toBe('closed_day');
  });

  it('closed days off the pattern change nothing', () => {
    expect(generateSeries(rule, NY, ['2026-12-25', '2026-12-24'])).toEqual(generateSeries(rule, NY, []));
  });

  it('terminates even when many pattern days are closed', () => {
    const closed = Array.from({ length: 300 }, (_, i) => new Date(Date.UTC(2026, 11, 8 + i)).toISOString().slice(0, 10));
    const s = generateSeries({ ...rule, count: 2 }, NY, closed);
    expect(real(s).map((o) => o.date)).toEqual(['2027-10-05', '2027-10-12']);
    expect(s.filter((o) => o.skipped)).toHaveLength(43);
  });
});

describe('generateSeries limits and bad rules', () => {
  const base = { startDate: '2026-10-13', time: '10:00', lengthMinutes: 60 };

  it('caps a series at 200 occurrences', () => {
    expect(generateSeries({ ...base, count: 500 }, NY, [])).toHaveLength(200);
    expect(generateSeries({ ...base, weeks: 1000 }, NY, [])).toHaveLength(200);
    const daily = generateSeries({ ...base, weekdays: [0, 1, 2, 3, 4, 5, 6], count: 10_000 }, NY, []);
    expect(daily).toHaveLength(200);
    expect(daily.at(-1)?.date).toBe('2027-04-30');
    expect(generateSeries({ ...base, count: 200 }, NY, [])).toHaveLength(200);
    expect(real(generateSeries({ ...base, count: 500 }, NY, ['2026-10-20']))).toHaveLength(200);
  });

  it.each<[string, Partial<SeriesRule>, RegExp]>([
    ['neither count nor weeks', {}, /number of visits or a number of weeks/],
    ['length 0', { count: 8, lengthMinutes: 0 }, /more than 0 minutes/],
    ['negative length', { count: 8, lengthMinutes: -30 }, /more than 0 minutes/],
    ['NaN length', { count: 8, lengthMinutes: Number.NaN }, /more than 0 minutes/],
    ['count 0', { count: 0 }, /Number of visits/],
    ['fractional count', { count: 2.5 }, /Number of visits/],
    ['weeks 0', { weeks: 0 }, /Number of weeks/],
    ['every 0 weeks', { count: 8, everyNWeeks: 0 }, /Repeat every/],
    ['no weekdays', { count: 8, weekdays: [] }, /at least one weekday/],
    ['weekday 7', { count: 8, weekdays: [7 as 0] }, /Weekday must be 0/],
    ['bad start date', { count: 8, startDate: '2026-02-30' }, /Series start date/],
    ['bad time', { count: 8, time: '25:00' }, /Series time/],
  ])('throws for %s', (_name, patch, message) => {
    expect(() => generateSeries({ ...base, ...patch }, NY, [])).toThrow(message);
  });

  it('throws for an unknown zone and malformed closed days', () => {
    expect(() => generateSeries({ ...base, count: 2 }, 'Europe/Atlantis', [])).toThrow(/Unknown time zone/);
    expect(() => generateSeries({ ...base, count: 2 }, NY, ['25/12/2026'])).toThrow(/Closed day/);
  });
});
