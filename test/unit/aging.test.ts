// Accounts-receivable aging buckets (issue 6 "Reports": 0–30 / 31–60 / 61–90 / 90+).
import { describe, expect, it } from 'vitest';
import { agingBucket, agingSummary, AGING_BUCKETS } from '../../shared/domain/aging';
import { dueDate } from '../../shared/domain/invoice-math';

const issued = '2024-01-15';
const daysLater = (n: number) => dueDate(issued, n);

describe('agingBucket', () => {
  it.each([
    [0, '0-30'],
    [1, '0-30'],
    [30, '0-30'],
    [31, '31-60'],
    [60, '31-60'],
    [61, '61-90'],
    [90, '61-90'],
    [91, '90+'],
    [400, '90+'],
  ] as const)('%i days after the invoice date → %s', (days, bucket) => {
    expect(agingBucket(issued, daysLater(days))).toBe(bucket);
  });

  it('counts calendar days across month and year ends (leap February)', () => {
    expect(agingBucket('2024-01-31', '2024-03-01')).toBe('0-30'); // 30 days
    expect(agingBucket('2024-01-31', '2024-03-02')).toBe('31-60'); // 31 days
    expect(agingBucket('2024-12-01', '2025-03-01')).toBe('61-90'); // 90 days
    expect(agingBucket('2024-12-01', '2025-03-02')).toBe('90+'); // 91 days
  });

  it('puts an invoice dated after today in 0-30', () => {
    expect(agingBucket('2024-02-01', '2024-01-15')).toBe('0-30');
  });

  it('refuses text that is not a date', () => {
    expect(() => agingBucket('2024-02-30', '2024-03-01')).toThrow(RangeError);
    expect(() => agingBucket('2024-02-01', '')).toThrow(RangeError);
  });
});

describe('agingSummary', () => {
  it('sums positive balances per bucket, leaving out credits and settled invoices', () => {
    const today = '2024-06-30';
    const items = [
      { date: '2024-06-30', balanceCents: 1000 },
      { date: '2024-05-31', balanceCents: 250 }, // 30 days
      { date: '2024-05-30', balanceCents: 400 }, // 31 days
      { date: '2024-04-01', balanceCents: 700 }, // 90 days
      { date: '2024-03-31', balanceCents: 900 }, // 91 days
      { date: '2023-01-01', balanceCents: 100 },
      { date: '2024-06-01', balanceCents: -5000 }, // a credit
      { date: '2024-06-01', balanceCents: 0 },
    ];
    expect(agingSummary(items, today)).toEqual({ '0-30': 1250, '31-60': 400, '61-90': 700, '90+': 1000 });
  });

  it('returns every bucket, in order, even when nothing is owed', () => {
    const summary = agingSummary([], '2024-06-30');
    expect(summary).toEqual({ '0-30': 0, '31-60': 0, '61-90': 0, '90+': 0 });
    expect(Object.keys(summary)).toEqual([...AGING_BUCKETS]);
  });
});
