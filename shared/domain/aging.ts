// Accounts-receivable aging (issue 6 "Reports"): how long an open balance has been owed, counted
// in calendar days from the invoice's date to today, both YYYY-MM-DD.
import { daysBetween, isIsoDate } from './dates';

export type AgingBucket = '0-30' | '31-60' | '61-90' | '90+';

export const AGING_BUCKETS: readonly AgingBucket[] = ['0-30', '31-60', '61-90', '90+'];

/** 0–30 days (and dates not yet reached) → '0-30'; 31–60; 61–90; 91 and more → '90+'. */
export function agingBucket(dueOrIssueDate: string, today: string): AgingBucket {
  for (const date of [dueOrIssueDate, today]) {
    if (!isIsoDate(date)) throw new RangeError(`"${date}" is not a date (YYYY-MM-DD)`);
  }
  const days = daysBetween(dueOrIssueDate, today);
  if (days <= 30) return '0-30';
  if (days <= 60) return '31-60';
  if (days <= 90) return '61-90';
  return '90+';
}

/** Open balances per bucket, in cents. Credits (negative balances) and settled invoices are left out. */
export function agingSummary(items: readonly { date: string; balanceCents: number }[], today: string): Record<AgingBucket, number> {
  const summary: Record<AgingBucket, number> = { '0-30': 0, '31-60': 0, '61-90': 0, '90+': 0 };
  for (const item of items) {
    if (!Number.isSafeInteger(item.balanceCents)) throw new RangeError(`A balance must be a whole number of cents, got ${item.balanceCents}`);
    if (item.balanceCents > 0) summary[agingBucket(item.date, today)] += item.balanceCents;
  }
  return summary;
}
