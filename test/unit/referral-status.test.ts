import { describe, expect, it } from 'vitest';
import { isValidNpi } from '../../shared/domain/npi';
import { formatReferralBadge, referralStatus, sessionOutsideReferral, shortDate } from '../../shared/domain/referral-status';
import { ReferralInput, ReferralUpdateInput } from '../../shared/schemas/referral';

const CLIENT_ID = '01J9ZK3F6Q8V2W4X5Y6Z7A8B9C';
const GOOD_NPI = '1234567893'; // the CMS worked example

const valid = {
  clientId: CLIENT_ID,
  physicianName: 'Dr. Ana Ruiz',
  physicianNpi: GOOD_NPI,
  diagnoses: ['M54.50'],
  visitsAuthorized: 12,
  startDate: '2025-01-06',
  endDate: '2025-03-03',
};

const issues = (input: unknown) =>
  (ReferralInput.safeParse(input).error?.issues ?? []).map((i) => ({ path: i.path.join('.'), message: i.message }));

describe('ReferralInput', () => {
  it('accepts a referral and fills the defaults', () => {
    expect(isValidNpi(GOOD_NPI)).toBe(true);
    const parsed = ReferralInput.parse({ ...valid, diagnoses: ['m5450', 'M62.830'] });
    expect(parsed).toMatchObject({
      diagnoses: ['M54.50', 'M62.830'],
      physicianPhone: '',
      physicianFax: '',
      physicianPractice: '',
      frequencyPerWeek: null,
      durationWeeks: null,
      authorizationNumber: '',
      notes: '',
    });
    expect(ReferralInput.parse({ ...valid, physicianNpi: '' }).physicianNpi).toBe('');
  });

  it('puts "end before start" on the end date, even beside other errors', () => {
    expect(issues({ ...valid, endDate: '2025-01-05' })).toEqual([{ path: 'endDate', message: 'End date must be on or after the start date' }]);
    expect(issues({ ...valid, endDate: valid.startDate })).toEqual([]); // a one-day referral
    expect(issues({ ...valid, physicianName: '', endDate: '2025-01-05' }).map((i) => i.path)).toEqual(['physicianName', 'endDate']);
    expect(ReferralUpdateInput.safeParse({ id: CLIENT_ID, ...valid, endDate: '2025-01-05' }).error?.issues[0]?.path).toEqual(['endDate']);
  });

  it('refuses negative, fractional and missing visits', () => {
    expect(issues({ ...valid, visitsAuthorized: -1 })).toEqual([{ path: 'visitsAuthorized', message: 'Visits authorized cannot be negative' }]);
    expect(issues({ ...valid, visitsAuthorized: 2.5 })).toEqual([{ path: 'visitsAuthorized', message: 'Visits authorized must be a whole number' }]);
    expect(issues({ ...valid, visitsAuthorized: undefined })).toEqual([{ path: 'visitsAuthorized', message: 'Visits authorized is required' }]);
    expect(issues({ ...valid, visitsAuthorized: 0 })).toEqual([]);
  });

  it('refuses an NPI with a bad check digit', () => {
    expect(issues({ ...valid, physicianNpi: '1234567890' })).toEqual([
      { path: 'physicianNpi', message: 'This NPI fails its check digit: check for a typo' },
    ]);
    expect(issues({ ...valid, physicianNpi: '12345' })).toEqual([{ path: 'physicianNpi', message: 'NPI is 10 digits' }]);
  });

  it('checks each diagnosis and its place in the list', () => {
    expect(issues({ ...valid, diagnoses: ['M54.50', 'M54.5'] })).toEqual([
      { path: 'diagnoses.1', message: expect.stringMatching(/^M54\.5 was deleted in 2021/) },
    ]);
    expect(issues({ ...valid, diagnoses: ['M54.50', 'm5450'] })).toEqual([{ path: 'diagnoses.1', message: 'M54.50 is listed twice' }]);
    expect(issues({ ...valid, diagnoses: [] })).toEqual([{ path: 'diagnoses', message: 'Add at least one diagnosis (ICD-10-CM code)' }]);
    const thirteen = Array.from({ length: 13 }, (_, i) => `M79.${601 + i}`);
    expect(issues({ ...valid, diagnoses: thirteen }).map((i) => i.path)).toEqual(['diagnoses']);
  });

  it('bounds frequency and duration, and refuses bad dates and unknown fields', () => {
    expect(issues({ ...valid, frequencyPerWeek: 8, durationWeeks: 0 }).map((i) => i.path)).toEqual(['frequencyPerWeek', 'durationWeeks']);
    expect(issues({ ...valid, frequencyPerWeek: 2, durationWeeks: 6 })).toEqual([]);
    expect(issues({ ...valid, startDate: '2025-02-30' })).toEqual([{ path: 'startDate', message: 'Start date: enter the date as YYYY-MM-DD' }]);
    expect(issues({ ...valid, endDate: '' })).toEqual([{ path: 'endDate', message: 'End date is required' }]);
    expect(issues({ ...valid, authorizationNumber: 'A'.repeat(61) }).map((i) => i.path)).toEqual(['authorizationNumber']);
    expect(ReferralInput.safeParse({ ...valid, visitsUsed: 3 }).success).toBe(false);
  });
});

describe('referralStatus', () => {
  const referral = { visitsAuthorized: 12, visitsUsed: 4, startDate: '2025-01-06', endDate: '2025-03-03' };
  const codes = (r: Partial<typeof referral>, today: string) => referralStatus({ ...referral, ...r }, today).warnings.map((w) => w.code);

  it('no warnings mid-referral with visits to spare', () => {
    expect(referralStatus(referral, '2025-02-01')).toEqual({ visitsLeft: 8, warnings: [] });
  });

  it('warns at 2 visits left, not at 3; 0 left is its own warning', () => {
    expect(codes({ visitsUsed: 9 }, '2025-02-01')).toEqual([]);
    expect(referralStatus({ ...referral, visitsUsed: 10 }, '2025-02-01')).toEqual({
      visitsLeft: 2,
      warnings: [{ code: 'few_visits_left', message: '2 visits left' }],
    });
    expect(referralStatus({ ...referral, visitsUsed: 11 }, '2025-02-01').warnings[0]?.message).toBe('1 visit left');
    expect(referralStatus({ ...referral, visitsUsed: 12 }, '2025-02-01')).toEqual({
      visitsLeft: 0,
      warnings: [{ code: 'no_visits_left', message: 'No visits left of 12 authorized' }],
    });
    expect(referralStatus({ ...referral, visitsUsed: 14 }, '2025-02-01')).toEqual({
      visitsLeft: 0,
      warnings: [{ code: 'no_visits_left', message: 'No visits left: 14 used of 12 authorized' }],
    });
    expect(codes({ visitsAuthorized: 0, visitsUsed: 0 }, '2025-02-01')).toEqual(['no_visits_left']);
  });

  it('warns 14 days before the end date, not 15', () => {
    expect(codes({}, '2025-02-16')).toEqual([]); // 15 days left
    expect(referralStatus(referral, '2025-02-17').warnings).toEqual([{ code: 'expires_soon', message: 'Referral expires 3 Mar (in 14 days)' }]);
    expect(referralStatus(referral, '2025-03-02').warnings[0]?.message).toBe('Referral expires 3 Mar (tomorrow)');
  });

  it('is still valid on its end date, and expired the day after', () => {
    expect(referralStatus(referral, '2025-03-03').warnings).toEqual([{ code: 'expires_soon', message: 'Referral expires 3 Mar (today)' }]);
    expect(referralStatus(referral, '2025-03-04').warnings).toEqual([{ code: 'expired', message: 'Referral expired 3 Mar' }]);
    expect(referralStatus(referral, '2026-01-10').warnings[0]?.message).toBe('Referral expired 3 Mar 2025');
  });

  it('says when a referral has not started yet', () => {
    expect(codes({}, '2025-01-05')).toEqual(['not_started']);
    expect(referralStatus(referral, '2025-01-05').warnings[0]?.message).toBe('Referral starts 6 Jan');
    expect(codes({}, '2025-01-06')).toEqual([]);
  });

  it('can raise several warnings at once', () => {
    expect(codes({ visitsUsed: 11 }, '2025-02-20')).toEqual(['expires_soon', 'few_visits_left']);
    expect(codes({ visitsUsed: 12 }, '2025-04-01')).toEqual(['expired', 'no_visits_left']);
  });
});

describe('sessionOutsideReferral and the badge', () => {
  const referral = { visitsAuthorized: 12, visitsUsed: 4, startDate: '2025-01-06', endDate: '2025-03-03' };

  it('a session on either end date is inside; a day beyond is outside', () => {
    expect(sessionOutsideReferral(referral, '2025-01-06')).toBe(false);
    expect(sessionOutsideReferral(referral, '2025-03-03')).toBe(false);
    expect(sessionOutsideReferral(referral, '2025-01-05')).toBe(true);
    expect(sessionOutsideReferral(referral, '2025-03-04')).toBe(true);
  });

  it('reads "visits 4 of 12, expires 3 Mar"', () => {
    expect(formatReferralBadge(referral, '2025-02-01')).toBe('visits 4 of 12, expires 3 Mar');
    expect(formatReferralBadge(referral, '2025-03-04')).toBe('visits 4 of 12, expired 3 Mar');
    expect(formatReferralBadge({ ...referral, visitsUsed: 0 }, '2025-01-01')).toBe('visits 0 of 12, starts 6 Jan');
    expect(formatReferralBadge({ ...referral, endDate: '2026-01-31' }, '2025-02-01')).toBe('visits 4 of 12, expires 31 Jan 2026');
  });

  it('short dates omit the year only within the same year', () => {
    expect(shortDate('2025-12-25', '2025-06-01')).toBe('25 Dec');
    expect(shortDate('2024-12-25', '2025-06-01')).toBe('25 Dec 2024');
  });
});
