import { describe, expect, it } from 'vitest';
import { ageOn, daysInMonth, isIsoDate, isTimeZone, todayIn } from '../../shared/domain/dates';

describe('isIsoDate', () => {
  it.each([
    ['2024-02-29', true], // leap year
    ['2000-02-29', true], // divisible by 400
    ['1900-02-29', false], // divisible by 100, not 400
    ['2023-02-29', false],
    ['2023-02-28', true],
    ['2023-01-31', true],
    ['2023-04-31', false],
    ['2023-12-31', true],
    ['2023-13-01', false],
    ['2023-00-10', false],
    ['2023-01-00', false],
    ['2023-1-01', false],
    ['2023-01-1', false],
    ['23-01-01', false],
    ['2023/01/01', false],
    ['01/12/2023', false],
    [' 2023-01-01', false],
    ['2023-01-01T00:00:00Z', false],
    ['', false],
  ])('%j → %s', (text, expected) => {
    expect(isIsoDate(text)).toBe(expected);
  });

  it('agrees with the days in each month of a leap and a common year', () => {
    const lengths = { 2024: [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31], 2023: [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] };
    for (const [year, months] of Object.entries(lengths)) {
      months.forEach((days, i) => {
        const mm = String(i + 1).padStart(2, '0');
        expect(daysInMonth(Number(year), i + 1)).toBe(days);
        expect(isIsoDate(`${year}-${mm}-${days}`)).toBe(true);
        expect(isIsoDate(`${year}-${mm}-${days + 1}`)).toBe(false);
      });
    }
  });
});

describe('ageOn', () => {
  it.each([
    ['1990-06-15', '2020-06-15', 30], // birthday today
    ['1990-06-15', '2020-06-14', 29], // birthday tomorrow
    ['1990-06-15', '2020-06-16', 30], // birthday yesterday
    ['1990-06-15', '2020-05-20', 29], // an earlier month, later day
    ['1990-06-15', '2020-07-01', 30], // a later month, earlier day
    ['1990-12-31', '2021-01-01', 30],
    ['2020-03-01', '2020-03-01', 0],
    ['2020-03-01', '2021-02-28', 0],
  ])('born %s, on %s → %i', (born, on, age) => {
    expect(ageOn(born, on)).toBe(age);
  });

  // Born on Feb 29: a year older on Mar 1 in common years, on Feb 29 in leap years.
  it.each([
    ['2023-02-28', 22],
    ['2023-03-01', 23],
    ['2024-02-28', 23],
    ['2024-02-29', 24],
    ['2024-03-01', 24],
  ])('born 2000-02-29, on %s → %i', (on, age) => {
    expect(ageOn('2000-02-29', on)).toBe(age);
  });
});

describe('todayIn', () => {
  it('gives different dates on either side of the date line near midnight UTC', () => {
    const lateUtc = new Date('2026-11-27T23:30:00Z');
    expect(todayIn(lateUtc, 'Pacific/Auckland')).toBe('2026-11-28'); // 12:30 next day (NZDT, +13)
    expect(todayIn(lateUtc, 'America/Los_Angeles')).toBe('2026-11-27'); // 15:30 (PST, -8)
    expect(todayIn(lateUtc, 'UTC')).toBe('2026-11-27');

    const earlyUtc = new Date('2026-11-28T00:30:00Z');
    expect(todayIn(earlyUtc, 'UTC')).toBe('2026-11-28');
    expect(todayIn(earlyUtc, 'America/Los_Angeles')).toBe('2026-11-27');
  });

  it('follows daylight saving time', () => {
    // 07:30Z is 00:30 on July 1 in summer (PDT, -7) but 23:30 the day before in winter (PST, -8).
    expect(todayIn(new Date('2026-07-01T07:30:00Z'), 'America/Los_Angeles')).toBe('2026-07-01');
    expect(todayIn(new Date('2026-01-01T07:30:00Z'), 'America/Los_Angeles')).toBe('2025-12-31');
  });

  it('is zero-padded YYYY-MM-DD, and a valid ISO date', () => {
    const today = todayIn(new Date('2026-03-05T12:00:00Z'), 'Europe/Paris');
    expect(today).toBe('2026-03-05');
    expect(isIsoDate(todayIn(new Date()))).toBe(true);
  });
});

describe('isTimeZone', () => {
  it.each(['America/New_York', 'Europe/London', 'Pacific/Auckland', 'America/Argentina/Buenos_Aires', 'America/Port-au-Prince', 'UTC', 'Etc/GMT+5'])(
    '%s is a time zone',
    (zone) => expect(isTimeZone(zone)).toBe(true),
  );

  it.each(['', 'Mars/Olympus', 'America/Nowhere', 'America/New York', 'New_York', '../../etc/passwd', '+05:00', 'America/New_York '])(
    '%j is not',
    (zone) => expect(isTimeZone(zone)).toBe(false),
  );

  it('accepts every zone this runtime lists (the setup screen offers these)', () => {
    const zones = Intl.supportedValuesOf('timeZone');
    expect(zones.length).toBeGreaterThan(300);
    expect(zones.filter((z) => !isTimeZone(z))).toEqual([]);
  });
});
